import { describe, expect, it } from "vitest";
import { paymentAcceptance } from "../../../rules/pboc-2013/payment-acceptance.js";
import { findingOf } from "../../helpers/run-rule.js";

const payer = (treatedAsMoney?: boolean, institutionType = "non-bank-payment") => ({
  operator: { registeredIn: "mainland", institutionType },
  token: treatedAsMoney === undefined ? {} : { treatedAsMoney },
});

describe("pboc-2013/payment-acceptance (§2 ¶1, substance only)", () => {
  it("reports an institution accepting tokens as money as a risk, with the bitcoin reading", () => {
    const finding = findingOf(paymentAcceptance, payer(true), "2014-06-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "accepted" });
    expect(finding.interpretation?.en).toContain("bitcoin");
    expect(finding.citations[0]).toMatchObject({ instrument: "pboc-2013", article: 2, paragraph: 1, verified: false });
    expect(finding.penalties).toBeUndefined();
  });

  it("passes when tokens are not accepted as money", () => {
    expect(findingOf(paymentAcceptance, payer(false), "2014-06-01")).toMatchObject({ status: "pass", messageId: "notAccepted" });
  });

  it("asks for the fact", () => {
    expect(findingOf(paymentAcceptance, payer(), "2014-06-01")).toMatchObject({ status: "needs-info", missingFacts: ["token.treatedAsMoney"] });
  });

  it("is not applicable before 2013-12-05 and to a non-institution", () => {
    expect(findingOf(paymentAcceptance, payer(true), "2013-01-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(paymentAcceptance, payer(true, "none"), "2014-06-01")).toMatchObject({ status: "not-applicable", messageId: "notInstitution" });
  });
});

describe("pboc-2013/payment-acceptance: when bitcoin is known to be involved", () => {
  it("is a violation, not a risk", () => {
    const subject = { operator: { registeredIn: "mainland" as const, institutionType: "non-bank-payment" as const }, token: { treatedAsMoney: true, virtualCurrencies: ["bitcoin" as const, "ether" as const] } };
    expect(findingOf(paymentAcceptance, subject, "2014-06-01")).toMatchObject({ status: "violation", messageId: "accepted" });
  });
});
