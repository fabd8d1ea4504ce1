import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ico2017Rules } from "../../rules/ico-2017/index.js";
import { pboc2013Rules } from "../../rules/pboc-2013/index.js";
import { pboc2021Rules } from "../../rules/pboc-2021/index.js";
import { checkCompliance, type ComplianceReport } from "../../src/index.js";

function example(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../docs/examples/subjects/${name}.json`, import.meta.url), "utf8"));
}

/** `ruleId → [status, messageId]` for every finding, in report order. */
function outcomes(report: ComplianceReport): [string, string, string][] {
  return report.findings.map((f) => [f.ruleId, f.status, f.messageId]);
}

const ico = (name: string, asOf: string) => checkCompliance(example(name), { asOf, ruleSet: ico2017Rules });

describe("ICO 2017 example subjects (docs/examples/subjects)", () => {
  it("ico-across-2017-09-04: a token sale that ran across the Announcement, with no refunds", () => {
    const report = ico("ico-across-2017-09-04", "2017-10-01");
    expect(outcomes(report)).toEqual([
      ["ico-2017/financial-institutions", "not-applicable", "notInstitution"],
      ["ico-2017/not-legal-tender", "pass", "notAsMoney"],
      ["ico-2017/refund-arrangements", "violation", "notArrangedAfter"],
      ["ico-2017/token-issuance-financing", "violation", "ranAfter"],
      ["ico-2017/trading-platform", "not-applicable", "noPlatform"],
    ]);
    expect(report.summary).toMatchObject({ verdict: "non-compliant", failing: 2 });
    expect(report.findings[3]!.message.en).toContain("ran from 2017-08-20 to 2017-09-20");
  });

  it("exchange-fiat-2018: fiat-to-token and token-to-token exchange (limb a) in 2018", () => {
    const report = ico("exchange-fiat-2018", "2018-06-01");
    expect(outcomes(report)).toEqual([
      ["ico-2017/financial-institutions", "not-applicable", "notInstitution"],
      ["ico-2017/not-legal-tender", "pass", "notAsMoney"],
      ["ico-2017/refund-arrangements", "not-applicable", "noIssuance"],
      ["ico-2017/token-issuance-financing", "pass", "noIssuance"],
      ["ico-2017/trading-platform", "violation", "prohibited"],
      ["ico-2017/trading-platform", "pass", "none"],
      ["ico-2017/trading-platform", "pass", "none"],
    ]);
    expect(report.findings[4]!.data.activities).toBe("exchanges legal tender for tokens or virtual currencies and exchanges tokens or virtual currencies for one another");
  });

  it("token-ccp-platform: token-to-token exchange, central counterparty and pricing, wound down after the Announcement", () => {
    const report = ico("token-ccp-platform", "2018-01-01");
    const platform = report.findings.filter((f) => f.ruleId === "ico-2017/trading-platform");
    expect(platform.map((f) => [f.data.limb, f.status])).toEqual([
      ["a", "violation"],
      ["b", "violation"],
      ["c", "violation"],
    ]);
    expect(platform[1]!.message.en).toContain("acts as central counterparty to trades");
    expect(platform[1]!.message.en).toContain("trading from 2017-03-01 to 2017-10-31");
    expect(report.summary.failing).toBe(3);
  });

  it("payment-company-settling: a non-bank payment institution settling for a token exchange", () => {
    const report = ico("payment-company-settling", "2018-01-01");
    expect(outcomes(report)).toEqual([
      ["ico-2017/financial-institutions", "violation", "prohibited"],
      ["ico-2017/not-legal-tender", "pass", "notAsMoney"],
      ["ico-2017/refund-arrangements", "not-applicable", "noIssuance"],
      ["ico-2017/token-issuance-financing", "pass", "noIssuance"],
      ["ico-2017/trading-platform", "not-applicable", "noPlatform"],
    ]);
    expect(report.findings[0]!.message.en).toContain("a non-bank payment institution, provides settlement");
  });

  it("supply-chain-no-token: every ICO rule is not applicable or passes", () => {
    const report = ico("supply-chain-no-token", "2020-01-01");
    expect(report.findings).toHaveLength(5);
    expect(report.findings.every((f) => f.status === "pass" || f.status === "not-applicable")).toBe(true);
    expect(report.summary).toMatchObject({ verdict: "compliant", failing: 0 });
    expect(report.missingFacts).toEqual([]);
  });
});

describe("as-of story: the same exchange in 2017, after the Announcement, and in 2021", () => {
  const ruleSet = [...ico2017Rules, ...pboc2013Rules, ...pboc2021Rules];
  const exchange = example("exchange-fiat-2018");
  const run = (asOf: string) => checkCompliance(exchange, { asOf, ruleSet });
  const byInstrument = (report: ComplianceReport, prefix: string) => report.findings.filter((f) => f.ruleId.startsWith(`${prefix}/`));

  it("2017-08-01: the ICO rules are not yet in force; the 2013 Notice applies", () => {
    const report = run("2017-08-01");
    for (const finding of byInstrument(report, "ico-2017")) {
      expect(finding).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force", data: { from: "2017-09-04" } });
    }
    for (const finding of byInstrument(report, "pboc-2021")) expect(finding.messageId).toBe("not-yet-in-force");
    const pboc2013 = byInstrument(report, "pboc-2013");
    expect(pboc2013.map((f) => [f.ruleId, f.status, f.messageId])).toEqual([
      ["pboc-2013/customer-identification", "pass", "identified"],
      ["pboc-2013/financial-institutions", "not-applicable", "notInstitution"],
      ["pboc-2013/payment-acceptance", "not-applicable", "notInstitution"],
    ]);
    expect(pboc2013.every((f) => f.citations.every((c) => c.instrument === "pboc-2013"))).toBe(true);
    expect(report.summary.verdict).toBe("compliant");
  });

  it("2017-10-01: the Announcement is in force and the fiat exchange violates §3 ¶1", () => {
    const report = run("2017-10-01");
    const violations = report.findings.filter((f) => f.status === "violation");
    expect(violations.map((f) => f.ruleId)).toEqual(["ico-2017/trading-platform"]);
    expect(violations[0]!.citations.map((c) => `${c.instrument} §${c.article} ¶${c.paragraph}`)).toEqual(["ico-2017 §3 ¶1"]);
    for (const finding of byInstrument(report, "pboc-2021")) expect(finding.messageId).toBe("not-yet-in-force");
    expect(report.summary.verdict).toBe("non-compliant");
  });

  it("2021-10-01: the 2021 Notice applies as well, each finding citing its own instrument", () => {
    const report = run("2021-10-01");
    const violations = report.findings.filter((f) => f.status === "violation");
    expect(violations.map((f) => [f.ruleId, f.messageId])).toEqual([
      ["ico-2017/trading-platform", "prohibited"],
      ["pboc-2021/virtual-currency-business", "platformActivity"],
    ]);
    expect(violations[1]!.citations.map((c) => `${c.instrument} §${c.article} ¶${c.paragraph}`)).toEqual(["pboc-2021 §2 ¶1"]);
    expect(byInstrument(report, "pboc-2021").map((f) => [f.ruleId, f.status, f.messageId])).toEqual([
      ["pboc-2021/financial-institutions", "not-applicable", "notInstitution"],
      ["pboc-2021/overseas-exchange-services", "not-applicable", "mainlandOperator"],
      ["pboc-2021/virtual-currency-business", "violation", "platformActivity"],
      ["pboc-2021/virtual-currency-business", "pass", "noIssuance"],
    ]);
    for (const finding of report.findings) {
      const prefix = finding.ruleId.slice(0, finding.ruleId.indexOf("/"));
      expect(finding.citations.every((c) => c.instrument === prefix)).toBe(true);
    }
  });
});

describe("each rule's own examples (ico-2017, pboc-2013, pboc-2021)", () => {
  for (const rule of [...ico2017Rules, ...pboc2013Rules, ...pboc2021Rules]) {
    it(`${rule.id}: the pass example passes and the fail example fails`, () => {
      const { asOf, pass, fail } = rule.examples!;
      const passed = checkCompliance(pass, { asOf, ruleSet: [rule] }).findings;
      expect(passed.length).toBeGreaterThan(0);
      expect(passed.every((f) => f.status === "pass")).toBe(true);
      const failed = checkCompliance(fail, { asOf, ruleSet: [rule] }).findings;
      expect(failed.some((f) => f.status === "violation" || f.status === "risk")).toBe(true);
    });
  }
});
