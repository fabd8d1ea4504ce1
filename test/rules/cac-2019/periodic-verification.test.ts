import { describe, expect, it } from "vitest";
import { periodicVerification } from "../../../rules/cac-2019/periodic-verification.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 14, paragraph: 1 };
const service = { ...inCacScope };
const requested = { filed: true, verificationRequested: true, verificationDueDate: "2020-06-30" };

describe("cac-2019/periodic-verification (Art. 14)", () => {
  it("passes information provided on the day set", () => {
    const finding = findingOf(periodicVerification, { service, filing: { ...requested, verificationProvidedDate: "2020-06-30" } }, "2020-07-15");
    expect(finding).toMatchObject({ status: "pass", messageId: "providedInTime", data: { due: "2020-06-30", provided: "2020-06-30" } });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.citations[0]!.text.zh).toContain("在规定时间内登录区块链信息服务备案管理系统");
  });

  it("is a violation when provided after the day set; no penalty is mapped to Art. 14", () => {
    const finding = findingOf(periodicVerification, { service, filing: { ...requested, verificationProvidedDate: "2020-07-01" } }, "2020-07-15");
    expect(finding).toMatchObject({ status: "violation", messageId: "providedLate" });
    expect(finding.message.en).toBe("The information for the periodic check was provided on 2020-07-01, after the time set (2020-06-30).");
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties).toBeUndefined();
  });

  it("passes while the check is pending, and asks for the date once the day set has passed", () => {
    expect(findingOf(periodicVerification, { service, filing: requested }, "2020-06-30")).toMatchObject({ status: "pass", messageId: "pending" });
    expect(findingOf(periodicVerification, { service, filing: requested }, "2020-07-01")).toMatchObject({
      status: "needs-info",
      messageId: "providedDateUnknown",
      missingFacts: ["filing.verificationProvidedDate"],
    });
  });

  it("passes when no check has been called for (the CAC schedules them)", () => {
    const finding = findingOf(periodicVerification, { service, filing: { verificationRequested: false } }, "2020-07-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "notRequested" });
    expect(finding.message.en).toContain("cyberspace offices schedule the checks");
  });

  it("asks whether a check was called for, then for the day set", () => {
    expect(findingOf(periodicVerification, { service }, "2020-07-01")).toMatchObject({ status: "needs-info", missingFacts: ["filing.verificationRequested"] });
    expect(findingOf(periodicVerification, { service, filing: { verificationRequested: true } }, "2020-07-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["filing.verificationDueDate"],
    });
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    expect(findingOf(periodicVerification, { service, filing: requested }, "2019-01-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(periodicVerification, { service: { ...service, offeredToPublic: false }, filing: requested }, "2020-07-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-public",
    });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf, pass, fail } = periodicVerification.examples!;
    expect(findingsOf(periodicVerification, pass, asOf).map((f) => f.status)).toEqual(["pass"]);
    expect(findingsOf(periodicVerification, fail, asOf).map((f) => f.status)).toEqual(["violation"]);
  });
});

describe("cac-2019/periodic-verification: information known not to be provided", () => {
  it("is a violation after the due date", () => {
    const subject = { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true }, filing: { filed: true, verificationRequested: true, verificationDueDate: "2020-06-30", verificationProvided: false } };
    expect(findingOf(periodicVerification, subject, "2020-07-01")).toMatchObject({ status: "violation", messageId: "notProvidedOverdue" });
  });
});
