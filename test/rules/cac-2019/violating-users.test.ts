import { describe, expect, it } from "vitest";
import { violatingUsers } from "../../../rules/cac-2019/violating-users.js";
import { findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 16, paragraph: 1 };
const service = { ...inCacScope };
const asOf = "2020-01-01";
const compliant = { measures: ["warning", "restrict-functions", "close-account"], illegalContentHandled: true, recordsKept: true, reportedToAuthorities: true };

describe("cac-2019/violating-users (Art. 16)", () => {
  it("passes each duty when all are met", () => {
    const findings = findingsOf(violatingUsers, { service, violatingUsers: compliant }, asOf);
    expect(findings.map((f) => [f.status, f.messageId])).toEqual([
      ["pass", "measuresTaken"],
      ["pass", "contentHandled"],
      ["pass", "recordsKept"],
      ["pass", "reported"],
    ]);
    expect(findings[0]!.message).toEqual({
      en: "Measures against users who break the law or the service agreement: warning, restricting functions, closing accounts.",
      zh: "对违法违约用户的处置措施：警示、限制功能、关闭账号。",
    });
    expect(findings[0]!.citations[0]).toMatchObject(cited);
    expect(findings[0]!.citations[0]!.text.zh).toContain("警示、限制功能、关闭账号等处置措施");
  });

  it("is a violation per duty not met, carrying the Art. 20 penalty mapping (unverified, no fine)", () => {
    const findings = findingsOf(violatingUsers, { service, violatingUsers: { ...compliant, measures: [], recordsKept: false } }, asOf);
    expect(findings.map((f) => [f.status, f.messageId])).toEqual([
      ["violation", "noMeasures"],
      ["pass", "contentHandled"],
      ["violation", "recordsNotKept"],
      ["pass", "reported"],
    ]);
    expect(findings[2]!.citations[0]).toMatchObject(cited);
    expect(findings[2]!.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-20"]);
    expect(findings[2]!.penalties?.[0]).toMatchObject({ mappingVerified: false, verified: false, fineCny: null });
  });

  it("reports measures that are none of the named kinds as a risk, stating the reading of 等", () => {
    const [measures] = findingsOf(violatingUsers, { service, violatingUsers: { ...compliant, measures: ["other"] } }, asOf);
    expect(measures).toMatchObject({ status: "risk", messageId: "otherMeasuresOnly" });
    expect(measures!.interpretation?.en).toContain("\"and the like\"");
  });

  it("asks for each unknown fact in its own finding", () => {
    const findings = findingsOf(violatingUsers, { service, violatingUsers: { measures: ["warning"] } }, asOf);
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["pass", []],
      ["needs-info", ["violatingUsers.illegalContentHandled"]],
      ["needs-info", ["violatingUsers.recordsKept"]],
      ["needs-info", ["violatingUsers.reportedToAuthorities"]],
    ]);
    expect(findingsOf(violatingUsers, { service }, asOf)[0]).toMatchObject({ status: "needs-info", missingFacts: ["violatingUsers.measures"] });
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    expect(findingsOf(violatingUsers, { service, violatingUsers: compliant }, "2019-02-14")).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "not-yet-in-force" }),
    ]);
    expect(findingsOf(violatingUsers, { service: { ...service, offeredToPublic: false }, violatingUsers: compliant }, asOf)).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "scope-not-public" }),
    ]);
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = violatingUsers.examples!;
    expect(findingsOf(violatingUsers, pass, when).every((f) => f.status === "pass")).toBe(true);
    expect(findingsOf(violatingUsers, fail, when).map((f) => f.status)).toContain("violation");
  });
});
