import { describe, expect, it } from "vitest";
import { technicalConditions } from "../../../rules/cac-2019/technical-conditions.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 6, paragraph: 1 };
const all = { conditionsAppropriate: true, prohibitedContentDisposal: true, meetsNationalStandards: true };

describe("cac-2019/technical-conditions (Art. 6, substance only)", () => {
  it("passes when all three conditions are met; the citation has no Chinese text (substance only)", () => {
    const finding = findingOf(technicalConditions, { service: inCacScope, technical: all }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "allMet" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "substance-only", verified: false });
    expect(finding.citations[0]!.text.zh).toBeNull();
    expect(finding.citations[0]!.text.en).toContain("national standards");
  });

  it("is a violation naming each unmet condition, with the (unverified) Art. 19 penalty", () => {
    const finding = findingOf(technicalConditions, { service: inCacScope, technical: { ...all, prohibitedContentDisposal: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "conditionsUnmet" });
    expect(finding.message.en).toContain("not met: the ability to deal immediately and in an emergency with prohibited content.");
    expect(finding.evidence).toEqual([{ path: ["technical", "prohibitedContentDisposal"], field: "technical.prohibitedContentDisposal", value: false }]);
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]?.mappingVerified).toBe(false);
  });

  it("asks for the conditions not stated", () => {
    expect(findingOf(technicalConditions, { service: inCacScope }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["technical.conditionsAppropriate", "technical.prohibitedContentDisposal", "technical.meetsNationalStandards"],
    });
    const findings = findingsOf(technicalConditions, { service: inCacScope, technical: { conditionsAppropriate: false, prohibitedContentDisposal: true } }, "2020-01-01");
    expect(findings.map((f) => f.status)).toEqual(["violation", "needs-info"]);
    expect(findings[1]!.missingFacts).toEqual(["technical.meetsNationalStandards"]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(technicalConditions, { service: inCacScope, technical: { ...all, meetsNationalStandards: false } }, "2019-01-10")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(technicalConditions, { service: { ...inCacScope, offeredToPublic: false }, technical: all }, "2020-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-public",
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = technicalConditions.examples!;
    expect(findingOf(technicalConditions, pass, asOf).status).toBe("pass");
    expect(findingOf(technicalConditions, fail, asOf).status).toBe("violation");
  });
});
