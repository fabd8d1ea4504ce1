import { describe, expect, it } from "vitest";
import { formatReport, formatReports } from "../../src/index.js";
import { example, fixtureReport } from "./fixtures.js";

describe("json format", () => {
  it("is the report as is, 2-space indented, in the report's key order", () => {
    const { report } = example("consumer-app-late-filing");
    const text = formatReport(report, "json");
    expect(text).toBe(JSON.stringify(report, null, 2));
    expect(Object.keys(JSON.parse(text))).toEqual(Object.keys(report));
  });

  it("is the same text for the same report, every time", () => {
    expect(formatReport(example("baas-platform-filed").report, "json")).toBe(formatReport(example("baas-platform-filed").report, "json"));
  });

  it("is an array of reports for several subjects", () => {
    const a = fixtureReport({ name: "A" });
    const b = fixtureReport({ name: "B" });
    expect(JSON.parse(formatReports([{ report: a }, { report: b }], "json"))).toEqual([a, b]);
  });

  it("keeps only failing findings with onlyFailing, and the summary as it was", () => {
    const report = fixtureReport({ name: "A", service: { startDate: "2019-01-01" } });
    const parsed = JSON.parse(formatReport(report, "json", { onlyFailing: true }));
    expect(parsed.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(["fmt/echo"]);
    expect(parsed.summary).toEqual(report.summary);
  });

  it("rejects an unknown format", () => {
    expect(() => formatReport(fixtureReport({}), "xml" as "json")).toThrow(/unknown format "xml"/);
  });
});
