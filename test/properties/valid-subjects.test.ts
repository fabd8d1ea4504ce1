/**
 * Property tests on VALID subjects (generated section by section from the schema, mostly in the scope
 * of the CAC Provisions so the rules themselves run): always a report, never a rule error, every
 * finding cited and bilingual, a consistent summary; deterministic; the input never mutated.
 *
 * Budget: about 3,600 generated cases in this file.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCompliance, type ComplianceReport, type PresetName } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { asOfArb, validSubjectArb } from "./arbitraries.js";

const STATUSES = new Set(["violation", "risk", "needs-info", "pass", "not-applicable", "error", "waived"]);
const UNCITED_ALLOWED = new Set(["error", "needs-info", "not-applicable"]);
const presetArb = fc.constantFrom<PresetName>("recommended", "recommended", "all");

const bilingual = (value: { en: unknown; zh: unknown } | undefined): boolean =>
  value !== undefined && typeof value.en === "string" && value.en.length > 0 && typeof value.zh === "string" && value.zh.length > 0;

function expectWellFormed(report: ComplianceReport): void {
  expect(report.reportVersion).toBe(1);
  for (const finding of report.findings) {
    const where = `${finding.ruleId} (${finding.messageId})`;
    if (!STATUSES.has(finding.status)) throw new Error(`${where}: status ${finding.status} is not allowed`);
    // A valid subject never makes a rule fail: an `error` finding here is a bug in a rule.
    if (finding.status === "error") throw new Error(`${where}: rule error: ${finding.message.en}`);
    if (finding.citations.length === 0 && !UNCITED_ALLOWED.has(finding.status)) throw new Error(`${where}: ${finding.status} without a citation`);
    if (!bilingual(finding.message)) throw new Error(`${where}: message not in both languages`);
    if (!bilingual(finding.title)) throw new Error(`${where}: title not in both languages`);
    if (finding.interpretation && !bilingual(finding.interpretation)) throw new Error(`${where}: interpretation not in both languages`);
    if (finding.status === "needs-info" && finding.missingFacts.length === 0 && finding.messageId !== "scope-facts-missing") {
      throw new Error(`${where}: needs-info naming no fact`);
    }
    for (const citation of finding.citations) expect(citation.instrument).toBeTypeOf("string");
  }
  const counted = Object.values(report.summary.byStatus).reduce((a, b) => a + b, 0);
  expect(counted).toBe(report.findings.length);
  expect(report.summary.total).toBe(report.findings.length);
  expect(["compliant", "non-compliant", "incomplete"]).toContain(report.summary.verdict);
  for (const fact of report.missingFacts) {
    expect(bilingual(fact.question)).toBe(true);
    expect(fact.neededBy.length).toBeGreaterThan(0);
  }
}

describe("valid subjects", () => {
  it("always give a well-formed report: statuses allowed, findings cited, messages in English and Chinese (3,000 cases)", () => {
    let reachedRules = 0;
    fc.assert(
      fc.property(validSubjectArb, asOfArb, presetArb, (subject, asOf, preset) => {
        const report = checkCompliance(subject, { asOf, preset });
        expectWellFormed(report);
        if (report.findings.some((f) => f.status === "violation" || f.status === "pass")) reachedRules += 1;
      }),
      { numRuns: 3_000 },
    );
    // The generator is built to get past the validator and the scope check: at least 40% of cases reach a pass or a violation
    // (the rest are mostly checks as of a date before the Provisions or the Announcement took effect).
    expect(reachedRules).toBeGreaterThan(1_200);
  });

  it("are checked deterministically and never mutated (deep-frozen input, compared with a structuredClone) (600 cases)", () => {
    fc.assert(
      fc.property(validSubjectArb, asOfArb, (subject, asOf) => {
        const before = structuredClone(subject);
        const frozen = deepFreeze(subject);
        const first = JSON.stringify(checkCompliance(frozen, { asOf }));
        const again = JSON.stringify(checkCompliance(frozen, { asOf }));
        const ofCopy = JSON.stringify(checkCompliance(structuredClone(before), { asOf }));
        expect(again).toBe(first);
        expect(ofCopy).toBe(first);
        // JSON text, not isDeepStrictEqual: fast-check makes some records with a null prototype, structuredClone does not.
        expect(JSON.stringify(frozen)).toBe(JSON.stringify(before));
      }),
      { numRuns: 600 },
    );
  });
});
