import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Log, ReportingDescriptor, Result } from "sarif";
import { describe, expect, it } from "vitest";
import { defineRule, formatReport, formatReports, rules, TOOL } from "../../src/index.js";
import { brokenRule, echoRule, example, fixtureReport, startRule } from "./fixtures.js";
import { createLocator } from "../../src/cli/locate.js";

/**
 * The SARIF 2.1.0 JSON Schema (OASIS 2.1.0-rtm.5, the final 2.1.0 schema, draft-04) as Microsoft's
 * @microsoft/jest-sarif ships it; validated with Ajv's draft-04 build.
 */
const require = createRequire(import.meta.url);
const { default: Ajv } = require("ajv-draft-04") as typeof import("ajv-draft-04");
const schemaFile = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
// The schema's language-tag pattern is not valid under the u flag, so patterns are compiled without it.
const validateSarifSchema = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaFile, "utf8")));

/**
 * Beyond the schema, the properties GitHub code scanning marks as required (TOOLCHAIN.md §8) and the
 * SARIF constraints we rely on.
 */
function assertGithubSarif(log: Log): void {
  const nonEmpty = (value: unknown, what: string): void => {
    expect(typeof value, what).toBe("string");
    expect((value as string).trim().length, `${what} is empty`).toBeGreaterThan(0);
  };
  expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
  expect(log.version).toBe("2.1.0");
  expect(Array.isArray(log.runs)).toBe(true);
  expect(log.runs).toHaveLength(1);
  for (const run of log.runs) {
    const driver = run.tool.driver;
    nonEmpty(driver.name, "tool.driver.name");
    expect(Array.isArray(driver.rules)).toBe(true);
    if (driver.informationUri !== undefined) expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = new Set<string>();
    for (const rule of driver.rules ?? []) {
      nonEmpty(rule.id, "rule.id");
      expect(ids.has(rule.id), `duplicate rule ${rule.id}`).toBe(false);
      ids.add(rule.id);
      nonEmpty(rule.shortDescription?.text, `${rule.id} shortDescription.text`);
      nonEmpty(rule.fullDescription?.text, `${rule.id} fullDescription.text`);
      nonEmpty(rule.help?.text, `${rule.id} help.text`);
      expect(rule.shortDescription!.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription!.text.length).toBeLessThanOrEqual(1024);
      if (rule.name !== undefined) expect(rule.name.length).toBeLessThanOrEqual(255);
      expect(["note", "warning", "error"]).toContain(rule.defaultConfiguration?.level);
      expect(rule.helpUri, "helpUri is an absolute URI").toMatch(/^https:\/\/\S+$/);
    }
    expect(Array.isArray(run.results)).toBe(true);
    for (const result of run.results ?? []) {
      nonEmpty(result.message.text, "result.message.text");
      expect(ids.has(result.ruleId!), `result's rule ${result.ruleId} is described`).toBe(true);
      expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(["note", "warning", "error"]).toContain(result.level);
      expect(result.locations!.length).toBeGreaterThanOrEqual(1);
      expect(result.locations!.length).toBeLessThanOrEqual(10);
      const physical = result.locations![0]!.physicalLocation!;
      nonEmpty(physical.artifactLocation!.uri, "artifactLocation.uri");
      expect(physical.artifactLocation!.uri).not.toMatch(/^\/|\\/);
      const region = physical.region!;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine!);
      nonEmpty(result.partialFingerprints?.primaryLocationLineHash, "partialFingerprints.primaryLocationLineHash");
      for (const suppression of result.suppressions ?? []) {
        expect(suppression.kind).toBe("external");
        nonEmpty(suppression.justification, "suppression.justification");
      }
    }
  }
}

function sarif(text: string): Log {
  const log = JSON.parse(text) as Log;
  const valid = validateSarifSchema(log);
  expect(validateSarifSchema.errors ?? [], "valid against the SARIF 2.1.0 JSON Schema").toEqual([]);
  expect(valid).toBe(true);
  assertGithubSarif(log);
  return log;
}

const results = (log: Log): Result[] => log.runs[0]!.results ?? [];

describe("sarif format", () => {
  it("rejects what the schema rejects (the validator is live)", () => {
    expect(validateSarifSchema({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarifSchema({ version: "2.0.0", runs: [] })).toBe(false);
  });

  it("is SARIF 2.1.0 that GitHub code scanning accepts, with every rule that ran", () => {
    const { report, text, uri } = example("consumer-app-late-filing");
    const log = sarif(formatReport(report, "sarif", { artifactUri: uri, locate: createLocator(text) }));
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: TOOL.name, version: TOOL.version });
    expect(driver.rules!.map((rule) => rule.id)).toEqual(report.rules);
    const deadline = driver.rules!.find((rule) => rule.id === "cac-2019/filing-deadline")!;
    const definition = rules.find((rule) => rule.id === "cac-2019/filing-deadline")!;
    expect(deadline).toMatchObject<Partial<ReportingDescriptor>>({
      name: "FilingDeadline",
      shortDescription: { text: definition.title.en },
      fullDescription: { text: definition.description.en },
      helpUri: `https://unpkg.com/${TOOL.name}@${TOOL.version}/docs/rules/cac-2019/filing-deadline.md`,
      defaultConfiguration: { level: "error" },
    });
    expect(deadline.help!.text).toContain("区块链信息服务提供者应当在提供服务之日起十个工作日内");
    expect(deadline.help!.markdown).toContain("**Cites:**");
    expect(deadline.help!.text).toMatch(/Penalties:\n- .*Art\. 22/);
  });

  it("has results for violations, risks and missing facts, none for passes and not-applicable", () => {
    const { report, text, uri } = example("consumer-app-late-filing");
    const log = sarif(formatReport(report, "sarif", { artifactUri: uri, locate: createLocator(text) }));
    const expected = report.findings.filter((f) => ["violation", "risk", "needs-info", "waived"].includes(f.status));
    expect(results(log).map((r) => r.ruleId)).toEqual(expected.map((f) => f.ruleId));
    const deadline = results(log).find((r) => r.ruleId === "cac-2019/filing-deadline")!;
    expect(deadline.level).toBe("error");
    expect(deadline.message.text).toContain("2 working days after the deadline of 2019-10-15");
    expect(deadline.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe(uri);
    // "startDate" on line 10, column 5 of the example; the region ends after its value.
    const lines = text.split("\n");
    expect(lines[9]!.indexOf('"startDate"') + 1).toBe(5);
    expect(deadline.locations![0]!.physicalLocation!.region).toEqual({ startLine: 10, startColumn: 5, endLine: 10, endColumn: 30 });
    expect(results(log).filter((r) => r.properties?.status === "needs-info").every((r) => r.level === "note")).toBe(true);
  });

  it("maps status and severity to levels: failing error, warn-level warning, missing fact note", () => {
    const report = fixtureReport({ name: "maybe", service: { startDate: "2019-07-01" } });
    const log = sarif(formatReport(report, "sarif"));
    expect(results(log).map((r) => [r.ruleId, r.properties?.status, r.level])).toEqual([
      ["fmt/echo", "risk", "error"],
      ["fmt/start", "violation", "warning"],
    ]);
    const missing = sarif(formatReport(fixtureReport({}), "sarif"));
    expect(results(missing).map((r) => r.level)).toEqual(["note", "note"]);
  });

  it("locates evidence in YAML too, and falls back to line 1 column 1", () => {
    const yamlText = "# subject\nname: Acme\nservice:\n  startDate: 2019-07-01\n";
    const report = fixtureReport({ name: "Acme", service: { startDate: "2019-07-01" } });
    const log = sarif(formatReport(report, "sarif", { artifactUri: "acme.yaml", locate: createLocator(yamlText) }));
    expect(results(log).map((r) => r.locations![0]!.physicalLocation!.region)).toEqual([
      { startLine: 2, startColumn: 1, endLine: 2, endColumn: 11 },
      { startLine: 4, startColumn: 3, endLine: 4, endColumn: 24 },
    ]);
    const noSource = sarif(formatReport(report, "sarif", { artifactUri: "acme.yaml" }));
    expect(results(noSource).map((r) => r.locations![0]!.physicalLocation!.region)).toEqual([
      { startLine: 1, startColumn: 1 },
      { startLine: 1, startColumn: 1 },
    ]);
    const broken = sarif(formatReport(report, "sarif", { artifactUri: "acme.yaml", locate: createLocator("name: [unclosed") }));
    expect(results(broken)[0]!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 1, startColumn: 1 });
    expect(results(noSource)[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("acme.yaml");
    expect(results(sarif(formatReport(report, "sarif")))[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe("subject.json");
  });

  it("points a missing fact at its nearest parent that is there", () => {
    const yamlText = "# no start date yet\nservice:\n  usesBlockchain: true\n";
    const report = fixtureReport({ service: { usesBlockchain: true } });
    const log = sarif(formatReport(report, "sarif", { locate: createLocator(yamlText) }));
    const start = results(log).find((r) => r.ruleId === "fmt/start")!;
    expect(start.locations![0]!.physicalLocation!.region).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 8 });
  });

  it("gives stable, distinct fingerprints: same across runs, different per finding", () => {
    const { report, text, uri } = example("consumer-app-late-filing");
    const once = results(sarif(formatReport(report, "sarif", { artifactUri: uri, locate: createLocator(text) })));
    const again = results(sarif(formatReport(example("consumer-app-late-filing").report, "sarif", { artifactUri: uri })));
    const hashes = once.map((r) => r.partialFingerprints!.primaryLocationLineHash);
    expect(again.map((r) => r.partialFingerprints!.primaryLocationLineHash)).toEqual(hashes);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}:\d+$/);
    // A later date changes the message's data, not the fingerprint.
    const later = results(sarif(formatReport(example("consumer-app-late-filing", "2019-12-02").report, "sarif", { artifactUri: uri })));
    const deadline = (rs: Result[]) => rs.find((r) => r.ruleId === "cac-2019/filing-deadline")!.partialFingerprints;
    expect(deadline(later)).toEqual(deadline(once));
  });

  it("reports waived findings as suppressed results with the justification", () => {
    const waiver = { rule: "fmt/echo", justification: "Approved name", approvedBy: "CLO", expires: "2020-01-31" };
    const log = sarif(formatReport(fixtureReport({ name: "Acme" }, { waivers: [waiver] }), "sarif"));
    const echo = results(log).find((r) => r.ruleId === "fmt/echo")!;
    expect(echo.suppressions).toEqual([{ kind: "external", status: "accepted", justification: "Approved name (approved by CLO; expires 2020-01-31)" }]);
    expect(echo.properties?.status).toBe("waived");
    const expired = sarif(formatReport(fixtureReport({ name: "Acme" }, { waivers: [waiver], asOf: "2020-02-01" }), "sarif"));
    const still = results(expired).find((r) => r.ruleId === "fmt/echo")!;
    expect(still.suppressions).toBeUndefined();
    expect(still.message.text).toContain("waiver expired on 2020-01-31");
  });

  it("puts several subjects in one run, and rule errors in the invocation's notifications", () => {
    const a = fixtureReport({ name: "A" }, { ruleSet: [brokenRule, echoRule] });
    const b = fixtureReport({ name: "B", service: { startDate: "2019-07-01" } }, { ruleSet: [echoRule, startRule] });
    const log = sarif(formatReports([{ report: a, artifactUri: "a.json" }, { report: b, artifactUri: "b.yaml" }], "sarif"));
    expect(log.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual(["fmt/broken", "fmt/echo", "fmt/start"]);
    expect(results(log).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri)).toEqual(["a.json", "b.yaml", "b.yaml"]);
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications!.map((n) => n.descriptor?.id)).toEqual(["fmt/broken"]);
  });

  it("describes a custom rule from the options, or from its findings", () => {
    const custom = defineRule({ ...echoRule, id: "acme/echo", description: { en: "Acme's echo.", zh: "回显。" } });
    const report = fixtureReport({ name: "A" }, { ruleSet: [custom] });
    const described = sarif(formatReport(report, "sarif", { rules: [custom] })).runs[0]!.tool.driver.rules![0]!;
    expect(described.fullDescription!.text).toBe("Acme's echo.");
    const fallback = sarif(formatReport(report, "sarif")).runs[0]!.tool.driver.rules![0]!;
    expect(fallback.shortDescription!.text).toBe("Echo <the> name");
  });

  it("writes messages in Chinese with locale zh, and honours helpBaseUri", () => {
    const log = sarif(formatReport(fixtureReport({ name: "A" }), "sarif", { locale: "zh", helpBaseUri: "https://example.com/repo/blob/main/" }));
    expect(results(log)[0]!.message.text).toContain("名称为A。");
    expect(log.runs[0]!.tool.driver.rules![0]!.helpUri).toBe("https://example.com/repo/blob/main/docs/rules/fmt/echo.md");
  });
});
