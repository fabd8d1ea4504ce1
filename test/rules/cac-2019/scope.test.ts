import { describe, expect, it } from "vitest";
import { cacScope } from "../../../rules/cac-2019/scope.js";
import { parseSubject } from "../../../src/index.js";

const scopeOf = (input: unknown) => cacScope(parseSubject(input));

describe("cac-2019 scope (Art. 2)", () => {
  it("applies to a public blockchain service provided from the mainland", () => {
    expect(scopeOf({ service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true } })).toEqual({ applies: true });
  });

  it("reads a mainland-registered operator as providing the service within the territory", () => {
    expect(scopeOf({ operator: { registeredIn: "mainland" }, service: { usesBlockchain: true, offeredToPublic: true } })).toEqual({ applies: true });
  });

  it("is out of scope, with the reason, when a known fact excludes it, even if others are unknown", () => {
    const notBlockchain = scopeOf({ service: { usesBlockchain: false } });
    expect(notBlockchain).toMatchObject({ applies: false, outcome: { status: "not-applicable", messageId: "scope-not-blockchain" } });
    const notPublic = scopeOf({ service: { offeredToPublic: false } });
    expect(notPublic).toMatchObject({ applies: false, outcome: { status: "not-applicable", messageId: "scope-not-public" } });
    const abroad = scopeOf({ service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: false } });
    expect(abroad).toMatchObject({ applies: false, outcome: { messageId: "scope-not-in-territory" } });
  });

  it("asks for every scope fact it lacks", () => {
    expect(scopeOf({})).toMatchObject({
      applies: false,
      outcome: { status: "needs-info", missing: [["service", "usesBlockchain"], ["service", "offeredToPublic"], ["service", "providedFromMainland"]] },
    });
    expect(scopeOf({ service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false } })).toMatchObject({
      applies: false,
      outcome: { status: "needs-info", missing: [["service", "servesMainlandUsers"]] },
    });
  });

  it("applies with a stated uncertainty to a foreign service that serves mainland users", () => {
    const result = scopeOf({ service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: true } });
    expect(result).toMatchObject({ applies: true, uncertainty: { interpretation: { en: expect.stringContaining("not settled") } } });
  });
});
