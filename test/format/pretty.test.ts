import { describe, expect, it } from "vitest";
import { formatReport, formatReports } from "../../src/index.js";
import { brokenRule, echoRule, example, fixtureReport, startRule } from "./fixtures.js";

const ANSI = /\u001b\[/;

describe("pretty format", () => {
  const report = fixtureReport({ name: "Acme", service: { startDate: "2019-01-01" } }, { waivers: [] });

  it("groups findings by status, failing first, with the verdict and a summary line", () => {
    const text = formatReport(report, "pretty", { artifactUri: "acme.json" });
    expect(text).toContain("Acme (acme.json)");
    expect(text).toContain("checked as of 2019-11-01 with 2 rules");
    expect(text.indexOf("✖ violation (1)")).toBeGreaterThan(-1);
    expect(text.indexOf("✖ violation (1)")).toBeLessThan(text.indexOf("✔ pass (1)"));
    expect(text).toContain("Named Acme.");
    expect(text).toContain("evidence: name = \"Acme\"");
    expect(text).toContain("cites: CAC Blockchain Provisions (2019), Art. 11 ¶1 (verified)");
    expect(text).toMatch(/penalty: .*Art\. 22; fine CNY 10,000–30,000/);
    expect(text).toMatch(/verdict: non-compliant: 1 failing \(violation: 1, pass: 1\)$/);
  });

  it("puts rule errors first, then violations, risks, missing facts, waivers, passes, not-applicable", () => {
    const mixed = fixtureReport({}, { ruleSet: [brokenRule, echoRule, startRule] });
    const text = formatReport(mixed, "pretty");
    const positions = ["✖ rule error", "? needs info"].map((heading) => text.indexOf(heading));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(text).toContain("questions to ask next:");
  });

  it("uses colour only when asked", () => {
    expect(formatReport(report, "pretty")).not.toMatch(ANSI);
    expect(formatReport(report, "pretty", { color: false })).not.toMatch(ANSI);
    expect(formatReport(report, "pretty", { color: true })).toMatch(ANSI);
  });

  it("speaks Chinese with locale zh", () => {
    const text = formatReport(report, "pretty", { locale: "zh" });
    expect(text).toContain("违规 (1)");
    expect(text).toContain("名称为Acme。");
    expect(text).toContain("《区块链信息服务管理规定》第十一条第一款");
    expect(text).toContain("结论: 不合规");
  });

  it("marks warn-level breaches and lists them after the failing ones", () => {
    const warned = fixtureReport({ name: "Acme", service: { startDate: "2019-07-01" } });
    const text = formatReport(warned, "pretty");
    expect(text).toMatch(/fmt\/echo {2}Echo <the> name[\s\S]*fmt\/start \(warn\)/);
  });

  it("shows a waiver and an expired waiver", () => {
    const waiver = { rule: "fmt/echo", justification: "Approved name", approvedBy: "CLO", expires: "2020-01-31" };
    expect(formatReport(fixtureReport({ name: "Acme" }, { waivers: [waiver] }), "pretty")).toContain("waived: Approved name (approved by CLO; until 2020-01-31)");
    const expired = fixtureReport({ name: "Acme" }, { waivers: [waiver], asOf: "2020-02-01" });
    expect(formatReport(expired, "pretty")).toContain("waiver expired on 2020-01-31: Approved name");
  });

  it("gives a section per subject and a total line for several", () => {
    const { report: late } = example("consumer-app-late-filing");
    const text = formatReports([{ report: late, artifactUri: "a.json" }, { report, artifactUri: "b.json" }], "pretty");
    expect(text).toContain("(a.json)");
    expect(text).toContain("(b.json)");
    expect(text).toMatch(/2 subjects: \d+ failing$/);
  });
});
