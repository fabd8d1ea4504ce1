import { describe, expect, it } from "vitest";
import { customerIdentification } from "../../../rules/pboc-2013/customer-identification.js";
import { findingOf } from "../../helpers/run-rule.js";

const platform = (unverifiedUsersServed?: boolean) => ({
  operator: { registeredIn: "mainland" },
  token: { trading: { operatesPlatform: true } },
  ...(unverifiedUsersServed === undefined ? {} : { identityVerification: { unverifiedUsersServed } }),
});

describe("pboc-2013/customer-identification (§4 ¶1, substance only)", () => {
  it("reports a platform serving unverified users as a risk, stating both uncertainties", () => {
    const finding = findingOf(customerIdentification, platform(true), "2014-06-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "unidentified" });
    expect(finding.interpretation?.en).toContain("are not known");
    expect(finding.interpretation?.en).toContain("bitcoin");
    expect(finding.citations[0]).toMatchObject({ instrument: "pboc-2013", article: 4, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(finding.penalties).toBeUndefined();
  });

  it("passes a platform that serves only verified users", () => {
    expect(findingOf(customerIdentification, platform(false), "2014-06-01")).toMatchObject({ status: "pass", messageId: "identified" });
  });

  it("asks for the identity fact", () => {
    expect(findingOf(customerIdentification, platform(), "2014-06-01")).toMatchObject({ status: "needs-info", missingFacts: ["identityVerification.unverifiedUsersServed"] });
  });

  it("is not applicable without a platform and before 2013-12-05", () => {
    expect(findingOf(customerIdentification, { operator: { registeredIn: "mainland" }, token: { trading: { operatesPlatform: false } } }, "2014-06-01")).toMatchObject({
      status: "not-applicable",
      messageId: "noPlatform",
    });
    expect(findingOf(customerIdentification, platform(true), "2013-11-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
  });
});
