/**
 * docs/timeline.md: the regulatory timeline, generated from the corpus (`instruments`: dates,
 * binding or context, how much of the text is verified), the CAC filing batches
 * (`cacFilingBatches`, with their verified flags), the rules that encode each instrument, and the
 * forward-looking policies of the seed document, which are context only and encoded in no rule.
 * test/docs/timeline.test.ts fails when the page is stale; regenerate with
 * `UPDATE_DOCS=1 npx vitest run test/docs`.
 */
import { cacFilingBatches } from "../../seeds/cac-filing-batches.js";
import { instruments } from "../../src/corpus/index.js";
import type { InstrumentSource, TextStatus } from "../../src/corpus/types.js";
import { presets } from "../../src/presets.js";

/** A forward-looking policy the seed document lists: context for the rules, never a rule. */
export interface ContextPolicy {
  /** `YYYY-MM`: the seed gives months only. */
  month: string;
  issuer: string;
  title: string;
  /** The Chinese title, where known; given from memory, so never verified. */
  titleZh: string | null;
  /** What the seed says it does for blockchain. */
  substance: string;
}

/**
 * The policies of the seed document (the "Forward Policies" list), in its words. Their dates and
 * titles rest on that one secondary document; the Chinese titles are added from memory and are
 * unverified. None of them imposes a duty on a provider, so none is in the corpus or in a rule.
 */
export const contextPolicies: readonly ContextPolicy[] = [
  {
    month: "2016-10",
    issuer: "Ministry of Industry and Information Technology (MIIT)",
    title: "White Paper on China's Blockchain Technology and Application Development (2016)",
    titleZh: "中国区块链技术和应用发展白皮书（2016）",
    substance:
      "Summarised the state of blockchain development and typical applications at home and abroad, and introduced a national roadmap for blockchain technology and the direction and process of its standardisation.",
  },
  {
    month: "2016-12",
    issuer: "State Council",
    title: "Circular of the State Council on the Issuance of the 13th Five-Year Plan for National Informatisation",
    titleZh: "国务院关于印发“十三五”国家信息化规划的通知",
    substance: "First named blockchain (“区块链”) as a strategic frontier technology in a national plan.",
  },
  {
    month: "2017-01",
    issuer: "MIIT",
    title: "Software and Information Technology Services Development Plan (2016–2020)",
    titleZh: "软件和信息技术服务业发展规划（2016－2020年）",
    substance: "Proposed that innovation in areas such as blockchain reach the international advanced level.",
  },
  {
    month: "2017-08",
    issuer: "State Council",
    title: "Guiding Opinions on Further Expanding and Upgrading Information Consumption to Continuously Release Domestic Demand Potential",
    titleZh: "国务院关于进一步扩大和升级信息消费持续释放内需潜力的指导意见",
    substance: "Proposed pilot applications of new technologies based on blockchain and artificial intelligence.",
  },
  {
    month: "2017-10",
    issuer: "State Council (the seed's attribution; the issuing body may be its General Office: unverified)",
    title: "Guidelines on Actively Promoting Supply Chain Innovation and Application",
    titleZh: "关于积极推进供应链创新与应用的指导意见",
    substance:
      "Proposed studying and using new technologies such as blockchain and artificial intelligence, and building a supply-chain-based credit evaluation mechanism.",
  },
  {
    month: "2018-03",
    issuer: "MIIT",
    title: "Key Points for Standardisation of Informatisation and Software Services in 2018",
    titleZh: "2018年信息化和软件服务业标准化工作要点",
    substance:
      "Proposed promoting a National Technical Committee for Standardisation of Integrated Management of Informatisation and Industrialisation and a National Committee for Standardisation of Blockchain and Distributed Ledger Technology.",
  },
];

const RANK: Record<TextStatus, number> = { verified: 0, "one-copy": 1, "substance-only": 2, unverified: 3 };

function textSummary(instrument: InstrumentSource): string {
  const paragraphs = instrument.articles.flatMap((a) => a.paragraphs);
  if (paragraphs.length === 0) return "no text found: nothing can be cited";
  const counts = new Map<TextStatus, number>();
  for (const p of paragraphs) counts.set(p.textStatus, (counts.get(p.textStatus) ?? 0) + 1);
  const parts = [...counts.entries()].sort((a, b) => RANK[a[0]] - RANK[b[0]]).map(([status, n]) => `${n} ${status}`);
  return `${paragraphs.length} paragraphs: ${parts.join(", ")}`;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

interface Row {
  date: string;
  event: string;
  kind: string;
  status: string;
}

/** The timeline page. */
export function timeline(): string {
  const rulesBy = new Map<string, number>();
  for (const rule of presets.all) rulesBy.set(rule.namespace, (rulesBy.get(rule.namespace) ?? 0) + 1);
  const rows: Row[] = [];
  for (const instrument of Object.values(instruments)) {
    const count = rulesBy.get(instrument.id) ?? 0;
    const name = `${instrument.title.en} (《${instrument.title.zh}》${instrument.documentNumber ? `, ${instrument.documentNumber}` : ""}), ${instrument.issuers.map((i) => i.en).join(", ")}`;
    const encoded = count > 0 ? `${count} rules ([${instrument.id}](rules/README.md))` : "no rule";
    const kind = instrument.binding ? `binding; ${encoded}` : `context only, not binding; ${encoded}`;
    const status = `text: ${textSummary(instrument)}`;
    if (instrument.effective === instrument.issued) {
      rows.push({ date: instrument.issued, event: `${name}: issued, and in effect the same day as recorded`, kind, status });
    } else {
      rows.push({ date: instrument.issued, event: `${name}: issued`, kind, status });
      rows.push({ date: instrument.effective, event: `${instrument.shortTitle.en}: takes effect`, kind, status: "" });
    }
    if (instrument.repealed) rows.push({ date: instrument.repealed, event: `${instrument.shortTitle.en}: ceases to have effect`, kind, status: "" });
  }
  for (const batch of cacFilingBatches) {
    rows.push({
      date: batch.published,
      event: `CAC publishes filing list (境内区块链信息服务备案清单) batch ${batch.batch}: ${batch.count ?? "unknown number of"} services`,
      kind: "filing list (the Provisions' Art. 12 in practice)",
      status: batch.verified ? "verified (two or more sources)" : `**unverified**: ${batch.note ?? "one source"}`,
    });
  }
  const byDate = (a: Row, b: Row) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.event < b.event ? -1 : 1);
  rows.sort(byDate);
  return [
    "# Regulatory timeline",
    "",
    "<!-- Generated by scripts/docs/timeline.ts from the corpus (instruments), seeds/cac-filing-batches.ts and the seed document's policy list; test/docs/timeline.test.ts fails when it is stale. Regenerate with UPDATE_DOCS=1 npx vitest run test/docs. -->",
    "",
    "The instruments the library knows, with their dates, whether they bind, how much of their text is verified, and the rules that encode them; the CAC's published filing lists; and, separately, the forward-looking policies that set the scene.",
    "Dates are as the corpus records them (`instruments[id].issued`, `.effective`); each instrument's `note` says what they rest on. Where the corpus gives the same day for issue and effect, the effective date is for several instruments a placeholder (their notes say so). Anything not verified is marked.",
    "",
    "## Instruments and filing lists",
    "",
    "| date | event | kind | how sure |",
    "|---|---|---|---|",
    ...rows.map((r) => `| ${r.date} | ${cell(r.event)} | ${cell(r.kind)} | ${cell(r.status)} |`),
    "",
    "Later filing lists exist (the seed document speaks of batches 1–5, and by September 2022 at least nine had been published), but their dates and counts were not found, so they are not listed.",
    "`cacFilingBatches` holds the dated ones; the 1,015 vs 1,035 discrepancy of batches 3–4 is unresolved.",
    "",
    "## Context only: policies, not rules",
    "",
    "**These are forward-looking policies (plans, white papers, guiding opinions). They encourage blockchain; they impose no duty on a provider, so they are not in the corpus and no rule encodes them. A report never cites them.**",
    "They are listed as the seed document gives them (month, issuer, English title, substance). That document is one secondary source, so every line is **unverified**; the Chinese titles are added from memory and are unverified too.",
    "",
    "| month | issuer | policy | what it says about blockchain |",
    "|---|---|---|---|",
    ...contextPolicies.map(
      (p) => `| ${p.month} | ${cell(p.issuer)} | ${cell(p.title)}${p.titleZh ? `<br>《${p.titleZh}》 (Chinese title unverified)` : ""} | ${cell(p.substance)} |`,
    ),
    "",
    "## Reading it",
    "",
    "- **2017-09-04**: the ICO rules are `not-applicable` before that date; a token sale still running on or after it breaches §2 ¶1, one that ended before it does not (see [ico-2017/token-issuance-financing](rules/ico-2017/token-issuance-financing.md) and [docs/examples/subjects/ico-across-2017-09-04.json](examples/subjects/ico-across-2017-09-04.json)).",
    "- **2019-02-15**: the CAC Provisions apply from this day; services that started earlier are counted from that day for the filing deadline (a late result there is only a risk, since the transitional article could not be verified).",
    "- The 2013 and 2021 PBOC notices are opt-in packs (`preset: \"all\"`, or `pboc-2013`, `pboc-2021`). The 2017 clean-up notice (an instruction to local rectification offices, whose text was not found) and the NIFA risk alert (an industry association's, not binding) have no rule of their own.",
    "- The seed document's ICO list maps onto the corpus as follows: August 2017 “Tips on Preventing Risks Related to Investment Absorbed in the Name of ICO” is `nifa-2017`; September 2017 “Notice on Cleaning up and Rectifying the Financing of Token Issuance” is `ico-2017-rectification`; the September 2017 Announcement is `ico-2017`.",
    "",
  ].join("\n");
}
