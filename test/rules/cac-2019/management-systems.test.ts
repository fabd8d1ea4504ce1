import { describe, expect, it } from "vitest";
import { managementSystems } from "../../../rules/cac-2019/management-systems.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 5, paragraph: 1 };
const all = { userRegistration: true, informationReview: true, emergencyResponse: true, securityProtection: true };

describe("cac-2019/management-systems (Art. 5)", () => {
  it("passes when all four named systems are in place, citing Art. 5 ¶1 with its Chinese text", () => {
    const finding = findingOf(managementSystems, { service: inCacScope, managementSystems: all }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "allInPlace" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "one-copy", verified: false });
    expect(finding.citations[0]!.text.zh).toContain("用户注册、信息审核、应急处置、安全防护等管理制度");
    expect(finding.penalties).toBeUndefined();
  });

  it("is a violation naming each missing system, with the (unverified) Art. 19 penalty", () => {
    const finding = findingOf(
      managementSystems,
      { service: inCacScope, managementSystems: { ...all, informationReview: false, securityProtection: false } },
      "2020-01-01",
    );
    expect(finding).toMatchObject({ status: "violation", messageId: "systemsMissing" });
    expect(finding.message.en).toContain("missing: information review, security protection.");
    expect(finding.message.zh).toContain("尚未建立：信息审核、安全防护。");
    expect(finding.evidence.map((e) => e.field)).toEqual(["managementSystems.informationReview", "managementSystems.securityProtection"]);
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]).toMatchObject({ mappingVerified: false, verified: false, fineCny: { min: 5000, max: 30000 } });
  });

  it("asks for every system not stated, and never passes without them", () => {
    const none = findingOf(managementSystems, { service: inCacScope }, "2020-01-01");
    expect(none).toMatchObject({
      status: "needs-info",
      missingFacts: [
        "managementSystems.userRegistration",
        "managementSystems.informationReview",
        "managementSystems.emergencyResponse",
        "managementSystems.securityProtection",
      ],
    });
    const some = findingOf(managementSystems, { service: inCacScope, managementSystems: { userRegistration: true, informationReview: true } }, "2020-01-01");
    expect(some).toMatchObject({ status: "needs-info", missingFacts: ["managementSystems.emergencyResponse", "managementSystems.securityProtection"] });
  });

  it("reports a known missing system and the unknown ones as two findings", () => {
    const findings = findingsOf(managementSystems, { service: inCacScope, managementSystems: { userRegistration: false, informationReview: true } }, "2020-01-01");
    expect(findings.map((f) => f.status)).toEqual(["violation", "needs-info"]);
    expect(findings[0]!.data).toMatchObject({ unmet: "user registration", unmetZh: "用户注册" });
    expect(findings[1]!.missingFacts).toEqual(["managementSystems.emergencyResponse", "managementSystems.securityProtection"]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(managementSystems, { service: inCacScope, managementSystems: { userRegistration: false } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(managementSystems, { service: { ...inCacScope, usesBlockchain: false } }, "2020-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-blockchain",
    });
  });

  it("turns a violation into a risk for a foreign service with mainland users", () => {
    const finding = findingOf(
      managementSystems,
      { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: true }, managementSystems: { ...all, emergencyResponse: false } },
      "2020-01-01",
    );
    expect(finding.status).toBe("risk");
    expect(finding.interpretation?.en).toContain("within the territory");
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = managementSystems.examples!;
    expect(findingOf(managementSystems, pass, asOf).status).toBe("pass");
    expect(findingOf(managementSystems, fail, asOf).status).toBe("violation");
  });
});
