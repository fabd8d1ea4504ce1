import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { instruments, presets } from "../../src/index.js";

const coverage = readFileSync(new URL("../../docs/coverage.md", import.meta.url), "utf8");

function section(instrumentId: string): string {
  const start = coverage.indexOf(`(\`${instrumentId}\`)`);
  if (start < 0) return "";
  const next = coverage.indexOf("\n## ", start);
  return coverage.slice(start, next < 0 ? undefined : next);
}

function mentionsArticle(text: string, article: number, sections: boolean): boolean {
  const label = sections ? "§" : "Arts?\\. ";
  const single = new RegExp(`\\| ${label}${article}\\b`);
  const range = [...text.matchAll(new RegExp(`\\| ${label}(\\d+)–(\\d+)`, "g"))].some(
    (m) => Number(m[1]) <= article && article <= Number(m[2]),
  );
  return single.test(text) || range;
}

describe("docs/coverage.md", () => {
  it("names every built-in rule", () => {
    const missing = presets.all.map((rule) => rule.id).filter((id) => !coverage.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it("gives every article of every instrument with rules a row", () => {
    const packs = new Set(presets.all.map((rule) => rule.namespace));
    const missing: string[] = [];
    for (const id of packs) {
      const instrument = instruments[id]!;
      const text = section(id);
      for (const article of instrument.articles) {
        if (!mentionsArticle(text, article.number, instrument.numbering === "sections")) missing.push(`${id} ${article.number}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
