import { describe, expect, it } from "vitest";
import { filingInformation } from "../../../rules/cac-2019/filing-information.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

describe("cac-2019/filing-information (Art. 11 ¶1, Art. 22)", () => {
  it("passes when the filed information is complete and accurate, citing Art. 11 ¶1 and Art. 22 ¶1", () => {
    const finding = findingOf(filingInformation, { service: inCacScope, filing: { filed: true, informationAccurate: true, informationComplete: true } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "accurate" });
    expect(finding.citations.map((c) => [c.instrument, c.article, c.paragraph])).toEqual([
      ["cac-2019", 11, 1],
      ["cac-2019", 22, 1],
    ]);
    expect(finding.citations[0]).toMatchObject({ textStatus: "verified", verified: true });
    expect(finding.citations[1]!.text.zh).toContain("填报虚假备案信息");
    expect(finding.penalties).toBeUndefined();
  });

  it("is a violation when the filed information is false, with the Art. 22 penalty once", () => {
    const finding = findingOf(filingInformation, { service: inCacScope, filing: { filed: true, filedDate: "2019-03-01", informationAccurate: false, informationComplete: true } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "falseInformation" });
    expect(finding.evidence).toEqual([{ path: ["filing", "informationAccurate"], field: "filing.informationAccurate", value: false }]);
    expect(finding.penalties).toHaveLength(1);
    expect(finding.penalties?.[0]).toMatchObject({ id: "cac-2019/art-22", article: 22, fineCny: { min: 10000, max: 30000 }, mappingVerified: true });
  });

  it("is not applicable when nothing has been filed (the filing-deadline rule covers that)", () => {
    const finding = findingOf(filingInformation, { service: inCacScope, filing: { filed: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "not-applicable", messageId: "notFiled" });
    expect(finding.message.en).toContain("cac-2019/filing-deadline");
  });

  it("is a violation when the filing lacks items Art. 11 ¶1 names, and reports false and incomplete information separately", () => {
    const incomplete = findingOf(filingInformation, { service: inCacScope, filing: { filed: true, informationAccurate: true, informationComplete: false } }, "2020-01-01");
    expect(incomplete).toMatchObject({ status: "violation", messageId: "incompleteInformation", evidence: [{ field: "filing.informationComplete", value: false }] });
    expect(incomplete.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-22"]);
    const both = findingsOf(filingInformation, { service: inCacScope, filing: { filed: true, informationAccurate: false, informationComplete: false } }, "2020-01-01");
    expect(both.map((f) => f.messageId)).toEqual(["falseInformation", "incompleteInformation"]);
  });

  it("asks whether anything was filed, and whether it is accurate and complete, exactly", () => {
    expect(findingOf(filingInformation, { service: inCacScope }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["filing.filed", "filing.informationAccurate", "filing.informationComplete"],
    });
    expect(findingOf(filingInformation, { service: inCacScope, filing: { filed: true } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["filing.informationAccurate", "filing.informationComplete"],
    });
    // A filing date says something was filed.
    expect(findingOf(filingInformation, { service: inCacScope, filing: { filedDate: "2019-03-01", informationComplete: true } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["filing.informationAccurate"],
    });
    // A known breach is reported, and what is still unknown is asked beside it.
    const partly = findingsOf(filingInformation, { service: inCacScope, filing: { informationAccurate: false } }, "2020-01-01");
    expect(partly.map((f) => [f.status, f.missingFacts])).toEqual([["violation", []], ["needs-info", ["filing.informationComplete"]]]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(filingInformation, { service: inCacScope, filing: { filed: true, informationAccurate: false } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(filingInformation, { service: { ...inCacScope, offeredToPublic: false }, filing: { filed: true, informationAccurate: false } }, "2020-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-public",
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = filingInformation.examples!;
    expect(findingOf(filingInformation, pass, asOf).status).toBe("pass");
    expect(findingOf(filingInformation, fail, asOf).status).toBe("violation");
  });
});
