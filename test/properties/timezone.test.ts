/**
 * The host's time zone never changes a report. `npm test` runs the suite under four TZ values
 * (scripts/test-matrix.mjs); this test compares, under whatever TZ the run has, a fixed set of reports
 * with ONE committed expected output, so the four runs are compared with each other through it.
 *
 * The reports cover every example subject, a subject of instants with offsets from -12:00 to +14:00
 * (whose Beijing dates cross midnight), and dates around holidays and make-up working days.
 * `tool` is left out (it changes with the version) and citations are reduced to their ids (their
 * texts are the corpus's business, tested in test/corpus.test.ts).
 *
 * To regenerate after an intended change: `UPDATE_TZ_FIXTURE=1 TZ=UTC npx vitest run test/properties/timezone.test.ts`,
 * then review the diff of the fixture.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCompliance, type ComplianceReport, type PresetName } from "../../src/index.js";

const FIXTURE = new URL("./__fixtures__/timezone-reports.json", import.meta.url);
const EXAMPLES = new URL("../../docs/examples/subjects/", import.meta.url);

const IN_SCOPE = { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true };

/** Instants whose Beijing date differs from their date in most other zones. */
const instants = {
  name: "instants across zones",
  service: { ...IN_SCOPE, startDate: "2019-09-25T16:30:00Z" },
  filing: { filed: true, filedDate: "2019-10-14T23:59:59-12:00" },
  changes: [
    { kind: "platform-address", changedDate: "2019-09-30T17:00:00+14:00", filedDate: "2019-10-08T00:00:00+08:00" },
    { kind: "service-items", changedDate: "2019-12-31T16:00:00Z", filedDate: "2020-01-07T15:59:59Z" },
    { kind: "other", changedDate: "2020-01-23T10:00:00-08:00", filed: false },
  ],
  newFeatures: [{ name: "gateway", kind: "function", launchDate: "2020-05-11T00:30:00+05:45", securityAssessmentReportedDate: "2020-04-30T20:00:00-04:00" }],
  termination: { planned: true, terminationDate: "2020-10-09T01:00:00+14:00", cancellationFiledDate: "2020-09-30T12:00:00-12:00" },
};

interface Case {
  label: string;
  subject: unknown;
  asOf: string;
  preset: PresetName;
}

function cases(): Case[] {
  const examples = readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file): Case[] => {
      const subject = JSON.parse(readFileSync(new URL(file, EXAMPLES), "utf8"));
      return ["2019-11-01", "2020-07-01"].map((asOf) => ({ label: `${file} as of ${asOf}`, subject, asOf, preset: "all" }));
    });
  const extra: Case[] = ["2019-10-08", "2020-01-02", "2020-02-01", "2020-10-10", "2021-02-07"].map((asOf) => ({
    label: `instants as of ${asOf}`,
    subject: instants,
    asOf,
    preset: "recommended",
  }));
  return [...examples, ...extra];
}

/**
 * What of a report can depend on dates: each finding's status, message id and data (the messages are
 * their templates filled with the data), evidence, missing facts and deadline (its dates and counts;
 * the explanation is text made of them), and the summary. Not `tool` (it changes with the version),
 * nor texts of titles, messages and citations (the corpus's business, tested elsewhere).
 */
function comparable(report: ComplianceReport): unknown {
  return {
    asOf: report.asOf,
    rules: report.rules.length,
    findings: report.findings.map((f) => {
      const { explanation: _explanation, ...deadline } = f.deadline ?? { explanation: null };
      return [
        f.ruleId,
        f.status,
        f.messageId,
        f.data,
        f.evidence.map((e) => [e.field, e.value ?? null]),
        f.missingFacts,
        f.deadline ? deadline : null,
        f.citations.map((c) => `${c.instrument} ${c.article}${c.paragraph ? `(${c.paragraph})` : ""}`),
      ];
    }),
    summary: report.summary,
    missingFacts: report.missingFacts.map((m) => [m.field, m.neededBy]),
    provisionalCalendarYears: report.provisionalCalendarYears,
  };
}

function current(): Record<string, unknown> {
  return Object.fromEntries(cases().map((c) => [c.label, comparable(checkCompliance(c.subject, { asOf: c.asOf, preset: c.preset }))]));
}

describe(`reports under TZ=${process.env.TZ ?? "(unset)"}`, () => {
  it("equal the committed expected output, whatever the host's time zone", () => {
    const actual = JSON.parse(JSON.stringify(current()));
    if (process.env.UPDATE_TZ_FIXTURE === "1") writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 1)}\n`.replace(/\n\s+(?=[\]}"\d-]|null|true|false)/g, " "));
    if (!existsSync(FIXTURE)) throw new Error(`missing ${FIXTURE.pathname}: run with UPDATE_TZ_FIXTURE=1 TZ=UTC to create it`);
    const expected = JSON.parse(readFileSync(FIXTURE, "utf8"));
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const label of Object.keys(expected)) expect(actual[label], label).toEqual(expected[label]);
  });

  it("the instants were normalised to their Beijing dates", () => {
    const report = checkCompliance(instants, { asOf: "2020-01-02", preset: "recommended" });
    const filing = report.findings.find((f) => f.ruleId === "cac-2019/filing-deadline")!;
    expect(filing.deadline).toMatchObject({ start: "2019-09-26", actual: "2019-10-15", due: "2019-10-15" });
  });
});
