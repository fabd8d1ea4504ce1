import { describe, expect, it } from "vitest";
import { overseasExchangeServices } from "../../../rules/pboc-2021/overseas-exchange-services.js";
import { findingOf } from "../../helpers/run-rule.js";

const exchange = (servesMainlandUsers: boolean | undefined, trading: Record<string, unknown> = {}, registeredIn = "abroad") => ({
  operator: { registeredIn },
  ...(servesMainlandUsers === undefined ? {} : { service: { servesMainlandUsers } }),
  token: { trading: { operatesPlatform: true, ...trading } },
});

describe("pboc-2021/overseas-exchange-services (§3 ¶1, substance only)", () => {
  it("is a violation (not a risk: §3 names this case) for an exchange abroad serving mainland users after 2021-09-15", () => {
    const finding = findingOf(overseasExchangeServices, exchange(true, { startDate: "2018-01-01" }), "2021-10-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "servesMainland" });
    expect(finding.interpretation).toBeUndefined();
    expect(finding.citations[0]).toMatchObject({ instrument: "pboc-2021", article: 3, paragraph: 1, textStatus: "substance-only", verified: false });
    expect(finding.penalties).toBeUndefined();
  });

  it("passes an exchange abroad with no mainland users, or one that stopped before 2021-09-15", () => {
    expect(findingOf(overseasExchangeServices, exchange(false), "2021-10-01")).toMatchObject({ status: "pass", messageId: "noMainlandUsers" });
    expect(findingOf(overseasExchangeServices, exchange(true, { endDate: "2021-09-01" }, "hong-kong"), "2021-10-01")).toMatchObject({ status: "pass", messageId: "stoppedBefore" });
  });

  it("asks for the registration, the platform and the mainland users", () => {
    expect(findingOf(overseasExchangeServices, { token: {} }, "2021-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["operator.registeredIn", "token.trading.operatesPlatform", "service.servesMainlandUsers"],
    });
    expect(findingOf(overseasExchangeServices, exchange(undefined), "2021-10-01")).toMatchObject({ status: "needs-info", missingFacts: ["service.servesMainlandUsers"] });
  });

  it("is not applicable to a mainland operator, to a non-platform, and before 2021-09-15", () => {
    expect(findingOf(overseasExchangeServices, exchange(true, {}, "mainland"), "2021-10-01")).toMatchObject({ status: "not-applicable", messageId: "mainlandOperator" });
    expect(findingOf(overseasExchangeServices, { operator: { registeredIn: "abroad" }, token: { trading: { operatesPlatform: false } } }, "2021-10-01")).toMatchObject({
      status: "not-applicable",
      messageId: "noPlatform",
    });
    expect(findingOf(overseasExchangeServices, exchange(true), "2021-01-01")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
  });
});
