import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rulePagePath, rulePages } from "../../scripts/docs/rule-pages.js";
import { checkCompliance } from "../../src/check.js";
import { presets } from "../../src/presets.js";

const root = fileURLToPath(new URL("../../docs/rules/", import.meta.url));

function committedPages(dir = root): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (name.endsWith(".md")) return [relative(root, path).split(sep).join("/")];
    try {
      return committedPages(path);
    } catch {
      return [];
    }
  });
}

const expected = rulePages();

if (process.env.UPDATE_DOCS) {
  for (const page of committedPages()) if (!expected.has(page)) rmSync(join(root, page));
  for (const [page, content] of expected) {
    mkdirSync(dirname(join(root, page)), { recursive: true });
    writeFileSync(join(root, page), content);
  }
}

describe("docs/rules", () => {
  it("has a page for every rule and an index", () => {
    const committed = new Set(committedPages());
    const missing = ["README.md", ...presets.all.map(rulePagePath)].filter((page) => !committed.has(page));
    expect(missing).toEqual([]);
  });

  it("has no orphan page", () => {
    expect(committedPages().filter((page) => !expected.has(page))).toEqual([]);
  });

  it.each([...expected.keys()])("%s is up to date", (page) => {
    let content: string | null = null;
    try {
      content = readFileSync(join(root, page), "utf8");
    } catch {
      content = null;
    }
    expect(content).toBe(expected.get(page));
  });

  it("lists every rule in the index", () => {
    const index = expected.get("README.md")!;
    expect(presets.all.filter((rule) => !index.includes(`(${rulePagePath(rule)})`)).map((rule) => rule.id)).toEqual([]);
  });
});

describe("rule examples", () => {
  it.each(presets.all.map((rule) => [rule.id, rule] as const))("%s has a passing and a failing example", (_id, rule) => {
    expect(rule.examples, "examples").toBeDefined();
    const { asOf, pass, fail } = rule.examples!;
    expect(pass, "examples.pass").toBeDefined();
    expect(fail, "examples.fail").toBeDefined();
    const passing = checkCompliance(pass!, { asOf, ruleSet: [rule] }).findings.map((f) => f.status);
    const failing = checkCompliance(fail!, { asOf, ruleSet: [rule] }).findings.map((f) => f.status);
    expect(passing, "statuses of the passing example").toContain("pass");
    expect(passing.filter((s) => s === "violation" || s === "risk" || s === "error"), "the passing example fails nothing").toEqual([]);
    expect(failing.some((s) => s === "violation" || s === "risk"), `statuses of the failing example: ${failing.join(", ")}`).toBe(true);
  });

  it("give, on every page, statuses that agree with the message table read from the code", () => {
    // The message table's status column is read from the rule's source; the examples' findings are
    // computed. Where the table places a message, an example must not contradict it.
    const contradictions: string[] = [];
    for (const rule of presets.all) {
      const page = expected.get(rulePagePath(rule))!;
      const table = page.slice(page.indexOf("## When it gives each status"), page.indexOf("## Citations"));
      for (const subject of [rule.examples?.pass, rule.examples?.fail]) {
        if (!subject) continue;
        for (const finding of checkCompliance(subject, { asOf: rule.examples!.asOf, ruleSet: [rule] }).findings) {
          const row = table.split("\n").find((line) => line.includes(`| \`${finding.messageId}\` |`));
          if (!row || row.startsWith("| set in code")) continue;
          const statuses = row.split("|")[1]!;
          // A scope's uncertainty turns a violation into a risk, so a risk may come from a violation message.
          const ok = statuses.includes(finding.status) || (finding.status === "risk" && statuses.includes("violation"));
          if (!ok) contradictions.push(`${rule.id} ${finding.messageId}: table says ${statuses.trim()}, example gives ${finding.status}`);
        }
      }
    }
    expect(contradictions).toEqual([]);
  });
});
