import { describe, expect, it } from "vitest";
import { securityRectification } from "../../../rules/cac-2019/security-rectification.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 15, paragraph: 1 };
const service = { ...inCacScope };
const asOf = "2020-01-01";

describe("cac-2019/security-rectification (Art. 15)", () => {
  it("passes a hazard rectified before the service continued", () => {
    const finding = findingOf(securityRectification, { service, securityHazards: { identified: true, rectified: true, serviceContinuedBeforeRectification: false } }, asOf);
    expect(finding).toMatchObject({ status: "pass", messageId: "rectified" });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.citations[0]!.text.zh).toContain("方可继续提供信息服务");
  });

  it("passes when no hazard is identified, and while rectification goes on with the service suspended", () => {
    expect(findingOf(securityRectification, { service, securityHazards: { identified: false } }, asOf)).toMatchObject({ status: "pass", messageId: "noHazard" });
    const suspended = findingOf(securityRectification, { service, securityHazards: { identified: true, rectified: false, serviceContinuedBeforeRectification: false } }, asOf);
    expect(suspended).toMatchObject({ status: "pass", messageId: "rectifyingSuspended" });
    expect(suspended.message.en).toContain("may resume only once");
  });

  it("is a violation when the service kept running before rectification, with the Art. 19 penalty (mapping unverified)", () => {
    const finding = findingOf(securityRectification, { service, securityHazards: { identified: true, rectified: true, serviceContinuedBeforeRectification: true } }, asOf);
    expect(finding).toMatchObject({ status: "violation", messageId: "continuedBeforeRectified" });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]).toMatchObject({ mappingVerified: false });
    const unrectified = findingOf(securityRectification, { service, securityHazards: { identified: true, rectified: false, serviceContinuedBeforeRectification: true } }, asOf);
    expect(unrectified).toMatchObject({ status: "violation", messageId: "runningUnrectified" });
    const unknown = findingOf(securityRectification, { service, securityHazards: { identified: true, serviceContinuedBeforeRectification: true } }, asOf);
    expect(unknown).toMatchObject({ status: "violation", messageId: "continuedBeforeRectified" });
  });

  it("asks for each unknown fact", () => {
    expect(findingOf(securityRectification, { service }, asOf)).toMatchObject({ status: "needs-info", missingFacts: ["securityHazards.identified"] });
    expect(findingOf(securityRectification, { service, securityHazards: { identified: true } }, asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["securityHazards.rectified", "securityHazards.serviceContinuedBeforeRectification"],
    });
    expect(findingOf(securityRectification, { service, securityHazards: { identified: true, rectified: true } }, asOf)).toMatchObject({
      status: "needs-info",
      missingFacts: ["securityHazards.serviceContinuedBeforeRectification"],
    });
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    const hazard = { identified: true, rectified: false, serviceContinuedBeforeRectification: true };
    expect(findingOf(securityRectification, { service, securityHazards: hazard }, "2019-02-14")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(securityRectification, { service: { ...service, usesBlockchain: false }, securityHazards: hazard }, asOf)).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-blockchain",
    });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = securityRectification.examples!;
    expect(findingsOf(securityRectification, pass, when).map((f) => f.status)).toEqual(["pass"]);
    expect(findingsOf(securityRectification, fail, when).map((f) => f.status)).toEqual(["violation"]);
  });
});
