import { describe, expect, it } from "vitest";
import { realIdentity } from "../../../rules/cac-2019/real-identity.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 8, paragraph: 1 };

describe("cac-2019/real-identity (Art. 8)", () => {
  it("passes with a named method and no unverified users; the citation shows the one-copy text without its opening clause", () => {
    const finding = findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: ["id-document", "mobile-number"], unverifiedUsersServed: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "verified" });
    expect(finding.message.en).toBe("Users' real identities are verified by identity document number, mobile number, and unverified users are not served.");
    expect(finding.message.zh).toContain("以身份证件号码、移动电话号码对用户进行真实身份信息认证");
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "one-copy", verified: false });
    expect(finding.citations[0]!.text.zh!.startsWith("……对区块链信息服务使用者")).toBe(true);
    expect(finding.citations[0]!.text.zh).toContain("不得为其提供相关服务");
  });

  it("passes when a named method is combined with another one", () => {
    const finding = findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: ["other", "organisation-code"], unverifiedUsersServed: false } }, "2020-01-01");
    expect(finding.status).toBe("pass");
  });

  it("is a violation to serve unverified users, carrying the (unverified) Art. 20 penalty", () => {
    const finding = findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: ["mobile-number"], unverifiedUsersServed: true } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "unverifiedServed" });
    expect(finding.evidence).toEqual([{ path: ["identityVerification", "unverifiedUsersServed"], field: "identityVerification.unverifiedUsersServed", value: true }]);
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties).toHaveLength(1);
    expect(finding.penalties?.[0]).toMatchObject({ id: "cac-2019/art-20", article: 20, mappingVerified: false, textStatus: "unverified", verified: false, fineCny: null });
  });

  it("is a violation when no verification method is used at all, without asking whether unverified users are served", () => {
    const finding = findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: [] } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "noVerification", missingFacts: [] });
  });

  it("is a risk, stating the reading of 等方式, when only another method is used", () => {
    const finding = findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: ["other"], unverifiedUsersServed: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "otherMethodOnly" });
    expect(finding.interpretation?.en).toContain("\"等方式\" (or similar means), so other methods may be acceptable");
    expect(finding.interpretation?.zh).toContain("等方式");
    expect(finding.penalties?.[0]?.id).toBe("cac-2019/art-20");
  });

  it("asks for the facts it lacks, exactly", () => {
    expect(findingOf(realIdentity, { service: inCacScope }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["identityVerification.methods", "identityVerification.unverifiedUsersServed"],
    });
    expect(findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: ["mobile-number"] } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["identityVerification.unverifiedUsersServed"],
    });
    const findings = findingsOf(realIdentity, { service: inCacScope, identityVerification: { unverifiedUsersServed: true } }, "2020-01-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["violation", []],
      ["needs-info", ["identityVerification.methods"]],
    ]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(realIdentity, { service: inCacScope, identityVerification: { methods: [] } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(realIdentity, { service: { ...inCacScope, usesBlockchain: false }, identityVerification: { methods: [] } }, "2020-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-blockchain",
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = realIdentity.examples!;
    expect(findingOf(realIdentity, pass, asOf).status).toBe("pass");
    expect(findingOf(realIdentity, fail, asOf).status).toBe("violation");
  });
});
