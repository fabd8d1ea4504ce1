import { describe, expect, it } from "vitest";
import { securityAssessment } from "../../../rules/cac-2019/security-assessment.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 9, paragraph: 1 };
const asOf = "2020-01-01";

describe("cac-2019/security-assessment (Art. 9)", () => {
  it("passes a feature reported on or before its launch, citing the verified Art. 9 ¶1", () => {
    const finding = findingOf(
      securityAssessment,
      { service: inCacScope, newFeatures: [{ name: "Wallet", launchDate: "2019-06-01", securityAssessmentReported: true, securityAssessmentReportedDate: "2019-06-01" }] },
      asOf,
    );
    expect(finding).toMatchObject({ status: "pass", messageId: "reportedBeforeLaunch" });
    expect(finding.message.en).toBe("\"Wallet\" was reported for security assessment on 2019-06-01, on or before its launch on 2019-06-01.");
    expect(finding.evidence[0]).toMatchObject({ path: ["newFeatures", 0], field: "newFeatures[0]" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "verified", verified: true });
    expect(finding.citations[0]!.text.zh).toContain("按照有关规定");
  });

  it("passes when no new feature has been launched", () => {
    expect(findingOf(securityAssessment, { service: inCacScope, newFeatures: [] }, asOf)).toMatchObject({ status: "pass", messageId: "noFeatures" });
  });

  it("gives one finding per feature: violation, risk, pass, not-applicable, needs-info", () => {
    const findings = findingsOf(
      securityAssessment,
      {
        service: inCacScope,
        newFeatures: [
          { name: "Not reported", launchDate: "2019-05-01", securityAssessmentReported: false },
          { name: "Reported late", launchDate: "2019-05-01", securityAssessmentReported: true, securityAssessmentReportedDate: "2019-05-20" },
          { name: "Reported early", launchDate: "2019-05-01", securityAssessmentReportedDate: "2019-04-20" },
          { name: "Old", launchDate: "2018-12-01", securityAssessmentReported: false },
          { name: "No date", launchDate: "2019-05-01", securityAssessmentReported: true },
        ],
      },
      asOf,
    );
    expect(findings.map((f) => [f.status, f.messageId, f.evidence[0]?.field])).toEqual([
      ["violation", "notReported", "newFeatures[0]"],
      ["risk", "reportedAfterLaunch", "newFeatures[1]"],
      ["pass", "reportedBeforeLaunch", "newFeatures[2]"],
      ["not-applicable", "launchedBeforeEffective", "newFeatures[3]"],
      ["needs-info", "missing-facts", "newFeatures[4]"],
    ]);
    expect(findings[4]!.missingFacts).toEqual(["newFeatures[4].securityAssessmentReportedDate"]);
  });

  it("is a violation when a launched feature was not reported, with the (unverified) Art. 19 penalty", () => {
    const finding = findingOf(securityAssessment, { service: inCacScope, newFeatures: [{ name: "DEX", launchDate: "2019-05-01", securityAssessmentReported: false }] }, asOf);
    expect(finding).toMatchObject({ status: "violation", messageId: "notReported" });
    expect(finding.message.en).toBe("\"DEX\", launched on 2019-05-01, was not reported to the cyberspace offices for security assessment.");
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]?.mappingVerified).toBe(false);
  });

  it("is a risk, stating the reading of 按照有关规定, when reported after launch", () => {
    const finding = findingOf(
      securityAssessment,
      { service: inCacScope, newFeatures: [{ launchDate: "2019-05-01", securityAssessmentReportedDate: "2019-05-02" }] },
      asOf,
    );
    expect(finding).toMatchObject({ status: "risk", data: { name: "new feature #1", launch: "2019-05-01", reported: "2019-05-02" } });
    expect(finding.interpretation?.en).toContain("does not itself say whether it must precede the launch");
    expect(finding.interpretation?.zh).toContain("按照有关规定");
  });

  it("passes a feature not launched yet, showing the report is due before launch", () => {
    const finding = findingOf(securityAssessment, { service: inCacScope, newFeatures: [{ name: "Bridge", launchDate: "2020-03-01", securityAssessmentReported: false }] }, asOf);
    expect(finding).toMatchObject({ status: "pass", messageId: "notYetLaunched" });
    expect(finding.message.en).toContain("should be before it goes live");
  });

  it("asks for the list, and for each feature's missing facts, exactly", () => {
    expect(findingOf(securityAssessment, { service: inCacScope }, asOf)).toMatchObject({ status: "needs-info", missingFacts: ["newFeatures"] });
    expect(findingOf(securityAssessment, { service: inCacScope, newFeatures: [{ name: "X" }] }, asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["newFeatures[0].launchDate", "newFeatures[0].securityAssessmentReported"],
    });
    expect(findingOf(securityAssessment, { service: inCacScope, newFeatures: [{ name: "X", securityAssessmentReported: false }] }, asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["newFeatures[0].launchDate"],
    });
    const report = findingOf(securityAssessment, { service: inCacScope, newFeatures: [{ name: "X", launchDate: "2019-05-01" }] }, asOf);
    expect(report.missingFacts).toEqual(["newFeatures[0].securityAssessmentReported"]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(securityAssessment, { service: inCacScope, newFeatures: [] }, "2019-02-14")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(securityAssessment, { service: { ...inCacScope, offeredToPublic: false }, newFeatures: [] }, asOf)).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-public",
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf: at, pass, fail } = securityAssessment.examples!;
    expect(findingOf(securityAssessment, pass, at).status).toBe("pass");
    expect(findingOf(securityAssessment, fail, at).status).toBe("violation");
  });
});
