import { describe, expect, it } from "vitest";
import { main as backend } from "../../docs/examples/backend.js";
import { main as onboarding, cannedAnswers } from "../../docs/examples/onboarding.js";
import { checkCompliance } from "../../src/index.js";

describe("docs/examples/backend.ts", () => {
  const lines: string[] = [];
  const decisions = backend((line) => lines.push(line));

  it("blocks the payment company settling for a token exchange, citing the ICO Announcement §4", () => {
    const decision = decisions["payment-company-settling"]!;
    expect(decision.action).toBe("block");
    if (decision.action !== "block") return;
    expect(decision.reasons.map((r) => r.ruleId)).toContain("ico-2017/financial-institutions");
    const ico = decision.reasons.find((r) => r.ruleId === "ico-2017/financial-institutions")!;
    expect(ico.status).toBe("violation");
    expect(ico.citations.join()).toContain("§4");
  });

  it("blocks the late filer with the filing-deadline violation and the Art. 22 fine", () => {
    const decision = decisions["consumer-app-late-filing"]!;
    expect(decision.action).toBe("block");
    if (decision.action !== "block") return;
    const late = decision.reasons.find((r) => r.ruleId === "cac-2019/filing-deadline")!;
    expect(late.message).toContain("2 working days after the deadline of 2019-10-15");
    expect(late.penalties.join()).toContain("10000–30000 CNY");
  });

  it("asks questions for an incomplete subject and approves one out of scope", () => {
    const ask = decisions["partial-description"]!;
    expect(ask.action).toBe("ask");
    if (ask.action === "ask") expect(ask.questions.map((q) => q.field)).toContain("service.providedFromMainland");
    expect(decisions["foreign-no-mainland-users"]).toEqual({ action: "approve" });
  });

  it("rejects a subject with a typo and an impossible date, naming both fields", () => {
    const decision = decisions.typo!;
    expect(decision.action).toBe("reject-input");
    if (decision.action !== "reject-input") return;
    const fields = decision.issues.map((i) => i.field);
    expect(fields).toContain("service.startDate");
    expect(decision.issues.some((i) => i.message.includes("usesBlockChain"))).toBe(true);
    expect(lines.length).toBeGreaterThan(5);
  });
});

describe("docs/examples/onboarding.ts", () => {
  const result = onboarding(() => {});

  it("asks until nothing is missing and ends compliant", () => {
    expect(result.unanswered).toEqual([]);
    expect(result.report.missingFacts).toEqual([]);
    expect(result.report.summary.verdict).toBe("compliant");
    expect(result.steps.length).toBeGreaterThan(1);
  });

  it("asks the scope questions first, then the ones they unlock, each once", () => {
    const first = result.steps[0]!.asked.map((a) => a.field);
    expect(first).toContain("service.providedFromMainland");
    expect(first).not.toContain("filing.filedDate");
    const all = result.steps.flatMap((s) => s.asked.map((a) => a.field));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain("filing.filedDate");
    for (const field of all) expect(Object.hasOwn(cannedAnswers, field)).toBe(true);
  });

  it("builds a subject the library accepts and that checks the same when run again", () => {
    const again = checkCompliance(result.subject, { asOf: "2020-01-01" });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result.report));
  });
});
