import { describe, expect, it } from "vitest";
import { refundArrangements } from "../../../rules/ico-2017/refund-arrangements.js";
import { findingOf } from "../../helpers/run-rule.js";

const ico = (issuance: Record<string, unknown>) => ({ operator: { registeredIn: "mainland" }, token: { issuance } });
const completedBefore = { issued: true, startDate: "2017-07-01", endDate: "2017-08-15", ongoing: false };

describe("ico-2017/refund-arrangements (§2 ¶1)", () => {
  it("is a violation when a sale completed before the Announcement has no refund arrangements", () => {
    const finding = findingOf(refundArrangements, ico({ ...completedBefore, refundArranged: false }), "2017-10-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "notArrangedBefore", data: { end: "2017-08-15" } });
    expect(finding.citations[0]).toMatchObject({ instrument: "ico-2017", article: 2, paragraph: 1, verified: true, textStatus: "verified" });
    expect(finding.citations[0]!.text.zh).toContain("已完成代币发行融资的组织和个人应当做出清退等安排");
    expect(finding.penalties).toBeUndefined();
  });

  it("applies a fortiori to a sale completed after the Announcement, saying so", () => {
    const finding = findingOf(refundArrangements, ico({ issued: true, startDate: "2017-08-20", endDate: "2017-09-20", refundArranged: false }), "2017-10-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "notArrangedAfter" });
    expect(finding.message.en).toContain("a fortiori");
    const noDate = findingOf(refundArrangements, ico({ issued: true, ongoing: false, refundArranged: false }), "2017-10-01");
    expect(noDate).toMatchObject({ status: "violation", messageId: "notArrangedUnknownDate" });
  });

  it("passes when refund arrangements were made", () => {
    expect(findingOf(refundArrangements, ico({ ...completedBefore, refundArranged: true }), "2017-10-01")).toMatchObject({ status: "pass", messageId: "arranged" });
  });

  it("needs the refund fact, and the completion facts, never passing without them", () => {
    expect(findingOf(refundArrangements, ico(completedBefore), "2017-10-01")).toMatchObject({ status: "needs-info", missingFacts: ["token.issuance.refundArranged"] });
    expect(findingOf(refundArrangements, ico({ issued: true, startDate: "2017-07-01" }), "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.issuance.endDate", "token.issuance.ongoing"],
    });
    expect(findingOf(refundArrangements, ico({}), "2017-10-01")).toMatchObject({ status: "needs-info", missingFacts: ["token.issuance.issued"] });
  });

  it("is not applicable without an issuance, to a sale not completed, before 2017-09-04, and out of scope", () => {
    expect(findingOf(refundArrangements, ico({ issued: false }), "2017-10-01")).toMatchObject({ status: "not-applicable", messageId: "noIssuance" });
    expect(findingOf(refundArrangements, ico({ issued: true, startDate: "2017-07-01", ongoing: true, refundArranged: false }), "2017-10-01")).toMatchObject({
      status: "not-applicable",
      messageId: "notCompleted",
    });
    expect(findingOf(refundArrangements, ico({ ...completedBefore, refundArranged: false }), "2017-09-01")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
      data: { from: "2017-09-04" },
    });
    expect(
      findingOf(refundArrangements, { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { ...completedBefore, investorsIncludeMainland: false } } }, "2017-10-01"),
    ).toMatchObject({ status: "not-applicable", messageId: "ico-scope-not-in-market" });
  });
});
