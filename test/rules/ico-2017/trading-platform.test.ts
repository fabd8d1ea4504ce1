import { describe, expect, it } from "vitest";
import { tradingPlatform } from "../../../rules/ico-2017/trading-platform.js";
import { findingOf, findingsOf } from "../../helpers/run-rule.js";

const allFalse = {
  fiatTokenExchange: false,
  tokenTokenExchange: false,
  buysAndSells: false,
  centralCounterparty: false,
  pricingServices: false,
  informationIntermediary: false,
};
const platform = (trading: Record<string, unknown>) => ({ operator: { registeredIn: "mainland" }, token: { trading: { operatesPlatform: true, ...trading } } });

describe("ico-2017/trading-platform (§3 ¶1, substance only)", () => {
  it("gives one finding per limb: a violation for fiat exchange carried on after 2017-09-04, passes for the others", () => {
    const findings = findingsOf(tradingPlatform, platform({ ...allFalse, fiatTokenExchange: true, startDate: "2018-01-15" }), "2018-03-01");
    expect(findings.map((f) => [f.status, f.data.limb])).toEqual([
      ["violation", "a"],
      ["pass", "b"],
      ["pass", "c"],
    ]);
    const [a] = findings;
    expect(a).toMatchObject({ messageId: "prohibited", data: { activities: "exchanges legal tender for tokens or virtual currencies", start: "2018-01-15", end: "now" } });
    expect(a!.message.en).toContain("limb (a)");
    // Substance only: no Chinese text, shown as unverified.
    expect(a!.citations[0]).toMatchObject({ instrument: "ico-2017", article: 3, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(a!.citations[0]!.text.zh).toBeNull();
    expect(a!.penalties).toBeUndefined();
  });

  it("lists every sub-activity of a limb present: token-to-token exchange and central counterparty", () => {
    const findings = findingsOf(tradingPlatform, platform({ ...allFalse, tokenTokenExchange: true, buysAndSells: true, centralCounterparty: true, startDate: "2017-05-01" }), "2017-12-01");
    expect(findings.map((f) => f.status)).toEqual(["violation", "violation", "pass"]);
    expect(findings[1]!.message.en).toContain("buys or sells tokens or virtual currencies itself and acts as central counterparty to trades");
    expect(findings[1]!.message.zh).toContain("作为中央对手方");
  });

  it("passes a platform whose trading stopped before 2017-09-04, and one whose activities are all absent", () => {
    const stopped = findingsOf(tradingPlatform, platform({ ...allFalse, fiatTokenExchange: true, pricingServices: true, startDate: "2016-01-01", endDate: "2017-08-31" }), "2017-10-01");
    expect(stopped.map((f) => [f.status, f.messageId])).toEqual([
      ["pass", "stoppedBefore"],
      ["pass", "none"],
      ["pass", "stoppedBefore"],
    ]);
    expect(findingsOf(tradingPlatform, platform({ ...allFalse }), "2017-10-01").every((f) => f.status === "pass")).toBe(true);
  });

  it("is a violation for trading that stopped after 2017-09-04 (the period still covers the Announcement)", () => {
    const findings = findingsOf(tradingPlatform, platform({ ...allFalse, informationIntermediary: true, startDate: "2016-01-01", endDate: "2017-09-30" }), "2018-01-01");
    expect(findings[2]).toMatchObject({ status: "violation", data: { end: "2017-09-30" } });
  });

  it("asks, per limb, for the activity facts it lacks, naming them exactly", () => {
    const findings = findingsOf(tradingPlatform, platform({ fiatTokenExchange: false, buysAndSells: true, pricingServices: false }), "2017-10-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["needs-info", ["token.trading.tokenTokenExchange"]],
      ["violation", []],
      ["needs-info", ["token.trading.informationIntermediary"]],
    ]);
    expect(findingOf(tradingPlatform, { operator: { registeredIn: "mainland" } }, "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.trading.operatesPlatform"],
    });
  });

  it("reports a platform that has not started as a risk", () => {
    const findings = findingsOf(tradingPlatform, platform({ ...allFalse, centralCounterparty: true, startDate: "2018-05-01" }), "2018-03-01");
    expect(findings[1]).toMatchObject({ status: "risk", messageId: "planned" });
    expect(findings[1]!.message.en).toContain("will act as central counterparty");
  });

  it("is not applicable with no platform, before 2017-09-04, and out of scope", () => {
    expect(findingOf(tradingPlatform, { operator: { registeredIn: "mainland" }, token: { trading: { operatesPlatform: false } } }, "2017-10-01")).toMatchObject({
      status: "not-applicable",
      messageId: "noPlatform",
    });
    expect(findingOf(tradingPlatform, platform({ ...allFalse, fiatTokenExchange: true }), "2017-08-01")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
      data: { from: "2017-09-04" },
    });
    expect(
      findingOf(tradingPlatform, { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { issued: false }, trading: { operatesPlatform: true } } }, "2017-10-01"),
    ).toMatchObject({ status: "not-applicable", messageId: "ico-scope-not-in-market" });
  });

  it("turns violations into risks for a platform abroad serving mainland users", () => {
    const findings = findingsOf(
      tradingPlatform,
      { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: true }, token: { trading: { operatesPlatform: true, ...allFalse, fiatTokenExchange: true } } },
      "2018-03-01",
    );
    expect(findings[0]).toMatchObject({ status: "risk" });
    expect(findings[0]!.interpretation?.en).toContain("probably reaching an operator abroad");
  });
});
