import { describe, expect, it } from "vitest";
import { financialInstitutions } from "../../../rules/ico-2017/financial-institutions.js";
import { findingOf } from "../../helpers/run-rule.js";

const institution = (financialServices: Record<string, unknown> | undefined, institutionType = "non-bank-payment") => ({
  operator: { registeredIn: "mainland", institutionType },
  ...(financialServices ? { token: { financialServices } } : {}),
});

describe("ico-2017/financial-institutions (§4, substance only)", () => {
  it("is a violation for a payment institution settling for a token exchange after 2017-09-04", () => {
    const finding = findingOf(financialInstitutions, institution({ servesTokenBusinesses: true, services: ["settlement", "clearing"], startDate: "2017-03-01" }), "2018-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "prohibited", data: { services: "settlement, clearing", institution: "a non-bank payment institution" } });
    expect(finding.message.zh).toContain("结算、清算");
    expect(finding.citations[0]).toMatchObject({ instrument: "ico-2017", article: 4, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(finding.citations[0]!.text.zh).toBeNull();
    expect(finding.penalties).toBeUndefined();
  });

  it("counts a non-empty services list (insurance) even without servesTokenBusinesses", () => {
    expect(findingOf(financialInstitutions, institution({ services: ["insurance"] }, "insurance"), "2018-01-01")).toMatchObject({
      status: "violation",
      data: { services: "insurance", institution: "an insurance institution" },
    });
  });

  it("passes when the institution serves no token business, or stopped before 2017-09-04", () => {
    expect(findingOf(financialInstitutions, institution({ servesTokenBusinesses: false }, "bank"), "2018-01-01")).toMatchObject({ status: "pass", messageId: "noServices" });
    expect(findingOf(financialInstitutions, institution({ servesTokenBusinesses: true, startDate: "2016-01-01", endDate: "2017-08-01" }), "2018-01-01")).toMatchObject({
      status: "pass",
      messageId: "stoppedBefore",
    });
  });

  it("asks for the institution type and the services fact", () => {
    expect(findingOf(financialInstitutions, { operator: { registeredIn: "mainland" } }, "2018-01-01")).toMatchObject({ status: "needs-info", missingFacts: ["operator.institutionType"] });
    expect(findingOf(financialInstitutions, institution(undefined), "2018-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.financialServices.servesTokenBusinesses"],
    });
  });

  it("is not applicable to an operator that is not an institution, and before 2017-09-04", () => {
    expect(findingOf(financialInstitutions, institution({ servesTokenBusinesses: true }, "none"), "2018-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "notInstitution",
    });
    expect(findingOf(financialInstitutions, institution({ servesTokenBusinesses: true }), "2017-06-01")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
  });
});
