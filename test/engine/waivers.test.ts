import { describe, expect, it } from "vitest";
import { checkCompliance, safeCheckCompliance } from "../../src/index.js";
import { namedRule, startedRule } from "./fixtures.js";

const ruleSet = [namedRule, startedRule];
const subject = { name: "Acme", service: { startDate: "2019-03-01" } };
const waiver = { rule: "test/named", justification: "Name approved by legal", approvedBy: "CLO", expires: "2020-06-30" };

describe("waivers", () => {
  it("waives a violation while in force, keeping it in the report with the justification", () => {
    const report = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, waivers: [waiver] });
    const finding = report.findings.find((f) => f.ruleId === "test/named")!;
    expect(finding).toMatchObject({ status: "waived", waiver: { ...waiver, originalStatus: "violation", expired: false } });
    expect(report.summary).toMatchObject({ failing: 0, verdict: "compliant", byStatus: { waived: 1, violation: 0 } });
  });

  it("no longer waives after it expires, and says it expired", () => {
    const report = checkCompliance(subject, { asOf: "2020-07-01", ruleSet, waivers: [waiver] });
    expect(report.findings.find((f) => f.ruleId === "test/named")).toMatchObject({ status: "violation", waiver: { expired: true } });
    expect(report.summary.verdict).toBe("non-compliant");
  });

  it("covers only the named subject when it names one, and never a pass or a missing fact", () => {
    const other = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, waivers: [{ ...waiver, subject: "Other" }] });
    expect(other.findings.find((f) => f.ruleId === "test/named")!.status).toBe("violation");
    const mine = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, waivers: [{ ...waiver, subject: "Acme" }] });
    expect(mine.findings.find((f) => f.ruleId === "test/named")!.status).toBe("waived");
    const started = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, waivers: [{ ...waiver, rule: "test/started" }] });
    expect(started.findings.find((f) => f.ruleId === "test/started")).toMatchObject({ status: "pass" });
    expect(started.findings.find((f) => f.ruleId === "test/started")!.waiver).toBeUndefined();
  });

  it("rejects a waiver for an unknown rule, or without a justification", () => {
    const unknown = safeCheckCompliance(subject, { ruleSet, waivers: [{ ...waiver, rule: "test/nope" }] });
    expect(unknown.ok || unknown.error.issues).toEqual([{ path: ["waivers", 0, "rule"], message: 'unknown rule id "test/nope"' }]);
    const unjustified = safeCheckCompliance(subject, { ruleSet, waivers: [{ rule: "test/named", justification: " " }] });
    expect(unjustified.ok || unjustified.error.issues[0]).toMatchObject({ path: ["waivers", 0, "justification"], message: "a waiver needs a justification" });
  });
});
