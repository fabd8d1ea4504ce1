import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { contextPolicies, timeline } from "../../scripts/docs/timeline.js";
import { cacFilingBatches } from "../../seeds/cac-filing-batches.js";
import { instruments } from "../../src/corpus/index.js";
import { presets } from "../../src/presets.js";

const page = new URL("../../docs/timeline.md", import.meta.url);

describe("docs/timeline.md", () => {
  it("is up to date with the corpus and the filing batches", () => {
    const expected = timeline();
    if (process.env.UPDATE_DOCS) writeFileSync(page, expected);
    expect(readFileSync(page, "utf8")).toBe(expected);
  });

  it("lists every instrument, every dated filing batch and the six context policies", () => {
    const text = timeline();
    for (const instrument of Object.values(instruments)) expect(text).toContain(`| ${instrument.issued} | ${instrument.title.en}`);
    for (const batch of cacFilingBatches) expect(text).toContain(`| ${batch.published} | CAC publishes filing list`);
    expect(contextPolicies.map((p) => p.month)).toEqual(["2016-10", "2016-12", "2017-01", "2017-08", "2017-10", "2018-03"]);
  });

  it("encodes no context policy and no non-binding instrument as a rule", () => {
    const packs = new Set(presets.all.map((rule) => rule.namespace));
    for (const instrument of Object.values(instruments)) if (!instrument.binding) expect(packs.has(instrument.id)).toBe(false);
  });
});
