import { describe, expect, it } from "vitest";
import { pboc2021FinancialInstitutions } from "../../../rules/pboc-2021/financial-institutions.js";
import { findingOf } from "../../helpers/run-rule.js";

const institution = (financialServices: Record<string, unknown> | undefined, institutionType = "non-bank-payment", registeredIn = "mainland") => ({
  operator: { registeredIn, institutionType },
  ...(financialServices ? { token: { financialServices } } : {}),
});

describe("pboc-2021/financial-institutions (§9 ¶1, substance only)", () => {
  it("is a violation for settlement services for a virtual-currency business after 2021-09-15", () => {
    const finding = findingOf(pboc2021FinancialInstitutions, institution({ servesTokenBusinesses: true, services: ["settlement"], startDate: "2019-01-01" }), "2021-10-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "prohibited", data: { services: "settlement" } });
    expect(finding.citations[0]).toMatchObject({ instrument: "pboc-2021", article: 9, paragraph: 1, verified: false });
    expect(finding.penalties).toBeUndefined();
  });

  it("passes no services, and services stopped before the Notice", () => {
    expect(findingOf(pboc2021FinancialInstitutions, institution({ servesTokenBusinesses: false }, "bank"), "2021-10-01")).toMatchObject({ status: "pass" });
    expect(findingOf(pboc2021FinancialInstitutions, institution({ servesTokenBusinesses: true, endDate: "2021-05-01" }), "2021-10-01")).toMatchObject({ status: "pass", messageId: "stoppedBefore" });
  });

  it("asks for the facts it lacks", () => {
    expect(findingOf(pboc2021FinancialInstitutions, institution(undefined), "2021-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.financialServices.servesTokenBusinesses"],
    });
  });

  it("is not applicable before 2021-09-15, to a non-institution, and risk-only for one abroad serving mainland users", () => {
    expect(findingOf(pboc2021FinancialInstitutions, institution({ servesTokenBusinesses: true }), "2021-09-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(pboc2021FinancialInstitutions, institution({ servesTokenBusinesses: true }, "none"), "2021-10-01")).toMatchObject({ status: "not-applicable", messageId: "notInstitution" });
    const abroad = findingOf(
      pboc2021FinancialInstitutions,
      { operator: { registeredIn: "abroad", institutionType: "bank" }, service: { servesMainlandUsers: true }, token: { financialServices: { servesTokenBusinesses: true } } },
      "2021-10-01",
    );
    expect(abroad.status).toBe("risk");
    expect(abroad.interpretation?.en).toContain("financial institutions and non-bank payment institutions");
  });
});
