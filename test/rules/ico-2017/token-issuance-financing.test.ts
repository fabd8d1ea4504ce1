import { describe, expect, it } from "vitest";
import { tokenIssuanceFinancing } from "../../../rules/ico-2017/token-issuance-financing.js";
import { findingOf } from "../../helpers/run-rule.js";

const mainland = { registeredIn: "mainland" } as const;
const ico = (issuance: Record<string, unknown>) => ({ operator: mainland, token: { issuance } });

describe("ico-2017/token-issuance-financing (§2 ¶1, §1 ¶1)", () => {
  it("is a violation for a sale that ran across 2017-09-04, citing §2 ¶1 and §1 ¶1 (verified), with no penalty mapped", () => {
    const finding = findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-08-20", endDate: "2017-09-20", ongoing: false }), "2017-10-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "ranAfter", data: { start: "2017-08-20", end: "2017-09-20" } });
    expect(finding.message.en).toContain("ran from 2017-08-20 to 2017-09-20");
    expect(finding.citations).toHaveLength(2);
    expect(finding.citations[0]).toMatchObject({ instrument: "ico-2017", article: 2, paragraph: 1, verified: true });
    expect(finding.citations[0]!.text.zh).toContain("各类代币发行融资活动应当立即停止");
    expect(finding.citations[1]).toMatchObject({ instrument: "ico-2017", article: 1, paragraph: 1, verified: true });
    expect(finding.citations[1]!.text.zh).toContain("未经批准非法公开融资");
    // The Announcement has no fine schedule: the corpus maps no penalty.
    expect(finding.penalties).toBeUndefined();
  });

  it("is a violation for a sale still ongoing, and for one that started after 2017-09-04", () => {
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-07-01", ongoing: true }), "2017-10-01")).toMatchObject({
      status: "violation",
      messageId: "ongoing",
    });
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2018-01-10" }), "2018-03-01")).toMatchObject({
      status: "violation",
      messageId: "startedAfter",
    });
    // Ending on the very day of the Announcement is still "on or after" it.
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-08-01", endDate: "2017-09-04" }), "2017-10-01").status).toBe("violation");
  });

  it("passes a sale that ended before 2017-09-04, citing only §2 ¶1 (refunds are another rule)", () => {
    const finding = findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-07-01", endDate: "2017-09-03" }), "2017-10-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "endedBefore" });
    expect(finding.message.en).toContain("ico-2017/refund-arrangements");
    expect(finding.citations.map((c) => [c.article, c.paragraph])).toEqual([[2, 1]]);
  });

  it("passes when no tokens were issued", () => {
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: false }), "2017-10-01")).toMatchObject({ status: "pass", messageId: "noIssuance" });
  });

  it("reports a scheduled sale as a risk, stating the reading", () => {
    const finding = findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2018-06-01" }), "2018-03-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "planned" });
    expect(finding.interpretation?.en).toContain("has not yet breached");
  });

  it("asks for exactly the facts it needs, never passing without them", () => {
    expect(findingOf(tokenIssuanceFinancing, ico({}), "2017-10-01")).toMatchObject({ status: "needs-info", missingFacts: ["token.issuance.issued"] });
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-08-01" }), "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.issuance.endDate", "token.issuance.ongoing"],
    });
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true, ongoing: false }), "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.issuance.startDate", "token.issuance.endDate"],
    });
    expect(findingOf(tokenIssuanceFinancing, ico({ issued: true }), "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.issuance.startDate", "token.issuance.endDate", "token.issuance.ongoing"],
    });
  });

  it("is not applicable before the Announcement (2017-09-04), via the engine with the date", () => {
    const finding = findingOf(tokenIssuanceFinancing, ico({ issued: true, startDate: "2017-07-01", ongoing: true }), "2017-09-03");
    expect(finding).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force", data: { from: "2017-09-04", asOf: "2017-09-03" } });
  });

  it("is not applicable out of scope (an operator abroad with no mainland users or investors)", () => {
    const finding = findingOf(
      tokenIssuanceFinancing,
      { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { issued: true, ongoing: true, investorsIncludeMainland: false } } },
      "2017-10-01",
    );
    expect(finding).toMatchObject({ status: "not-applicable", messageId: "ico-scope-not-in-market" });
  });
});
