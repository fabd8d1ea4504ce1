import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCompliance, computeDeadline, createCalendar, rules, safeCheckCompliance } from "../../src/index.js";

const read = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), "utf8");
const filingDeadline = rules.find((rule) => rule.id === "cac-2019/filing-deadline")!;
const lateApp = {
  service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" },
  filing: { filed: true, filedDate: "2019-10-17" },
};

describe("docs/deadlines.md", () => {
  const page = read("deadlines.md");

  it("shows the deadline block the library computes for the 2019 National Day example", () => {
    const block = checkCompliance(lateApp, { asOf: "2019-11-01", ruleSet: [filingDeadline] }).findings[0]!.deadline!;
    expect(block).toEqual(
      computeDeadline(createCalendar(), { start: "2019-09-26", workingDays: 10, direction: "after", actual: "2019-10-17", asOf: "2019-11-01" }),
    );
    const json = page.slice(page.indexOf("```json") + "```json".length, page.indexOf("```", page.indexOf("```json") + 7));
    expect(JSON.parse(json)).toEqual(block);
  });

  it("is right that a weekends-only count and a calendar-day count get the due date wrong", () => {
    const weekdaysOnly = createCalendar([2019].map((year) => ({ year, notices: [], holidays: [], makeUpWorkdays: [] })));
    expect(weekdaysOnly.addWorkingDays("2019-09-26", 10)).toBe("2019-10-10");
    const onTime = { ...lateApp, filing: { filed: true, filedDate: "2019-10-14" } };
    expect(checkCompliance(onTime, { asOf: "2019-11-01", ruleSet: [filingDeadline] }).findings[0]!.status).toBe("pass");
    expect(page).toContain("2019-10-10");
    expect(page).toContain("2019-10-06");
  });

  it("converts an instant to its Beijing date before counting", () => {
    const atNight = { ...lateApp, filing: { filed: true, filedDate: "2019-10-15T20:00:00-08:00" } };
    const finding = checkCompliance(atNight, { asOf: "2019-11-01", ruleSet: [filingDeadline] }).findings[0]!;
    expect(finding.deadline?.actual).toBe("2019-10-16");
    expect(finding.status).toBe("violation");
  });
});

describe("docs/getting-started.md", () => {
  it("describes the first example's report correctly", () => {
    const report = checkCompliance({ name: "Lianxin Wallet", ...lateApp }, { asOf: "2019-11-01" });
    expect(report.summary.verdict).toBe("non-compliant");
    const finding = report.findings.find((f) => f.ruleId === "cac-2019/filing-deadline")!;
    expect(finding.status).toBe("violation");
    expect(finding.deadline?.due).toBe("2019-10-15");
    expect(finding.penalties?.map((p) => [p.article, p.fineCny, p.verified])).toEqual([[22, { min: 10000, max: 30000 }, false]]);
    expect(report.findings.filter((f) => f.ruleId !== "cac-2019/filing-deadline").every((f) => f.status === "needs-info")).toBe(true);
  });

  it("shows the errors the library gives for a typo and an impossible date", () => {
    const result = safeCheckCompliance({ service: { usesBlockChain: true, startDate: "2019-02-30" } }, { asOf: "2019-11-01" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.name).toBe("InvalidSubjectError");
    expect(result.error.issues.map((i) => i.path)).toEqual([
      ["service", "startDate"],
      ["service", "usesBlockChain"],
    ]);
  });
});

describe("docs/onboarding.md", () => {
  it("is right that an out-of-scope subject is complete once the scope questions are answered", () => {
    const report = checkCompliance(
      {
        operator: { registeredIn: "abroad" },
        service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: false },
        token: { issuance: { investorsIncludeMainland: false } },
      },
      { asOf: "2020-01-01" },
    );
    expect(report.missingFacts).toEqual([]);
    expect(report.findings.every((f) => f.status === "not-applicable")).toBe(true);
  });
});
