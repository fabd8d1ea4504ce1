import { corpus } from "../../seeds/index.js";
import { chineseNumeral } from "./numerals.js";
import type { Bilingual, InstrumentSource, PenaltySource, TextStatus } from "./types.js";

export type * from "./types.js";

/**
 * A reference into the corpus: an instrument, an article (or section) and optionally a paragraph.
 *
 * @example
 * ```ts
 * const filing: Citation = { instrument: "cac-2019", article: 11, paragraph: 1 };
 * defineRule({ ...definition, cites: [filing] });
 * ```
 */
export interface Citation {
  /** Instrument id, e.g. `cac-2019`. */
  instrument: string;
  /** Article number; for an instrument numbered by sections, the section number (§二 → 2). */
  article: number;
  /** Paragraph (款) number, 1-based. Absent: the whole article. */
  paragraph?: number;
}

/**
 * A citation with the corpus's text and labels filled in, as findings carry it.
 *
 * @example
 * ```ts
 * const cited: ResolvedCitation = resolveCitation({ instrument: "cac-2019", article: 11, paragraph: 1 });
 * cited.label.en;  // "CAC Blockchain Provisions (2019), Art. 11 ¶1"
 * cited.text.zh;   // "区块链信息服务提供者应当在提供服务之日起十个工作日内…"
 * cited.verified;  // true
 * ```
 */
export interface ResolvedCitation extends Citation {
  /** How to refer to it: `Provisions on …, Art. 11 ¶1` / `《区块链信息服务管理规定》第十一条第一款`. */
  label: Bilingual;
  /**
   * The statute's Chinese text (`zh`, `null` where no copy of the wording is known) and our English
   * rendering or description (`en`). For a whole article, its paragraphs joined.
   */
  text: {
    /** The statute's words, or `null` where no copy of them is known. */
    zh: string | null;
    /** Our English rendering, or our description of the substance. */
    en: string;
  };
  /** The weakest status among the cited paragraphs: see {@link TextStatus}. */
  textStatus: TextStatus;
  /** `true` only when the text is confirmed by two copies or an official one, and the article's number is confirmed. */
  verified: boolean;
}

/**
 * A penalty provision as findings carry it.
 *
 * @example
 * ```ts
 * for (const penalty of finding.penalties ?? []) {
 *   console.log(penalty.label.en, penalty.fineCny ? `CNY ${penalty.fineCny.min}–${penalty.fineCny.max}` : "no fine range");
 * }
 * // CAC Blockchain Provisions (2019), Art. 22 CNY 10000–30000
 * ```
 */
export interface ResolvedPenalty {
  /** Stable id, e.g. `cac-2019/art-22`. */
  id: string;
  /** The instrument id, e.g. `cac-2019`. */
  instrument: string;
  /** The penalty article (or section). */
  article: number;
  /** Its paragraph, when the penalty is one paragraph of the article. */
  paragraph?: number;
  /** How to refer to it: `CAC Blockchain Provisions (2019), Art. 22` / `《区块链信息服务管理规定》第二十二条`. */
  label: Bilingual;
  /** The obligations (articles, paragraphs) of the same instrument that this provision penalises. */
  appliesTo: {
    /** The article (or section) of the obligation. */
    article: number;
    /** Its paragraph; absent: the whole article. */
    paragraph?: number;
  }[];
  /** What the authority may do, in our words. */
  measures: Bilingual;
  /** The fine range in CNY, or `null` where the provision gives none. */
  fineCny: {
    /** The lowest fine. */
    min: number;
    /** The highest fine. */
    max: number;
  } | null;
  /** Whether the link between the breached article and this penalty article is confirmed by a copy of the text. */
  mappingVerified: boolean;
  /** How sure we are of the penalty's own terms (the fine range and measures). */
  textStatus: TextStatus;
  /** `true` only when both the mapping and the penalty's terms are verified. */
  verified: boolean;
  /** The sources of the penalty's terms and mapping, and what is not verified. */
  note?: string;
}

/**
 * The legal corpus: every instrument the library knows, keyed by id, with its metadata, its
 * articles (or sections), paragraphs and items, the Chinese text where it is known (flagged as
 * verified or not) and our English rendering.
 *
 * @example
 * ```ts
 * import { instruments } from "cn-blockchain-compliance";
 * const art11 = instruments["cac-2019"]?.articles.find((a) => a.number === 11);
 * art11?.paragraphs[0]?.zh; // "区块链信息服务提供者应当在提供服务之日起十个工作日内…"
 * ```
 */
export const instruments: Readonly<Record<string, InstrumentSource>> = Object.freeze(
  Object.fromEntries(corpus.map((instrument) => [instrument.id, instrument])),
);

const STATUS_RANK: Record<TextStatus, number> = { verified: 3, "one-copy": 2, "substance-only": 1, unverified: 0 };

function weakest(statuses: TextStatus[]): TextStatus {
  return statuses.reduce((a, b) => (STATUS_RANK[b] < STATUS_RANK[a] ? b : a), "verified");
}

function articleLabel(instrument: InstrumentSource, article: number, paragraph?: number): Bilingual {
  const sections = instrument.numbering === "sections";
  const en = `${instrument.shortTitle.en}, ${sections ? "§" : "Art. "}${article}${paragraph ? ` ¶${paragraph}` : ""}`;
  const zhArticle = sections ? `第${chineseNumeral(article)}部分` : `第${chineseNumeral(article)}条`;
  const zhParagraph = paragraph ? (sections ? `第${chineseNumeral(paragraph)}段` : `第${chineseNumeral(paragraph)}款`) : "";
  return { en, zh: `《${instrument.shortTitle.zh}》${zhArticle}${zhParagraph}` };
}

/** Why a citation does not resolve, or `null` if it does. */
export function citationProblem(citation: Citation): string | null {
  const instrument = instruments[citation.instrument];
  if (!instrument) return `cites instrument "${citation.instrument}", which the corpus does not have (known: ${Object.keys(instruments).join(", ")})`;
  const article = instrument.articles.find((a) => a.number === citation.article);
  if (!article) return `cites ${citation.instrument} article ${citation.article}, which the corpus does not have`;
  if (citation.paragraph !== undefined && !article.paragraphs.some((p) => p.number === citation.paragraph)) {
    return `cites ${citation.instrument} article ${citation.article} paragraph ${citation.paragraph}, which the corpus does not have (it has ${article.paragraphs.length})`;
  }
  return null;
}

/**
 * Resolves a citation against the corpus: the text in both languages, labels, and how sure we are.
 * Throws a `RangeError` naming the problem if the citation does not exist.
 *
 * @example
 * ```ts
 * resolveCitation({ instrument: "cac-2019", article: 11, paragraph: 1 }).label.zh;
 * // "《区块链信息服务管理规定》第十一条第一款"
 * ```
 */
export function resolveCitation(citation: Citation): ResolvedCitation {
  const key = `${citation.instrument}:${citation.article}:${citation.paragraph ?? ""}`;
  const cached = resolved.get(key);
  if (cached) return cached;
  const result = Object.freeze(resolveUncached(citation));
  resolved.set(key, result);
  return result;
}

const resolved = new Map<string, ResolvedCitation>();

function resolveUncached(citation: Citation): ResolvedCitation {
  const problem = citationProblem(citation);
  if (problem) throw new RangeError(problem);
  const instrument = instruments[citation.instrument]!;
  const article = instrument.articles.find((a) => a.number === citation.article)!;
  const paragraphs =
    citation.paragraph === undefined ? article.paragraphs : article.paragraphs.filter((p) => p.number === citation.paragraph);
  const textStatus = weakest(paragraphs.map((p) => p.textStatus));
  const zhParts = paragraphs.map((p) => p.zh);
  const zh = zhParts.length > 0 && zhParts.every((part) => part !== null) ? zhParts.join("\n") : null;
  return {
    instrument: citation.instrument,
    article: citation.article,
    ...(citation.paragraph !== undefined ? { paragraph: citation.paragraph } : {}),
    label: articleLabel(instrument, citation.article, citation.paragraph),
    text: { zh, en: paragraphs.map((p) => p.en).join("\n") },
    textStatus,
    verified: textStatus === "verified" && article.numberVerified,
  };
}

function resolvePenalty(instrument: InstrumentSource, penalty: PenaltySource): ResolvedPenalty {
  return {
    id: penalty.id,
    instrument: instrument.id,
    article: penalty.article,
    ...(penalty.paragraph !== undefined ? { paragraph: penalty.paragraph } : {}),
    label: articleLabel(instrument, penalty.article, penalty.paragraph),
    appliesTo: penalty.appliesTo.map((target) => ({ ...target })),
    measures: penalty.measures,
    fineCny: penalty.fineCny ?? null,
    mappingVerified: penalty.mappingVerified,
    textStatus: penalty.textStatus,
    verified: penalty.mappingVerified && penalty.textStatus === "verified",
    ...(penalty.note !== undefined ? { note: penalty.note } : {}),
  };
}

/**
 * The penalty provisions that cover a cited obligation, as the corpus maps them. A penalty that
 * covers a whole article covers each of its paragraphs; one that covers a paragraph covers only it.
 *
 * @example
 * ```ts
 * penaltiesFor({ instrument: "cac-2019", article: 11, paragraph: 1 }).map((penalty) => penalty.id);
 * // ["cac-2019/art-22"]
 * ```
 */
export function penaltiesFor(citation: Citation): ResolvedPenalty[] {
  const instrument = instruments[citation.instrument];
  if (!instrument) return [];
  return instrument.penalties
    .filter((penalty) =>
      penalty.appliesTo.some(
        (target) =>
          target.article === citation.article &&
          (target.paragraph === undefined || citation.paragraph === undefined || target.paragraph === citation.paragraph),
      ),
    )
    .map((penalty) => resolvePenalty(instrument, penalty));
}

/**
 * A penalty provision by its id (`cac-2019/art-22`), or `undefined`.
 *
 * @example
 * ```ts
 * penaltyById("cac-2019/art-22")?.fineCny; // { min: 10000, max: 30000 }
 * penaltyById("cac-2019/art-99");          // undefined
 * ```
 */
export function penaltyById(id: string): ResolvedPenalty | undefined {
  for (const instrument of Object.values(instruments)) {
    const penalty = instrument.penalties.find((p) => p.id === id);
    if (penalty) return resolvePenalty(instrument, penalty);
  }
  return undefined;
}
