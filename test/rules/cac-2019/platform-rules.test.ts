import { describe, expect, it } from "vitest";
import { platformRules } from "../../../rules/cac-2019/platform-rules.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 7, paragraph: 1 };
const all = { managementRulesPublished: true, platformConventionPublished: true, serviceAgreementSigned: true, usersUndertakeCompliance: true };

describe("cac-2019/platform-rules (Art. 7, substance only)", () => {
  it("passes when all four duties are met; the citation is substance only", () => {
    const finding = findingOf(platformRules, { service: inCacScope, platformRules: all }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "allDone" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "substance-only", verified: false, text: { zh: null } });
  });

  it("is a violation naming each duty not met, with the (unverified) Art. 19 penalty", () => {
    const finding = findingOf(
      platformRules,
      { service: inCacScope, platformRules: { ...all, serviceAgreementSigned: false, usersUndertakeCompliance: false } },
      "2020-01-01",
    );
    expect(finding).toMatchObject({ status: "violation", messageId: "dutiesUnmet" });
    expect(finding.message.en).toContain(
      "not done: service agreements signed with users; users' undertaking to comply with the law and the platform convention.",
    );
    expect(finding.message.zh).toContain("未做到：与用户签订服务协议；用户承诺遵守法律规定和平台公约。");
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
  });

  it("asks for the duties not stated", () => {
    expect(findingOf(platformRules, { service: inCacScope, platformRules: { managementRulesPublished: true } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["platformRules.platformConventionPublished", "platformRules.serviceAgreementSigned", "platformRules.usersUndertakeCompliance"],
    });
    const findings = findingsOf(platformRules, { service: inCacScope, platformRules: { ...all, platformConventionPublished: false, usersUndertakeCompliance: undefined } }, "2020-01-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["violation", []],
      ["needs-info", ["platformRules.usersUndertakeCompliance"]],
    ]);
  });

  it("is not applicable before 2019-02-15 and out of scope, and asks for the scope facts", () => {
    expect(findingOf(platformRules, { service: inCacScope, platformRules: all }, "2018-12-31")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(
      findingOf(platformRules, { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: false } }, "2020-01-01"),
    ).toMatchObject({ status: "not-applicable", messageId: "scope-not-in-territory" });
    expect(findingOf(platformRules, { platformRules: all }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["service.usesBlockchain", "service.offeredToPublic", "service.providedFromMainland"],
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = platformRules.examples!;
    expect(findingOf(platformRules, pass, asOf).status).toBe("pass");
    expect(findingOf(platformRules, fail, asOf).status).toBe("violation");
  });
});
