import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ComplianceReport } from "../../src/index.js";
import { AS_OF, cli, examples, expectedExit, libraryUrl, reportOf, requireBuiltCli, root, tempDir } from "./run.js";

// Each run starts a Node process (about 0.3 s); several runs per test need more than the default 5 s under load.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(requireBuiltCli);

const late = `${root}${examples}/consumer-app-late-filing.json`;
const baas = `${root}${examples}/baas-platform-filed.json`;
const deadline = (report: ComplianceReport) => report.findings.find((f) => f.ruleId === "cac-2019/filing-deadline")!;

const plugin = `import { defineRule } from ${JSON.stringify(libraryUrl)};
export const complaintEmail = defineRule({
  id: "acme/complaint-email",
  title: { en: "Complaint entry is an e-mail address", zh: "投诉入口为邮箱" },
  description: { en: "House policy: the complaint entry is an e-mail address.", zh: "内部政策：投诉入口为邮箱。" },
  cites: [{ instrument: "cac-2019", article: 18, paragraph: 2 }],
  defaultSeverity: "warn",
  messages: {
    ok: { en: "Complaint entry: {where}.", zh: "投诉入口：{where}。" },
    notEmail: { en: "The complaint entry {where} is not an e-mail address.", zh: "投诉入口{where}不是邮箱。" },
  },
  evaluate(subject, ctx) {
    const where = subject.supervision?.complaintEntryLocation;
    if (where === undefined) return ctx.needsInfo([["supervision", "complaintEntryLocation"]]);
    const evidence = [["supervision", "complaintEntryLocation"]];
    return where.includes("@") ? ctx.pass("ok", { data: { where }, evidence }) : ctx.violation("notEmail", { data: { where }, evidence });
  },
});
export default [complaintEmail];
`;

const temp = tempDir({
  "plugin.mjs": plugin,
  "empty-plugin.mjs": "export const answer = 42;\n",
  "dup-plugin.mjs": `import { defineRule, rules } from ${JSON.stringify(libraryUrl)};\nexport const dup = defineRule({ ...rules.find((r) => r.id === "cac-2019/filing-deadline"), title: { en: "Dup", zh: "重复" } });\n`,
  "late-copy.json": JSON.stringify({ ...JSON.parse(readFileSync(late, "utf8")), name: "Lianxin Wallet copy" }),
});
afterAll(temp.cleanup);

function config(name: string, text: string): string {
  return temp.write(name, text);
}

const waiverYaml = (extra = "") => `preset: recommended
asOf: ${AS_OF}
waivers:
  - rule: cac-2019/filing-deadline
    subject: Lianxin Wallet (consumer app)
    justification: The CAC accepted the late filing (letter of 2019-10-20).
    approvedBy: Legal
    expires: 2020-06-30
${extra}`;

describe("config file", () => {
  it("applies a waiver by subject name: the violation becomes waived, with the justification", () => {
    const file = config("waiver.yaml", waiverYaml());
    const run = cli(["check", late, "--config", file, "--format", "json"]);
    const report = reportOf(run);
    expect(report.asOf).toBe(AS_OF);
    expect(deadline(report)).toMatchObject({
      status: "waived",
      waiver: { justification: "The CAC accepted the late filing (letter of 2019-10-20).", approvedBy: "Legal", expires: "2020-06-30", originalStatus: "violation", expired: false },
    });
    expect(run.code).toBe(expectedExit([report]));
    const pretty = cli(["check", late, "--config", file]).stdout;
    expect(pretty).toContain("waived: The CAC accepted the late filing");
    const sarif = JSON.parse(cli(["check", late, "--config", file, "-f", "sarif"]).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "cac-2019/filing-deadline");
    expect(result.suppressions).toEqual([{ kind: "external", status: "accepted", justification: expect.stringContaining("The CAC accepted") }]);
  });

  it("keeps an expired waiver's finding failing, and says it expired", () => {
    const file = config("expired.yaml", waiverYaml());
    const run = cli(["check", late, "--config", file, "--as-of", "2020-07-01", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(deadline(reportOf(run))).toMatchObject({ status: "violation", waiver: { expired: true } });
    expect(cli(["check", late, "--config", file, "--as-of", "2020-07-01"]).stdout).toContain("waiver expired on 2020-06-30");
  });

  it("applies a waiver whose subject is a file path (relative to the config file) to that file only", () => {
    const file = config("by-file.json", JSON.stringify({
      asOf: AS_OF,
      waivers: [{ rule: "cac-2019/filing-deadline", subject: `${root}${examples}/consumer-app-late-filing.json`, justification: "Accepted." }],
    }));
    const run = cli(["check", late, temp.path("late-copy.json"), "--config", file, "--format", "json"]);
    const [original, copy] = JSON.parse(run.stdout) as ComplianceReport[];
    expect(deadline(original!).status).toBe("waived");
    expect(deadline(copy!).status).toBe("violation");
    expect(run.code).toBe(1);

    const relative = config("relative.yaml", `asOf: ${AS_OF}\nwaivers:\n  - { rule: cac-2019/filing-deadline, subject: ./late-copy.json, justification: Accepted. }\n`);
    const both = JSON.parse(cli(["check", late, temp.path("late-copy.json"), "--config", relative, "--format", "json"]).stdout) as ComplianceReport[];
    expect(both.map((report) => deadline(report).status)).toEqual(["violation", "waived"]);
  });

  it("warns about a waiver that names no subject checked", () => {
    const file = config("stray.yaml", `asOf: ${AS_OF}\nwaivers:\n  - { rule: cac-2019/filing-deadline, subject: Someone else, justification: n/a }\n`);
    const run = cli(["check", late, "--config", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('warning: ' + file + ': waivers[0].subject: "Someone else" names no file and no subject checked');
  });

  it("exits 2 for a waiver or a rule level naming an unknown rule, with the path in the config", () => {
    const file = config("unknown.yaml", `waivers:\n  - { rule: cac-2019/no-such-rule, justification: x }\nrules:\n  cac-2019/nope: off\n`);
    const run = cli(["check", late, "--config", file, "--as-of", AS_OF]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain(`${file}: rules.cac-2019/nope: unknown rule id "cac-2019/nope"`);
    expect(run.stderr).toContain(`${file}: waivers[0].rule: unknown rule id "cac-2019/no-such-rule"`);
  });

  it("exits 2 for an invalid config, each problem with its path", () => {
    const file = config("invalid.yaml", `preset: strict\nasOf: 2019-02-30\nformat: html\nwaivers:\n  - rule: cac-2019/filing-deadline\n    justification: " "\n    expires: soon\n    owner: me\ncolour: true\n`);
    const run = cli(["check", late, "--config", file]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: preset: `)),
      `${file}: asOf: expected a calendar date YYYY-MM-DD that exists`,
      expect.stringMatching(/: format: /),
      `${file}: waivers[0].justification: a waiver needs a justification`,
      `${file}: waivers[0].expires: expected a calendar date YYYY-MM-DD that exists`,
      expect.stringMatching(/: waivers\[0\]\.owner: unknown field "owner"; expected one of: rule, subject, justification, approvedBy, expires$/),
      expect.stringMatching(/: colour: unknown field "colour"; expected one of: /),
    ]));
    expect(cli(["check", late, "--config", temp.path("missing.yaml")]).stderr).toBe(`${temp.path("missing.yaml")}: cannot read the configuration file: no such file\n`);
  });

  it("takes preset, rules, locale and format from the config, and lets the command line override them", () => {
    const file = config("settings.yaml", `preset: cac-2019\nasOf: ${AS_OF}\nlocale: zh\nformat: json\nrules:\n  cac-2019/filing-deadline: warn\n`);
    const fromConfig = reportOf(cli(["check", late, "--config", file]));
    expect(fromConfig.rules.every((id) => id.startsWith("cac-2019/"))).toBe(true);
    expect(deadline(fromConfig).severity).toBe("warn");
    const overridden = cli(["check", late, "--config", file, "--format", "pretty", "--locale", "en", "--rule", "cac-2019/filing-deadline=error", "--as-of", "2019-12-02"]);
    expect(overridden.stdout).toContain("checked as of 2019-12-02");
    expect(overridden.stdout).toMatch(/cac-2019\/filing-deadline {2}Filing within/);
    expect(overridden.code).toBe(1);
    expect(cli(["check", late, "--config", file, "--format", "markdown"]).stdout).toContain("| 状态 | 规则 | 说明 | 依据 |");
  });

  it("loads plugin rules (ES modules made with defineRule) relative to the config file", () => {
    const file = config("plugins.yaml", `asOf: ${AS_OF}\nplugins: [./plugin.mjs]\n`);
    const report = reportOf(cli(["check", baas, "--config", file, "--format", "json"]));
    expect(report.rules).toContain("acme/complaint-email");
    expect(report.findings.find((f) => f.ruleId === "acme/complaint-email")).toBeDefined();
    const sarif = JSON.parse(cli(["check", baas, "--config", file, "-f", "sarif"]).stdout);
    const described = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === "acme/complaint-email");
    expect(described.fullDescription.text).toBe("House policy: the complaint entry is an e-mail address.");
    expect(cli(["rules", "--config", file]).stdout).toContain("acme/complaint-email  [warn]  Complaint entry is an e-mail address");
    expect(cli(["explain", "acme/complaint-email", "--config", file]).stdout).toContain("House policy: the complaint entry is an e-mail address.");
    const off = reportOf(cli(["check", baas, "--config", file, "--format", "json", "--rule", "acme/complaint-email=off"]));
    expect(off.rules).not.toContain("acme/complaint-email");
  });

  it("exits 2 for a plugin that cannot be loaded, exports no rule, or reuses a rule id", () => {
    const missing = config("missing-plugin.yaml", "plugins: [./nope.mjs]\n");
    const run = cli(["check", baas, "--config", missing, "--as-of", AS_OF]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${missing}: plugins[0]: cannot load ./nope.mjs: `);
    const empty = config("empty-plugin.yaml", "plugins: [./empty-plugin.mjs]\n");
    expect(cli(["check", baas, "--config", empty, "--as-of", AS_OF]).stderr).toContain(`${empty}: plugins[0]: ./empty-plugin.mjs exports no rule made with defineRule`);
    const dup = config("dup-plugin.yaml", "plugins: [./dup-plugin.mjs]\n");
    const run2 = cli(["check", baas, "--config", dup, "--as-of", AS_OF]);
    expect(run2).toMatchObject({ code: 2, stdout: "" });
    expect(run2.stderr).toBe(`${dup}: plugins[0]: ./dup-plugin.mjs exports the rule id "cac-2019/filing-deadline", already used by a built-in rule\n`);
  });
});
