import { describe, expect, it } from "vitest";
import {
  checkCompliance,
  defineRule,
  InvalidOptionsError,
  InvalidRuleError,
  InvalidSubjectError,
  makeOutcome,
  safeCheckCompliance,
} from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { namedRule, startedRule, throwingRule } from "./fixtures.js";

const ruleSet = [startedRule, namedRule];

describe("rule selection and options", () => {
  it("runs the given rule set, sorted by id", () => {
    const report = checkCompliance({}, { asOf: "2020-01-01", ruleSet: [startedRule, namedRule] });
    expect(report.rules).toEqual(["test/named", "test/started"]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(["test/named", "test/started"]);
  });

  it("turns rules off, to warn, or to error", () => {
    const subject = { name: "x", service: { startDate: "2019-03-01" } };
    const off = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, rules: { "test/named": "off" } });
    expect(off.rules).toEqual(["test/started"]);
    const warned = checkCompliance(subject, { asOf: "2020-01-01", ruleSet, rules: { "test/named": "warn" } });
    expect(warned.findings.find((f) => f.ruleId === "test/named")).toMatchObject({ status: "violation", severity: "warn" });
    expect(warned.summary).toMatchObject({ failing: 0, verdict: "compliant" });
    const errored = checkCompliance(subject, { asOf: "2020-01-01", ruleSet });
    expect(errored.summary).toMatchObject({ failing: 1, verdict: "non-compliant" });
  });

  it("adds extra rules to a rule set", () => {
    const report = checkCompliance({}, { asOf: "2020-01-01", ruleSet: [startedRule], extraRules: [namedRule] });
    expect(report.rules).toEqual(["test/named", "test/started"]);
  });

  it("rejects an unknown rule id, a bad level, a bad asOf and an unknown preset, naming each", () => {
    const attempt = (options: unknown) => {
      const result = safeCheckCompliance({}, options as never);
      if (result.ok) throw new Error("expected invalid options");
      expect(result.error).toBeInstanceOf(InvalidOptionsError);
      return result.error.issues;
    };
    expect(attempt({ ruleSet, rules: { "test/nope": "off" } })[0]).toMatchObject({ path: ["rules", "test/nope"], message: expect.stringMatching(/^unknown rule id/) });
    expect(attempt({ ruleSet, rules: { "test/named": "loud" } })[0]!.path).toEqual(["rules", "test/named"]);
    expect(attempt({ asOf: "2019-02-30" })[0]!.path).toEqual(["asOf"]);
    expect(attempt({ preset: "strict" })[0]!.path).toEqual(["preset"]);
    expect(attempt({ ruleSet: [{ id: "x" }] })[0]!.path).toEqual(["ruleSet", 0]);
    expect(attempt({ colour: true })[0]!.path).toEqual(["colour"]);
  });

  it("rejects two different rules with one id", () => {
    const copy = defineRule({ ...startedRule, id: "test/started" });
    expect(() => checkCompliance({}, { ruleSet: [startedRule], extraRules: [copy] })).toThrowError(/share the id "test\/started"/);
  });
});

describe("asOf and the dates a rule is in force", () => {
  it("is not-applicable before appliesFrom and after appliesUntil, saying so", () => {
    const before = checkCompliance({ name: "x" }, { asOf: "2019-02-14", ruleSet });
    expect(before.findings.find((f) => f.ruleId === "test/started")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
      message: { en: "Not applicable as of 2019-02-14: the obligation is in force from 2019-02-15." },
    });
    const after = checkCompliance({ name: "x" }, { asOf: "2031-01-01", ruleSet });
    expect(after.findings.find((f) => f.ruleId === "test/named")).toMatchObject({ status: "not-applicable", messageId: "no-longer-in-force" });
  });

  it("passes asOf to the rule", () => {
    const subject = { service: { startDate: "2019-06-01" } };
    expect(checkCompliance(subject, { asOf: "2019-05-01", ruleSet: [startedRule] }).findings[0]!.status).toBe("violation");
    expect(checkCompliance(subject, { asOf: "2019-06-01", ruleSet: [startedRule] }).findings[0]!.status).toBe("pass");
  });

  it("defaults asOf to today in Beijing", () => {
    expect(checkCompliance({}, { ruleSet }).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe("findings", () => {
  it("renders messages in both languages, with evidence and resolved citations", () => {
    const report = checkCompliance({ name: "Acme", service: { startDate: "2019-03-01" } }, { asOf: "2020-01-01", ruleSet });
    const named = report.findings.find((f) => f.ruleId === "test/named")!;
    expect(named).toMatchObject({
      status: "violation",
      severity: "error",
      messageId: "named",
      data: { name: "Acme" },
      message: { en: "Named Acme.", zh: "名称为Acme。" },
      evidence: [{ path: ["name"], field: "name", value: "Acme" }],
      missingFacts: [],
    });
    expect(named.citations[0]).toMatchObject({ instrument: "cac-2019", article: 11, paragraph: 1 });
    expect(named.citations[0]!.text.zh).toMatch(/^区块链信息服务提供者应当在提供服务之日起十个工作日内/);
    expect(named.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-22"]);
    const started = report.findings.find((f) => f.ruleId === "test/started")!;
    expect(started.status).toBe("pass");
    expect(started.penalties).toBeUndefined();
  });

  it("carries the interpretation of a risk", () => {
    const report = checkCompliance({ name: "maybe" }, { asOf: "2020-01-01", ruleSet: [namedRule] });
    expect(report.findings[0]).toMatchObject({ status: "risk", interpretation: { en: "Read as named." } });
    expect(report.summary.verdict).toBe("non-compliant");
  });

  it("lists missing facts once, with questions and the rules that need them", () => {
    const report = checkCompliance({}, { asOf: "2020-01-01", ruleSet });
    expect(report.summary.verdict).toBe("incomplete");
    expect(report.findings.every((f) => f.status === "needs-info")).toBe(true);
    expect(report.missingFacts).toEqual([
      { field: "name", path: ["name"], question: { en: "What is the service or project called?", zh: "该服务或项目的名称是什么？" }, neededBy: ["test/named"] },
      {
        field: "service.startDate",
        path: ["service", "startDate"],
        question: { en: "On what date did the service start?", zh: "该服务从哪一天开始提供？" },
        neededBy: ["test/named", "test/started"],
      },
    ]);
    expect(report.findings[0]!.message.en).toBe("Cannot decide without these facts: name, service.startDate.");
  });

  it("reports a throwing rule as an error finding and runs the others", () => {
    const report = checkCompliance({ service: { startDate: "2019-03-01" } }, { asOf: "2020-01-01", ruleSet: [throwingRule, startedRule] });
    expect(report.findings.map((f) => [f.ruleId, f.status])).toEqual([
      ["test/started", "pass"],
      ["test/throws", "error"],
    ]);
    expect(report.findings[1]!.message.en).toContain("boom");
    expect(report.summary).toMatchObject({ failing: 1, verdict: "non-compliant" });
  });

  it("downgrades violations to risks when the pack's scope is uncertain, and stops at an out-of-scope decision", () => {
    const interpretation = { en: "Scope unclear.", zh: "适用范围不明。" };
    const scoped = defineRule({
      ...namedRule,
      id: "test/scoped",
      scope: (subject) =>
        subject.service?.servesMainlandUsers === false
          ? { applies: false, outcome: makeOutcome("not-applicable", "out", { en: "Out.", zh: "不适用。" }) }
          : { applies: true, uncertainty: { interpretation, evidence: [["service", "servesMainlandUsers"]] } },
    });
    const risky = checkCompliance({ name: "x", service: { servesMainlandUsers: true } }, { asOf: "2020-01-01", ruleSet: [scoped] });
    expect(risky.findings[0]).toMatchObject({ status: "risk", interpretation });
    const out = checkCompliance({ name: "x", service: { servesMainlandUsers: false } }, { asOf: "2020-01-01", ruleSet: [scoped] });
    expect(out.findings[0]).toMatchObject({ status: "not-applicable", messageId: "out" });
  });
});

describe("contracts", () => {
  const subject = { name: "Acme", service: { startDate: "2019-10-01T09:00:00+08:00", channels: [{ type: "website", address: "https://a.cn" }] } };

  it("is deterministic, byte for byte, whatever the key order of the input", () => {
    const a = JSON.stringify(checkCompliance(subject, { asOf: "2020-01-01", ruleSet }));
    const reordered = { service: { channels: [{ address: "https://a.cn", type: "website" }], startDate: "2019-10-01T09:00:00+08:00" }, name: "Acme" };
    const b = JSON.stringify(checkCompliance(reordered, { asOf: "2020-01-01", ruleSet: [namedRule, startedRule] }));
    expect(b).toBe(a);
  });

  it("never mutates the subject or the options", () => {
    const frozenSubject = deepFreeze(structuredClone(subject));
    const options = deepFreeze({ asOf: "2020-01-01", ruleSet, rules: { "test/named": "warn" as const } });
    expect(() => checkCompliance(frozenSubject, options)).not.toThrow();
    expect(frozenSubject).toEqual(subject);
  });

  it("throws InvalidSubjectError for a bad subject, and the safe variant returns it", () => {
    expect(() => checkCompliance({ service: { startDate: 1 } }, { ruleSet })).toThrowError(InvalidSubjectError);
    const result = safeCheckCompliance({ service: { startDate: 1 } }, { ruleSet });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues[0]!.path).toEqual(["service", "startDate"]);
  });
});

describe("defineRule", () => {
  const base = { title: { en: "t", zh: "t" }, description: { en: "d", zh: "d" }, messages: { m: { en: "m", zh: "m" } }, evaluate: () => { throw new Error("unused"); } };

  it("rejects a citation the corpus does not have, naming it", () => {
    expect(() => defineRule({ ...base, id: "test/bad-article", cites: [{ instrument: "cac-2019", article: 99 }] })).toThrowError(
      /test\/bad-article: cites cac-2019 article 99/,
    );
    expect(() => defineRule({ ...base, id: "test/bad-paragraph", cites: [{ instrument: "cac-2019", article: 11, paragraph: 4 }] })).toThrowError(
      InvalidRuleError,
    );
    expect(() => defineRule({ ...base, id: "test/bad-instrument", cites: [{ instrument: "cac-2020", article: 1 }] })).toThrowError(/cac-2020/);
  });

  it("rejects a bad id, bad dates and empty messages", () => {
    expect(() => defineRule({ ...base, id: "NoNamespace", cites: [] })).toThrowError(/kebab-case/);
    expect(() => defineRule({ ...base, id: "test/dates", cites: [], appliesFrom: "2019-13-01" })).toThrowError(/appliesFrom/);
    expect(() => defineRule({ ...base, id: "test/msg", cites: [], messages: { m: { en: "", zh: "x" } } })).toThrowError(/message "m"/);
  });

  it("returns a frozen rule with its citations and penalties resolved", () => {
    expect(Object.isFrozen(startedRule)).toBe(true);
    expect(startedRule.namespace).toBe("test");
    expect(startedRule.citations[0]!.label.zh).toBe("《区块链信息服务管理规定》第十一条第一款");
    expect(startedRule.penaltyProvisions.map((p) => p.id)).toEqual(["cac-2019/art-22"]);
  });
});
