import { beforeAll, describe, expect, it, vi } from "vitest";
import { presets, rules, subjectJsonSchema } from "../../src/index.js";
import { cli, requireBuiltCli, tempDir } from "./run.js";

// Each run starts a Node process (about 0.3 s); several runs per test need more than the default 5 s under load.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(requireBuiltCli);

describe("rules", () => {
  it("lists every rule with its title, severity, citations and presets, then the presets", () => {
    const run = cli(["rules"]);
    expect(run.code).toBe(0);
    for (const rule of rules) {
      expect(run.stdout).toContain(`${rule.id}  [${rule.defaultSeverity}]  ${rule.title.en}`);
      for (const citation of rule.citations) expect(run.stdout).toContain(citation.label.en);
    }
    for (const [name, members] of Object.entries(presets)) expect(run.stdout).toMatch(new RegExp(`^  ${name} +${members.length} rules$`, "m"));
  });

  it("in Chinese, and as JSON", () => {
    const zh = cli(["rules", "--locale", "zh"]).stdout;
    expect(zh).toContain(rules[0]!.title.zh);
    expect(zh).toContain("预设");
    const json = JSON.parse(cli(["rules", "--format", "json"]).stdout);
    expect(json.rules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.id).sort());
    expect(Object.keys(json.presets)).toEqual(Object.keys(presets));
    expect(cli(["rules", "--format", "sarif"])).toMatchObject({ code: 2, stderr: expect.stringContaining('rules --format: "sarif" is not one of: pretty, json') });
  });
});

describe("explain", () => {
  it("explains a rule: what it checks, citations with the Chinese text and our English, verified flags, penalties with fines", () => {
    const rule = rules.find((r) => r.id === "cac-2019/filing-deadline")!;
    const run = cli(["explain", rule.id]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(`${rule.id}: ${rule.title.en}`);
    expect(run.stdout).toContain(rule.description.en);
    const citation = rule.citations[0]!;
    expect(run.stdout).toContain(`zh: ${citation.text.zh}`);
    expect(run.stdout).toContain(`en: ${citation.text.en}`);
    expect(run.stdout).toContain(`verified: ${citation.verified ? "yes" : "no"} (text: ${citation.textStatus})`);
    const penalty = rule.penaltyProvisions[0]!;
    expect(run.stdout).toContain(penalty.label.en);
    expect(run.stdout).toContain("fine: CNY 10,000–30,000");
    expect(run.stdout).toMatch(new RegExp(`verified: ${penalty.verified ? "yes" : "no"} \\(text: ${penalty.textStatus}`));
  });

  it('says "(Chinese text not available: substance only)" where the corpus has no Chinese text', () => {
    const rule = rules.find((r) => r.citations.some((c) => c.text.zh === null));
    expect(rule, "a built-in rule citing a substance-only paragraph").toBeDefined();
    const run = cli(["explain", rule!.id]);
    expect(run.stdout).toContain("zh: (Chinese text not available: substance only)");
  });

  it("in Chinese, and as JSON", () => {
    const rule = rules.find((r) => r.id === "cac-2019/filing-deadline")!;
    const zh = cli(["explain", rule.id, "--locale", "zh"]);
    expect(zh.stdout.split("\n")[0]).toBe(`${rule.id}: ${rule.title.zh}`);
    expect(zh.stdout).toContain("依据条文");
    expect(zh.stdout).toContain(rule.description.zh);
    const json = JSON.parse(cli(["explain", rule.id, "-f", "json"]).stdout);
    expect(json).toMatchObject({ id: rule.id, title: rule.title, citations: JSON.parse(JSON.stringify(rule.citations)) });
    expect(json.penalties).toEqual(JSON.parse(JSON.stringify(rule.penaltyProvisions)));
  });

  it("exits 2 for an unknown rule id, suggesting close ones, and for a missing id", () => {
    const run = cli(["explain", "cac-2019/filing-dedline"]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain('explain: unknown rule id "cac-2019/filing-dedline"');
    const suggestion = cli(["explain", "filing-deadline"]);
    expect(suggestion.stderr).toContain("did you mean: cac-2019/filing-deadline");
    expect(cli(["explain"]).code).toBe(2);
  });
});

describe("schema", () => {
  it("prints the subject's JSON Schema, to stdout or a file", () => {
    const run = cli(["schema"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(subjectJsonSchema)));
    const temp = tempDir();
    try {
      expect(cli(["schema", "--output", temp.path("schema.json")])).toMatchObject({ code: 0, stdout: "" });
    } finally {
      temp.cleanup();
    }
    expect(cli(["schema", "extra"]).code).toBe(2);
  });
});
