import { describe, expect, it } from "vitest";
import { virtualCurrencyBusiness } from "../../../rules/pboc-2021/virtual-currency-business.js";
import { findingOf, findingsOf } from "../../helpers/run-rule.js";

const allFalse = {
  fiatTokenExchange: false,
  tokenTokenExchange: false,
  buysAndSells: false,
  centralCounterparty: false,
  pricingServices: false,
  informationIntermediary: false,
};
const mainland = (token: Record<string, unknown>) => ({ operator: { registeredIn: "mainland" }, token });

describe("pboc-2021/virtual-currency-business (§2 ¶1, substance only)", () => {
  it("gives a platform finding and an issuance finding: violations for both carried on after 2021-09-15", () => {
    const findings = findingsOf(
      virtualCurrencyBusiness,
      mainland({
        trading: { operatesPlatform: true, ...allFalse, fiatTokenExchange: true, pricingServices: true, startDate: "2019-01-01" },
        issuance: { issued: true, startDate: "2021-09-01", ongoing: true },
      }),
      "2021-10-01",
    );
    expect(findings.map((f) => [f.status, f.messageId])).toEqual([
      ["violation", "platformActivity"],
      ["violation", "issuanceAfter"],
    ]);
    expect(findings[0]!.data.activities).toBe("exchange between legal tender and virtual currencies, pricing services");
    expect(findings[0]!.citations[0]).toMatchObject({ instrument: "pboc-2021", article: 2, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(findings[0]!.penalties).toBeUndefined();
  });

  it("passes activities that stopped before 2021-09-15, and subjects without them", () => {
    const findings = findingsOf(
      virtualCurrencyBusiness,
      mainland({ trading: { operatesPlatform: true, ...allFalse, centralCounterparty: true, endDate: "2021-06-30" }, issuance: { issued: true, startDate: "2018-01-01", endDate: "2018-02-01" } }),
      "2021-10-01",
    );
    expect(findings.map((f) => f.messageId)).toEqual(["platformStopped", "issuanceEnded"]);
    expect(findingsOf(virtualCurrencyBusiness, mainland({ trading: { operatesPlatform: false }, issuance: { issued: false } }), "2021-10-01").map((f) => f.status)).toEqual(["pass", "pass"]);
  });

  it("counts matching trades and derivatives among the platform's activities", () => {
    const finding = findingsOf(virtualCurrencyBusiness, mainland({ trading: { operatesPlatform: true, matchesTrades: true, derivatives: true, startDate: "2020-01-01" } }), "2021-10-01")[0]!;
    expect(finding).toMatchObject({ status: "violation", data: { activities: "matching trades, virtual-currency derivatives trading" } });
  });

  it("asks for what it lacks, per finding", () => {
    const findings = findingsOf(virtualCurrencyBusiness, mainland({ trading: { operatesPlatform: true, fiatTokenExchange: false } }), "2021-10-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      [
        "needs-info",
        [
          "token.trading.tokenTokenExchange",
          "token.trading.buysAndSells",
          "token.trading.centralCounterparty",
          "token.trading.matchesTrades",
          "token.trading.pricingServices",
          "token.trading.informationIntermediary",
          "token.trading.derivatives",
        ],
      ],
      ["needs-info", ["token.issuance.issued"]],
    ]);
    expect(findingOf(virtualCurrencyBusiness, { token: { trading: { operatesPlatform: false } } }, "2021-10-01")).toMatchObject({
      status: "needs-info",
      messageId: "pboc-2021-scope-facts-missing",
      missingFacts: ["operator.registeredIn"],
    });
  });

  it("is not applicable before 2021-09-15, and to an operator outside the mainland (that is §3's)", () => {
    expect(findingOf(virtualCurrencyBusiness, mainland({ trading: { operatesPlatform: true } }), "2021-09-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
      data: { from: "2021-09-15" },
    });
    const abroad = findingOf(virtualCurrencyBusiness, { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: true } }, "2021-10-01");
    expect(abroad).toMatchObject({ status: "not-applicable", messageId: "pboc-2021-scope-outside-mainland" });
    expect(abroad.message.en).toContain("pboc-2021/overseas-exchange-services");
  });
});
