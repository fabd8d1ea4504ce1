import { describe, expect, it } from "vitest";
import { tokenIssuanceFinancing } from "../../../rules/ico-2017/token-issuance-financing.js";
import { icoScope } from "../../../rules/ico-2017/scope.js";
import { parseSubject } from "../../../src/index.js";
import { findingOf } from "../../helpers/run-rule.js";

const ranAcross = { issued: true, startDate: "2017-08-20", endDate: "2017-09-20", ongoing: false };

describe("ico-2017 scope (the mainland market)", () => {
  it("is in scope, without uncertainty, for an operator registered in the mainland, whoever its users are", () => {
    expect(icoScope(parseSubject({ operator: { registeredIn: "mainland" }, service: { servesMainlandUsers: false } }))).toEqual({ applies: true });
  });

  it("is not applicable to an operator abroad with no mainland users or investors, giving the reason", () => {
    const finding = findingOf(
      tokenIssuanceFinancing,
      { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { ...ranAcross, investorsIncludeMainland: false } } },
      "2017-10-01",
    );
    expect(finding).toMatchObject({ status: "not-applicable", messageId: "ico-scope-not-in-market" });
    expect(finding.message.en).toContain("registered outside the mainland (abroad)");
    expect(finding.citations[0]).toMatchObject({ instrument: "ico-2017", article: 2, paragraph: 1 });
    // No issuance at all answers the investors question too.
    const noIssuance = icoScope(parseSubject({ operator: { registeredIn: "hong-kong" }, service: { servesMainlandUsers: false }, token: { issuance: { issued: false } } }));
    expect(noIssuance.applies).toBe(false);
  });

  it("turns a violation into a risk for an operator abroad with mainland investors, stating the reading", () => {
    const finding = findingOf(
      tokenIssuanceFinancing,
      { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { ...ranAcross, investorsIncludeMainland: true } } },
      "2017-10-01",
    );
    expect(finding).toMatchObject({ status: "risk", messageId: "ranAfter" });
    expect(finding.interpretation?.en).toContain("registered outside the mainland (abroad)");
    expect(finding.interpretation?.en).toContain("organisations and individuals in China's market");
    expect(finding.evidence.map((e) => e.field)).toContain("operator.registeredIn");
  });

  it("treats Taiwan, Hong Kong and Macao as outside the mainland", () => {
    const result = icoScope(parseSubject({ operator: { registeredIn: "taiwan" }, service: { servesMainlandUsers: true } }));
    expect(result.applies).toBe(true);
    expect(result.applies && result.uncertainty?.interpretation.zh).toContain("台湾");
  });

  it("runs with a stated uncertainty when mainland users are known but the registration is not", () => {
    const finding = findingOf(tokenIssuanceFinancing, { service: { servesMainlandUsers: true }, token: { issuance: ranAcross } }, "2017-10-01");
    expect(finding.status).toBe("risk");
    expect(finding.interpretation?.en).toContain("is not stated (operator.registeredIn)");
  });

  it("asks for the registration and the mainland reach when they are missing", () => {
    expect(findingOf(tokenIssuanceFinancing, {}, "2017-10-01")).toMatchObject({
      status: "needs-info",
      messageId: "ico-scope-facts-missing",
      missingFacts: ["operator.registeredIn", "service.servesMainlandUsers", "token.issuance.investorsIncludeMainland"],
    });
    expect(findingOf(tokenIssuanceFinancing, { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { issuance: { issued: true } } }, "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["token.issuance.investorsIncludeMainland"],
    });
    expect(findingOf(tokenIssuanceFinancing, { service: { servesMainlandUsers: false }, token: { issuance: { issued: false } } }, "2017-10-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["operator.registeredIn"],
    });
  });
});
