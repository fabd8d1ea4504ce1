import { describe, expect, it } from "vitest";
import { inspectionCooperation } from "../../../rules/cac-2019/inspection-cooperation.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 18, paragraph: 1 };
const service = { ...inCacScope };
const asOf = "2020-01-01";

describe("cac-2019/inspection-cooperation (Art. 18 ¶1, substance only, numbering unverified)", () => {
  it("passes when the operator cooperates; the citation is unverified with no Chinese text", () => {
    const finding = findingOf(inspectionCooperation, { service, supervision: { cooperatesWithInspections: true } }, asOf);
    expect(finding).toMatchObject({ status: "pass", messageId: "cooperates" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "substance-only", verified: false, text: { zh: null } });
  });

  it("is a violation when it does not, with the Art. 19 penalty (mapping unverified)", () => {
    const finding = findingOf(inspectionCooperation, { service, supervision: { cooperatesWithInspections: false } }, asOf);
    expect(finding).toMatchObject({ status: "violation", messageId: "doesNotCooperate" });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]).toMatchObject({ mappingVerified: false });
  });

  it("asks when the fact is unknown", () => {
    expect(findingOf(inspectionCooperation, { service, supervision: {} }, asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["supervision.cooperatesWithInspections"],
    });
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    expect(findingOf(inspectionCooperation, { service, supervision: { cooperatesWithInspections: false } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(inspectionCooperation, { service: { ...service, offeredToPublic: false } }, asOf)).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-public",
    });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = inspectionCooperation.examples!;
    expect(findingsOf(inspectionCooperation, pass, when).map((f) => f.status)).toEqual(["pass"]);
    expect(findingsOf(inspectionCooperation, fail, when).map((f) => f.status)).toEqual(["violation"]);
  });
});
