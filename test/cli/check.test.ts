import { readFileSync } from "node:fs";
import type { Log, Result } from "sarif";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { presets, type ComplianceReport } from "../../src/index.js";
import { AS_OF, cli, examples, expectedExit, reportOf, requireBuiltCli, tempDir } from "./run.js";

// Each run starts a Node process (about 0.3 s); several runs per test need more than the default 5 s under load.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(requireBuiltCli);

const late = `${examples}/consumer-app-late-filing.json`;
const internal = `${examples}/consortium-chain-internal.json`;
const partial = `${examples}/partial-description.json`;

const lateYaml = `# The late-filing example, as YAML
name: Lianxin Wallet (YAML)
operator: { name: 示例链信科技有限公司, registeredIn: mainland, province: zhejiang, institutionType: none }
service:
  usesBlockchain: true
  offeredToPublic: true
  providedFromMainland: true
  servesMainlandUsers: true
  startDate: 2019-09-26
filing:
  filed: true
  filedDate: 2019-10-17
`;
const badYaml = "name: Exchange\noperator:\n  province: atlantis\nservice:\n  startDate: 2019-02-30\n";

const temp = tempDir({ "late.yaml": lateYaml, "exchange.yaml": badYaml, "broken.json": '{\n  "name": "x",\n  "service": {\n}\n', "subject.txt": lateYaml });
afterAll(temp.cleanup);

const deadlineOf = (report: ComplianceReport) => report.findings.find((f) => f.ruleId === "cac-2019/filing-deadline");

describe("check: exit codes", () => {
  it("exits 0 when nothing fails", () => {
    const run = cli(["check", internal, "--as-of", AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Port logistics consortium ledger");
    expect(run.stdout).toMatch(/verdict: (compliant|incomplete \(facts missing\)): 0 failing/);
  });

  it("exits 1 when a finding fails", () => {
    const run = cli(["check", late, "--as-of", AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("cac-2019/filing-deadline");
    expect(run.stdout).toMatch(/verdict: non-compliant: [1-9]\d* failing/);
  });

  it("exits 2 for a bad subject, naming the file and each path", () => {
    const run = cli(["check", temp.path("exchange.yaml"), "--as-of", AS_OF], { cwd: temp.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/^\S*exchange\.yaml: operator\.province: .*expected one of .*"beijing"/);
    expect(lines[1]).toMatch(/^\S*exchange\.yaml: service\.startDate: expected a calendar date/);
  });

  it("names the file as given on the command line", () => {
    const run = cli(["check", "exchange.yaml", "--as-of", AS_OF], { cwd: temp.dir });
    expect(run.stderr).toMatch(/^exchange\.yaml: operator\.province: /);
  });

  it("exits 2 for unreadable input: bad JSON (with line and column), a missing file, a folder, an empty file", () => {
    const broken = cli(["check", "broken.json", "--as-of", AS_OF], { cwd: temp.dir });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^broken\.json: invalid JSON at line 5, column 1: /);
    const missing = cli(["check", "nope.json", "--as-of", AS_OF], { cwd: temp.dir });
    expect(missing).toMatchObject({ code: 2, stderr: "nope.json: cannot read the file: no such file\n" });
    expect(cli(["check", ".", "--as-of", AS_OF], { cwd: temp.dir }).stderr).toBe(".: cannot read the file: it is a folder\n");
    temp.write("empty.yaml", "\n");
    expect(cli(["check", "empty.yaml", "--as-of", AS_OF], { cwd: temp.dir }).stderr).toBe("empty.yaml: the file is empty\n");
    temp.write("bad.yaml", "name: a\nname: b\n");
    expect(cli(["check", "bad.yaml", "--as-of", AS_OF], { cwd: temp.dir }).stderr).toMatch(/^bad\.yaml: invalid YAML: Map keys must be unique at line 2, column 1/);
    expect(cli(["check"]).code).toBe(2);
  });

  it("exits 2 for bad options: --as-of, --preset, --format, --locale, --rule", () => {
    const cases: [string[], string][] = [
      [["--as-of", "2019-02-30"], "--as-of 2019-02-30: expected a calendar date YYYY-MM-DD that exists"],
      [["--preset", "strict"], `--preset: "strict" is not one of: ${Object.keys(presets).join(", ")}`],
      [["--format", "xml"], '--format: "xml" is not one of: pretty, json, sarif, junit, markdown'],
      [["--locale", "fr"], '--locale: "fr" is not one of: en, zh'],
      [["--rule", "cac-2019/filing-deadline"], "--rule cac-2019/filing-deadline: expected ID=off|warn|error"],
      [["--rule", "cac-2019/no-such-rule=off"], '--rule cac-2019/no-such-rule: unknown rule id "cac-2019/no-such-rule"'],
    ];
    for (const [args, message] of cases) {
      const run = cli(["check", late, "--as-of", AS_OF, ...args]);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(message);
    }
  });
});

describe("check: input", () => {
  it("reads JSON and YAML, by extension or by content", () => {
    const json = reportOf(cli(["check", late, "--as-of", AS_OF, "--format", "json"]));
    const yaml = cli(["check", "late.yaml", "--as-of", AS_OF, "--format", "json"], { cwd: temp.dir });
    expect(yaml.code).toBe(1);
    expect(reportOf(yaml).subjectName).toBe("Lianxin Wallet (YAML)");
    expect(deadlineOf(reportOf(yaml))).toMatchObject({ status: "violation", data: deadlineOf(json)!.data });
    const sniffed = cli(["check", "subject.txt", "--as-of", AS_OF, "--format", "json"], { cwd: temp.dir });
    expect(reportOf(sniffed).subjectName).toBe("Lianxin Wallet (YAML)");
  });

  it('reads stdin with "-", JSON or YAML', () => {
    const fromJson = cli(["check", "-", "--as-of", AS_OF, "--format", "json"], { input: readFileSync(late, "utf8") });
    expect(fromJson.code).toBe(1);
    expect(reportOf(fromJson).subjectName).toBe("Lianxin Wallet (consumer app)");
    const fromYaml = cli(["check", "-", "--as-of", AS_OF, "--format", "json"], { input: lateYaml });
    expect(reportOf(fromYaml).subjectName).toBe("Lianxin Wallet (YAML)");
    const bad = cli(["check", "-", "--as-of", AS_OF], { input: badYaml });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>: operator\.province: /);
    expect(cli(["check", "-", "-"], { input: "{}" }).stderr).toContain('"-" (stdin) may be given only once');
  });

  it("reports every good file when one of several is bad, and still exits 2", () => {
    const run = cli(["check", late, temp.path("exchange.yaml"), internal, "--as-of", AS_OF, "--format", "json"]);
    expect(run.code).toBe(2);
    const reports = JSON.parse(run.stdout) as ComplianceReport[];
    expect(reports.map((r) => r.subjectName)).toEqual(["Lianxin Wallet (consumer app)", "Port logistics consortium ledger"]);
    expect(run.stderr).toMatch(/exchange\.yaml: operator\.province: /);
  });

  it("gives the same report as the library for the same --as-of, whatever the host's time zone", () => {
    const utc = cli(["check", late, "--as-of", AS_OF, "--format", "json"], { env: { TZ: "UTC" } });
    const la = cli(["check", late, "--as-of", AS_OF, "--format", "json"], { env: { TZ: "America/Los_Angeles" } });
    const kiritimati = cli(["check", late, "--as-of", AS_OF, "--format", "json"], { env: { TZ: "Pacific/Kiritimati" } });
    expect(la.stdout).toBe(utc.stdout);
    expect(kiritimati.stdout).toBe(utc.stdout);
  });
});

describe("check: options", () => {
  it("--rule turns a rule off or to warn; --preset picks the rule set", () => {
    const off = reportOf(cli(["check", late, "--as-of", AS_OF, "--format", "json", "--rule", "cac-2019/filing-deadline=off"]));
    expect(off.rules).not.toContain("cac-2019/filing-deadline");
    const warn = cli(["check", late, "--as-of", AS_OF, "--format", "json", "--rule", "cac-2019/filing-deadline=warn"]);
    const report = reportOf(warn);
    expect(deadlineOf(report)).toMatchObject({ status: "violation", severity: "warn" });
    expect(warn.code).toBe(expectedExit([report]));
    const ico = reportOf(cli(["check", late, "--as-of", AS_OF, "--format", "json", "--preset", "ico-2017"]));
    expect(ico.rules.length).toBeGreaterThan(0);
    expect(ico.rules.every((id) => id.startsWith("ico-2017/"))).toBe(true);
  });

  it("--as-of decides the date of the check", () => {
    const before = reportOf(cli(["check", late, "--as-of", "2019-01-01", "--format", "json"]));
    expect(before.asOf).toBe("2019-01-01");
    expect(deadlineOf(before)?.status).toBe("not-applicable");
  });

  it("--output writes the file and prints nothing", () => {
    const out = temp.path("out.json");
    const run = cli(["check", late, "--as-of", AS_OF, "--format", "json", "--output", out]);
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(reportOf({ code: 1, stdout: readFileSync(out, "utf8"), stderr: "" }).subjectName).toBe("Lianxin Wallet (consumer app)");
  });

  it("--quiet lists only failing findings", () => {
    const full = cli(["check", late, "--as-of", AS_OF]).stdout;
    const quiet = cli(["check", late, "--as-of", AS_OF, "--quiet"]);
    expect(quiet.code).toBe(1);
    expect(full).toContain("? needs info");
    expect(quiet.stdout).not.toContain("? needs info");
    expect(quiet.stdout).toContain("cac-2019/filing-deadline");
    const json = reportOf(cli(["check", late, "--as-of", AS_OF, "--format", "json", "-q"]));
    expect(json.findings.length).toBe(json.summary.failing);
  });

  it("--locale zh speaks Chinese", () => {
    const run = cli(["check", late, "--as-of", AS_OF, "--locale", "zh"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("违规");
    expect(run.stdout).toContain("超过截止日期2019-10-15");
    expect(run.stdout).toContain("结论: 不合规");
  });

  it("never colours a pipe, even with FORCE_COLOR", () => {
    expect(cli(["check", late, "--as-of", AS_OF], { env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(/\u001b\[/);
  });
});

describe("check: formats", () => {
  it("json: one report for one file, an array for several", () => {
    const one = JSON.parse(cli(["check", late, "--as-of", AS_OF, "-f", "json"]).stdout);
    expect(Array.isArray(one)).toBe(false);
    const several = JSON.parse(cli(["check", late, partial, "--as-of", AS_OF, "-f", "json"]).stdout);
    expect(several).toHaveLength(2);
  });

  it("sarif: one run with the results of every file, located in each file", () => {
    const ok = cli(["check", late, temp.path("late.yaml"), "--as-of", AS_OF, "-f", "sarif"]);
    expect(ok.code).toBe(1);
    const log = JSON.parse(ok.stdout) as Log;
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const uriOf = (r: Result): string => r.locations![0]!.physicalLocation!.artifactLocation!.uri!;
    const uris = new Set(log.runs[0]!.results!.map(uriOf));
    expect(uris.has(late)).toBe(true);
    expect([...uris].some((uri) => uri.endsWith("late.yaml") && !uri.startsWith("/"))).toBe(true);
    const yamlDeadline = log.runs[0]!.results!.find((r) => r.ruleId === "cac-2019/filing-deadline" && uriOf(r).endsWith("late.yaml"))!;
    expect(yamlDeadline.locations![0]!.physicalLocation!.region).toMatchObject({ startLine: 9, startColumn: 3 });
  });

  it("junit: one testsuite per file", () => {
    const run = cli(["check", late, partial, "--as-of", AS_OF, "-f", "junit"]);
    expect(run.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
    expect(run.stdout.match(/<testsuite /g)).toHaveLength(2);
    expect(run.stdout).toContain('classname="cac-2019/filing-deadline"');
    expect(run.stdout).toContain("<failure ");
  });

  it("markdown: a section per file, with the table", () => {
    const run = cli(["check", late, partial, "--as-of", AS_OF, "-f", "markdown"]);
    expect(run.stdout.match(/^#### /gm)).toHaveLength(2);
    expect(run.stdout).toContain("| Status | Rule | Message | Citation |");
    expect(run.stdout).toContain("`cac-2019/filing-deadline`");
  });

  it("pretty: a section per file and a total", () => {
    const run = cli(["check", late, partial, "--as-of", AS_OF]);
    expect(run.stdout).toContain(`(${late})`);
    expect(run.stdout).toContain(`(${partial})`);
    expect(run.stdout).toMatch(/2 subjects: \d+ failing\n$/);
  });
});
