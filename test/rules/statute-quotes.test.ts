import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { instruments } from "../../src/index.js";

const rulesDir = new URL("../../rules/", import.meta.url).pathname;

/** Every Chinese text the corpus holds as an instrument's own words: titles, numbers, preambles, headings, paragraphs, items. */
const corpusTexts: string[] = Object.values(instruments).flatMap((instrument) => [
  instrument.title.zh,
  instrument.documentNumber ?? "",
  instrument.preamble?.zh ?? "",
  ...instrument.articles.flatMap((article) => [
    ...(article.heading.zh ? [article.heading.zh] : []),
    ...article.paragraphs.flatMap((p) => [p.zh ?? "", ...(p.items ?? []).map((item) => item.zh ?? "")]),
  ]),
]);

/**
 * Chinese in a header that is not the instrument's words and says so beside it. Each entry is a
 * phrase and the reason it may stand.
 */
const LABELLED_NON_STATUTE: Record<string, string> = {
  虚拟货币相关业务活动属于非法金融活动: "pboc-2021 §2: quoted as a news quotation, and labelled so in the header",
};

/** Runs of Chinese (with full-width punctuation) long enough to be quoted text rather than a label. */
function chineseRuns(text: string): string[] {
  return [...text.matchAll(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”、]{12,}/g)].map((m) =>
    // A section's numeral ("二、") and a paragraph label ("第一段") are ours, not the text's.
    m[0].replace(/^[一二三四五六七八九十]+、/, "").replace(/^[，。；：、]+|[……]+$/g, ""),
  );
}

function headerOf(file: string): string {
  const text = readFileSync(file, "utf8");
  const match = /^\/\*\*([\s\S]*?)\*\//.exec(text);
  return match ? match[1]!.replace(/^\s*\* ?/gm, "") : "";
}

const ruleFiles = readdirSync(rulesDir).flatMap((pack) =>
  readdirSync(join(rulesDir, pack))
    .filter((name) => name.endsWith(".ts"))
    .map((name) => join(rulesDir, pack, name)),
);

describe("statute quotes at the top of rule files", () => {
  it("quote only Chinese that the corpus holds as the instrument's words", () => {
    const unknown: string[] = [];
    for (const file of ruleFiles) {
      for (const run of chineseRuns(headerOf(file))) {
        const pieces = run.split(/……/).filter((piece) => piece.length >= 12);
        for (const piece of pieces) {
          if (Object.hasOwn(LABELLED_NON_STATUTE, piece)) continue;
          if (!corpusTexts.some((zh) => zh.includes(piece))) unknown.push(`${file.slice(rulesDir.length)}: ${piece}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });
});
