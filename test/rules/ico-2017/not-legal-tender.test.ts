import { describe, expect, it } from "vitest";
import { notLegalTender } from "../../../rules/ico-2017/not-legal-tender.js";
import { findingOf } from "../../helpers/run-rule.js";

const subject = (treatedAsMoney?: boolean) => ({ operator: { registeredIn: "mainland" }, token: treatedAsMoney === undefined ? {} : { treatedAsMoney } });

describe("ico-2017/not-legal-tender (§1 ¶2)", () => {
  it("reports tokens used as money as a risk, never a violation, stating that §1 ¶2 is a legal position", () => {
    const finding = findingOf(notLegalTender, subject(true), "2018-01-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "asMoney" });
    expect(finding.interpretation?.en).toContain("rather than a prohibition addressed to a named actor");
    expect(finding.citations[0]).toMatchObject({ instrument: "ico-2017", article: 1, paragraph: 2, verified: true });
    expect(finding.citations[0]!.text.zh).toContain("不能也不应作为货币在市场上流通使用");
    expect(finding.penalties).toBeUndefined();
  });

  it("passes when tokens are not treated as money", () => {
    expect(findingOf(notLegalTender, subject(false), "2018-01-01")).toMatchObject({ status: "pass", messageId: "notAsMoney" });
  });

  it("asks for the fact when it is missing", () => {
    expect(findingOf(notLegalTender, subject(), "2018-01-01")).toMatchObject({ status: "needs-info", missingFacts: ["token.treatedAsMoney"] });
  });

  it("is not applicable before 2017-09-04 and out of scope", () => {
    expect(findingOf(notLegalTender, subject(true), "2017-09-03")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(
      findingOf(notLegalTender, { operator: { registeredIn: "macao" }, service: { servesMainlandUsers: false }, token: { treatedAsMoney: true, issuance: { issued: false } } }, "2018-01-01"),
    ).toMatchObject({ status: "not-applicable", messageId: "ico-scope-not-in-market" });
  });
});
