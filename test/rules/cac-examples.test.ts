import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCompliance, type ComplianceReport } from "../../src/index.js";

function check(name: string, asOf: string): ComplianceReport {
  const subject = JSON.parse(readFileSync(new URL(`../../docs/examples/subjects/${name}.json`, import.meta.url), "utf8"));
  return checkCompliance(subject, { asOf, preset: "cac-2019" });
}

const statuses = (report: ComplianceReport) => new Set(report.findings.map((f) => f.status));

describe("CAC 2019 example subjects", () => {
  it("a filed BaaS platform: every rule passes or does not apply", () => {
    const report = check("baas-platform-filed", "2020-07-01");
    expect(report.summary).toMatchObject({ failing: 0, verdict: "compliant" });
    expect(statuses(report)).toEqual(new Set(["pass", "not-applicable"]));
    expect(report.missingFacts).toEqual([]);
    const api = report.findings.find((f) => f.ruleId === "cac-2019/filing-number-display" && f.status === "not-applicable");
    expect(api?.evidence[0]?.field).toBe("service.channels[1]");
  });

  it("a consumer app that filed late across the 2019 National Day holiday", () => {
    const report = check("consumer-app-late-filing", "2019-11-01");
    const late = report.findings.find((f) => f.ruleId === "cac-2019/filing-deadline")!;
    expect(late).toMatchObject({ status: "violation", deadline: { start: "2019-09-26", due: "2019-10-15", actual: "2019-10-17", workingDaysLate: 2 } });
    expect(late.citations[0]).toMatchObject({ instrument: "cac-2019", article: 11, paragraph: 1, verified: true });
    expect(late.penalties?.[0]).toMatchObject({ article: 22, fineCny: { min: 10_000, max: 30_000 } });
    const display = report.findings.filter((f) => f.ruleId === "cac-2019/filing-number-display" && f.status === "violation");
    expect(display.map((f) => f.evidence[0]?.field)).toEqual(["service.channels[0].filingNumberDisplayed"]);
    expect(report.summary.verdict).toBe("non-compliant");
    expect(report.missingFacts.length).toBeGreaterThan(10);
  });

  it("an internal consortium chain not offered to the public: nothing applies, and it says why", () => {
    const report = check("consortium-chain-internal", "2020-01-01");
    expect(statuses(report)).toEqual(new Set(["not-applicable"]));
    expect(new Set(report.findings.map((f) => f.messageId))).toEqual(new Set(["scope-not-public"]));
    expect(report.findings[0]!.citations[0]).toMatchObject({ instrument: "cac-2019", article: 2 });
  });

  it("a foreign service with no mainland users: out of territorial scope", () => {
    const report = check("foreign-no-mainland-users", "2020-01-01");
    expect(new Set(report.findings.map((f) => [f.status, f.messageId].join(":")))).toEqual(new Set(["not-applicable:scope-not-in-territory"]));
  });

  it("a partial description: every rule needs information, and missingFacts asks for it", () => {
    const report = check("partial-description", "2020-01-01");
    expect(statuses(report)).toEqual(new Set(["needs-info"]));
    expect(report.summary.verdict).toBe("incomplete");
    expect(report.missingFacts).toEqual([
      {
        field: "service.providedFromMainland",
        path: ["service", "providedFromMainland"],
        question: { en: "Is the service provided from within mainland China?", zh: "该服务是否在中华人民共和国境内提供？" },
        neededBy: report.rules,
      },
    ]);
  });

  it("the same late filing before the Provisions took effect is not yet in force", () => {
    const report = check("consumer-app-late-filing", "2019-01-01");
    expect(new Set(report.findings.map((f) => f.messageId))).toEqual(new Set(["not-yet-in-force"]));
  });
});
