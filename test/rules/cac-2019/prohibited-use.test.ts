import { describe, expect, it } from "vitest";
import { prohibitedUse } from "../../../rules/cac-2019/prohibited-use.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 10, paragraph: 1 };

describe("cac-2019/prohibited-use (Art. 10)", () => {
  it("passes on the operator's declaration with no known incident", () => {
    const finding = findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { declaresNone: true, incidentsKnown: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "declaredClean" });
    expect(finding.citations[0]).toMatchObject({ ...cited, textStatus: "one-copy" });
    expect(finding.citations[0]!.text.zh).toContain("不得利用区块链信息服务制作、复制、发布、传播");
  });

  it("is a violation when the provider is known to be involved, with the Art. 21 penalty from the corpus", () => {
    const finding = findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { declaresNone: true, incidentsKnown: true, incidentsBy: ["provider", "user"] } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "incidentsKnown" });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-21"]);
    expect(finding.penalties?.[0]).toMatchObject({ article: 21, fineCny: { min: 20000, max: 30000 }, mappingVerified: true, textStatus: "substance-only" });
    // A known incident decides it: the declaration is not asked for.
    expect(findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { incidentsKnown: true, incidentsBy: ["provider"] } }, "2020-01-01")).toMatchObject({
      status: "violation",
      missingFacts: [],
    });
  });

  it("reports users' misuse as a risk for the provider, pointing to its Art. 16 duty", () => {
    const finding = findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { incidentsKnown: true, incidentsBy: ["user"] } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "incidentsByUsers" });
    expect(finding.interpretation?.en).toContain("cac-2019/violating-users");
  });

  it("reports an incident as a violation while it is not known who was involved, and asks", () => {
    const findings = findingsOf(prohibitedUse, { service: inCacScope, prohibitedUse: { incidentsKnown: true } }, "2020-01-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([["violation", []], ["needs-info", ["prohibitedUse.incidentsBy"]]]);
  });

  it("is a risk, stating its reading, when the operator does not declare", () => {
    const finding = findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { declaresNone: false, incidentsKnown: false } }, "2020-01-01");
    expect(finding).toMatchObject({ status: "risk", messageId: "noDeclaration" });
    expect(finding.interpretation?.en).toContain("it does not require a declaration");
    expect(finding.penalties?.[0]?.id).toBe("cac-2019/art-21");
  });

  it("asks for the declaration and the incidents, exactly, and never guesses from other facts", () => {
    expect(findingOf(prohibitedUse, { service: inCacScope, managementSystems: { informationReview: true } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["prohibitedUse.declaresNone", "prohibitedUse.incidentsKnown"],
    });
    expect(findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { declaresNone: true } }, "2020-01-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["prohibitedUse.incidentsKnown"],
    });
    const findings = findingsOf(prohibitedUse, { service: inCacScope, prohibitedUse: { declaresNone: false } }, "2020-01-01");
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["risk", []],
      ["needs-info", ["prohibitedUse.incidentsKnown"]],
    ]);
  });

  it("is not applicable before 2019-02-15 and out of scope", () => {
    expect(findingOf(prohibitedUse, { service: inCacScope, prohibitedUse: { incidentsKnown: true } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(prohibitedUse, { service: { ...inCacScope, usesBlockchain: false }, prohibitedUse: { incidentsKnown: true } }, "2020-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-blockchain",
    });
  });

  it("has examples that pass and fail", () => {
    const { asOf, pass, fail } = prohibitedUse.examples!;
    expect(findingOf(prohibitedUse, pass, asOf).status).toBe("pass");
    expect(findingOf(prohibitedUse, fail, asOf).status).toBe("violation");
  });
});
