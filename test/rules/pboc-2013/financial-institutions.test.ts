import { describe, expect, it } from "vitest";
import { pboc2013FinancialInstitutions } from "../../../rules/pboc-2013/financial-institutions.js";
import { findingOf } from "../../helpers/run-rule.js";

const institution = (financialServices: Record<string, unknown> | undefined, institutionType = "bank") => ({
  operator: { registeredIn: "mainland", institutionType },
  ...(financialServices ? { token: { financialServices } } : {}),
});

describe("pboc-2013/financial-institutions (§2 ¶1, substance only)", () => {
  it("reports services for token businesses after 2013-12-05 as a risk, stating the bitcoin reading", () => {
    const finding = findingOf(pboc2013FinancialInstitutions, institution({ servesTokenBusinesses: true, services: ["account-opening", "trading"], startDate: "2014-01-01" }), "2014-06-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "services", data: { services: "account opening, trading" } });
    expect(finding.interpretation?.en).toContain("The 2013 Notice names bitcoin");
    expect(finding.citations[0]).toMatchObject({ instrument: "pboc-2013", article: 2, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(finding.citations[0]!.text.zh).toBeNull();
    expect(finding.penalties).toBeUndefined();
  });

  it("passes no services, and services stopped before the Notice", () => {
    expect(findingOf(pboc2013FinancialInstitutions, institution({ servesTokenBusinesses: false }), "2014-06-01")).toMatchObject({ status: "pass", messageId: "noServices" });
    expect(findingOf(pboc2013FinancialInstitutions, institution({ servesTokenBusinesses: true, startDate: "2013-06-01", endDate: "2013-11-30" }), "2014-06-01")).toMatchObject({
      status: "pass",
      messageId: "stoppedBefore",
    });
  });

  it("asks for the facts it lacks", () => {
    expect(findingOf(pboc2013FinancialInstitutions, { operator: { registeredIn: "mainland" } }, "2014-06-01")).toMatchObject({ status: "needs-info", missingFacts: ["operator.institutionType"] });
    expect(findingOf(pboc2013FinancialInstitutions, institution(undefined), "2014-06-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.financialServices.servesTokenBusinesses"],
    });
  });

  it("is not applicable before 2013-12-05, to a non-institution, and out of scope", () => {
    expect(findingOf(pboc2013FinancialInstitutions, institution({ servesTokenBusinesses: true }), "2013-12-04")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
      data: { from: "2013-12-05" },
    });
    expect(findingOf(pboc2013FinancialInstitutions, institution({ servesTokenBusinesses: true }, "none"), "2014-06-01")).toMatchObject({ status: "not-applicable", messageId: "notInstitution" });
    expect(
      findingOf(
        pboc2013FinancialInstitutions,
        { operator: { registeredIn: "abroad", institutionType: "bank" }, service: { servesMainlandUsers: false }, token: { issuance: { issued: false }, financialServices: { servesTokenBusinesses: true } } },
        "2014-06-01",
      ),
    ).toMatchObject({ status: "not-applicable", messageId: "pboc-2013-scope-not-in-market" });
  });
});

describe("pboc-2013/financial-institutions: when bitcoin is known to be involved", () => {
  it("is a violation, not a risk, citing the virtual currencies as evidence", () => {
    const subject = {
      operator: { registeredIn: "mainland" as const, institutionType: "bank" as const },
      token: { virtualCurrencies: ["bitcoin" as const], financialServices: { servesTokenBusinesses: true, services: ["settlement" as const], startDate: "2014-01-01" } },
    };
    const finding = findingOf(pboc2013FinancialInstitutions, subject, "2014-06-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "services" });
    expect(finding.interpretation).toBeUndefined();
    expect(finding.evidence.map((e) => e.field)).toContain("token.virtualCurrencies");
    const otherTokens = findingOf(pboc2013FinancialInstitutions, { ...subject, token: { ...subject.token, virtualCurrencies: ["ether" as const] } }, "2014-06-01");
    expect(otherTokens).toMatchObject({ status: "risk", interpretation: { en: expect.stringContaining("names bitcoin") } });
  });
});
