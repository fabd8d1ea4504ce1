import { describe, expect, it } from "vitest";
import { evaluateChecklist, type ChecklistItem } from "../../../rules/cac-2019/checklist.js";
import { checkCompliance, defineRule } from "../../../src/index.js";

const ITEMS: ChecklistItem[] = [
  { path: ["technical", "conditionsAppropriate"], en: "conditions", zh: "条件" },
  { path: ["technical", "meetsNationalStandards"], en: "standards", zh: "标准" },
];

const rule = defineRule({
  id: "test/checklist",
  title: { en: "Checklist", zh: "清单" },
  description: { en: "Fixture.", zh: "测试用。" },
  cites: [],
  messages: { met: { en: "All met.", zh: "均符合。" }, unmet: { en: "Not met: {unmet}.", zh: "不符合：{unmetZh}。" } },
  evaluate: (subject, ctx) => evaluateChecklist(ctx, subject.technical, ITEMS, { met: "met", unmet: "unmet" }),
});

const run = (technical: Record<string, boolean>) => checkCompliance({ technical }, { asOf: "2020-01-01", ruleSet: [rule] }).findings;

describe("evaluateChecklist", () => {
  it("passes only when every fact is yes", () => {
    expect(run({ conditionsAppropriate: true, meetsNationalStandards: true })).toMatchObject([{ status: "pass", messageId: "met" }]);
  });

  it("names every no in one violation and asks for every unknown", () => {
    expect(run({ conditionsAppropriate: false })).toMatchObject([
      { status: "violation", message: { en: "Not met: conditions.", zh: "不符合：条件。" }, evidence: [{ field: "technical.conditionsAppropriate", value: false }] },
      { status: "needs-info", missingFacts: ["technical.meetsNationalStandards"] },
    ]);
  });
});
