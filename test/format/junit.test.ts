import { describe, expect, it } from "vitest";
import { formatReport, formatReports } from "../../src/index.js";
import { brokenRule, echoRule, example, fixtureReport, startRule } from "./fixtures.js";
import { descendants, parseXml } from "./xml.js";

describe("junit format", () => {
  it("is well-formed XML: testsuites > testsuite > testcase per finding, classname = rule id", () => {
    const { report, uri } = example("consumer-app-late-filing");
    const xml = formatReport(report, "junit", { artifactUri: uri });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const root = parseXml(xml);
    expect(root.name).toBe("testsuites");
    const suites = descendants(root, "testsuite");
    expect(suites).toHaveLength(1);
    const cases = descendants(suites[0]!, "testcase");
    expect(cases).toHaveLength(report.findings.length);
    expect(cases.map((c) => c.attributes.classname)).toEqual(report.findings.map((f) => f.ruleId));
    const failures = cases.filter((c) => c.children.some((child) => child.name === "failure"));
    expect(failures).toHaveLength(report.summary.failing);
    expect(suites[0]!.attributes).toMatchObject({ tests: String(report.findings.length), failures: String(report.summary.failing) });
    expect(root.attributes.tests).toBe(String(report.findings.length));
  });

  it("fails failing findings, errors rule errors, skips missing facts, passes waived and warn-level findings with system-out", () => {
    const waiver = { rule: "fmt/echo", justification: "Approved" };
    const report = fixtureReport({ name: "Acme", service: { startDate: "2019-07-01" } }, { ruleSet: [echoRule, startRule], waivers: [waiver] });
    const cases = descendants(parseXml(formatReport(report, "junit")), "testcase");
    const byRule = (id: string) => cases.find((c) => c.attributes.classname === id)!;
    expect(byRule("fmt/echo").children.map((c) => c.name)).toEqual(["system-out"]);
    expect(byRule("fmt/echo").children[0]!.text).toContain("waived: Approved");
    expect(byRule("fmt/start").children.map((c) => c.name)).toEqual(["system-out"]);
    expect(byRule("fmt/start").children[0]!.text).toMatch(/^violation \(warn\)/);

    const broken = fixtureReport({}, { ruleSet: [brokenRule, echoRule] });
    const root = parseXml(formatReport(broken, "junit"));
    const brokenCases = descendants(root, "testcase");
    expect(brokenCases.find((c) => c.attributes.classname === "fmt/broken")!.children[0]!.name).toBe("error");
    expect(brokenCases.find((c) => c.attributes.classname === "fmt/echo")!.children[0]).toMatchObject({ name: "skipped" });
    expect(root.attributes).toMatchObject({ errors: "1", skipped: "1", failures: "0" });
  });

  it("escapes markup, quotes and control characters", () => {
    const name = `a <b> & "c" 'd' ]]> \u0001 e\nf`;
    const xml = formatReport(fixtureReport({ name }), "junit");
    const failure = descendants(parseXml(xml), "failure")[0]!;
    expect(failure.attributes.message).toBe(`Named a <b> & "c" 'd' ]]> \uFFFD e\nf.`);
    expect(failure.text).toContain(`Named a <b> & "c" 'd' ]]> \uFFFD e\nf.`);
    expect(xml).not.toContain("\u0001");
  });

  it("has one testsuite per subject", () => {
    const xml = formatReports([{ report: fixtureReport({ name: "A" }), artifactUri: "a.yaml" }, { report: fixtureReport({}), artifactUri: "b.json" }], "junit");
    const suites = descendants(parseXml(xml), "testsuite");
    expect(suites.map((s) => s.attributes.name)).toEqual(["A (a.yaml)", "(unnamed subject) (b.json)"]);
  });

  it("names testcases in the locale", () => {
    const xml = formatReport(fixtureReport({ name: "A" }), "junit", { locale: "zh" });
    expect(descendants(parseXml(xml), "testcase")[0]!.attributes.name).toBe("回显名称 [name]");
  });
});
