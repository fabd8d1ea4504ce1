/**
 * The shape of the legal corpus: instruments, their articles (条) or sections (一、二、…),
 * paragraphs (款) and items (项), each with the Chinese text where we have it and our own
 * English rendering.
 *
 * The data lives in `seeds/`, one file per instrument; these types keep it honest.
 * @module
 */

/**
 * Text in both languages the library speaks.
 *
 * @example
 * ```ts
 * const title: Bilingual = { en: "Complaint e-mail address", zh: "投诉邮箱" };
 * const text = locale === "zh" ? finding.message.zh : finding.message.en;
 * ```
 */
export interface Bilingual {
  /** English. */
  en: string;
  /** Simplified Chinese. */
  zh: string;
}

/**
 * How sure we are of a Chinese text, following the markers of the legal research:
 * - `verified`: two or more independent copies (or an official copy) agree character for character;
 * - `one-copy`: the characters come from a single copy; quotable, but not verified;
 * - `substance-only`: no copy of the wording; only our description of the substance, so there is no Chinese text;
 * - `unverified`: not supported by any source (recollection or inference); shown as such everywhere.
 *
 * @example
 * ```ts
 * const quotable = (status: TextStatus) => status === "verified" || status === "one-copy";
 * resolveCitation({ instrument: "cac-2019", article: 11, paragraph: 1 }).textStatus; // "verified"
 * ```
 */
export type TextStatus = "verified" | "one-copy" | "substance-only" | "unverified";

/**
 * One item (项) of a paragraph.
 *
 * @example
 * ```ts
 * const item: ItemSource = { number: 1, zh: null, en: "(Substance) the first listed duty.", textStatus: "substance-only" };
 * ```
 */
export interface ItemSource {
  /** 1-based item number ((一) → 1). */
  number: number;
  /** The statute's own words, or `null` when no copy of the wording is known. */
  zh: string | null;
  /** Our English rendering (or, for substance-only text, our description of the substance). */
  en: string;
  /** How sure we are of `zh`. */
  textStatus: TextStatus;
}

/**
 * One paragraph (款) of an article or section.
 *
 * @example
 * ```ts
 * const art11 = instruments["cac-2019"]?.articles.find((article) => article.number === 11);
 * const first: ParagraphSource | undefined = art11?.paragraphs[0];
 * first?.textStatus; // "verified"
 * ```
 */
export interface ParagraphSource {
  /** 1-based paragraph number (第二款 → 2). */
  number: number;
  /**
   * The statute's own words as the copies have them (full-width punctuation restored),
   * or `null` when no copy of the wording is known: never text passed off as the statute's.
   */
  zh: string | null;
  /** Our English rendering of `zh`, or our description of the substance when `zh` is `null`. */
  en: string;
  /** How sure we are of `zh`. */
  textStatus: TextStatus;
  /** Why the status is what it is: the sources, the gaps, the variants. */
  note?: string;
  /** The paragraph's items (项), when it lists them. */
  items?: ItemSource[];
}

/**
 * One article (条), or one numbered section (一、二、…) of a notice.
 *
 * @example
 * ```ts
 * const art11: ArticleSource | undefined = instruments["cac-2019"]?.articles.find((article) => article.number === 11);
 * art11?.heading.en;             // "Filing, changes and cancellation"
 * art11?.paragraphs.length;      // 3
 * ```
 */
export interface ArticleSource {
  /** The article's number; for an instrument numbered by sections, the section's number (§二 → 2). */
  number: number;
  /** A short heading of our own (the Provisions have no headings), in English and, where the instrument has one, its Chinese heading. */
  heading: {
    /** Our English heading. */
    en: string;
    /** The instrument's own Chinese heading, where it has one. */
    zh?: string;
    /** How sure we are of `zh`. */
    zhStatus?: TextStatus;
  };
  /** Whether the article's number (its position in the instrument) is itself confirmed by a copy. */
  numberVerified: boolean;
  /** The paragraphs (款) in order. */
  paragraphs: ParagraphSource[];
  /** What is known and not known about the article: sources, gaps, variants. */
  note?: string;
}

/**
 * A penalty provision: which breaches it covers, what it provides, the fine range in CNY.
 * `mappingVerified` says whether the list of covered articles is confirmed by a copy of the text;
 * an unverified mapping is shown as such in every finding that carries it.
 *
 * @example
 * ```ts
 * const art22: PenaltySource | undefined = instruments["cac-2019"]?.penalties.find((p) => p.id === "cac-2019/art-22");
 * art22?.appliesTo; // [{ article: 11, paragraph: 1 }]
 * art22?.fineCny;   // { min: 10000, max: 30000 }
 * ```
 */
export interface PenaltySource {
  /** Stable id, e.g. `cac-2019/art-22`. */
  id: string;
  /** Where the penalty is, in the same instrument. */
  article: number;
  /** The paragraph of that article, when the penalty is one paragraph of it. */
  paragraph?: number;
  /** The obligations it penalises. */
  appliesTo: {
    /** The article (or section) of the obligation. */
    article: number;
    /** Its paragraph; absent: the whole article. */
    paragraph?: number;
  }[];
  /** What the authority may do, in our words. */
  measures: Bilingual;
  /** The fine range in CNY, where the instrument gives one. */
  fineCny?: {
    /** The lowest fine. */
    min: number;
    /** The highest fine. */
    max: number;
  };
  /** Whether the covered-article list is confirmed by a copy of the penalty article's text. */
  mappingVerified: boolean;
  /** How sure we are of the penalty's own terms (the fine range and measures). */
  textStatus: TextStatus;
  /** The sources of the penalty's terms and mapping, and what is not verified. */
  note?: string;
}

/**
 * A legal instrument as the corpus records it.
 *
 * @example
 * ```ts
 * const cac: InstrumentSource | undefined = instruments["cac-2019"];
 * cac?.documentNumber; // "国家互联网信息办公室令第3号"
 * cac?.effective;      // "2019-02-15"
 * ```
 */
export interface InstrumentSource {
  /** Stable id, `<short-name>-<year>`: `cac-2019`, `ico-2017`. */
  id: string;
  /** The full title (the Chinese one is the official title). */
  title: Bilingual;
  /** A short name for labels: `CAC Blockchain Provisions (2019)`. */
  shortTitle: Bilingual;
  /** The kind of document: 部门规章, 公告, 通知, industry notice, … */
  kind: Bilingual;
  /** The authorities that issued it, jointly when there are several. */
  issuers: Bilingual[];
  /** The document number (文号), e.g. 国家互联网信息办公室令第3号; `null` when it has none. */
  documentNumber: string | null;
  /** `YYYY-MM-DD` the instrument was issued. */
  issued: string;
  /** `YYYY-MM-DD` it took effect. */
  effective: string;
  /** `YYYY-MM-DD` it ceased to have effect, if it has. */
  repealed?: string;
  /** Whether the instrument binds (law, regulation, regulators' announcement) or is context only (an industry association's warning, a policy). */
  binding: boolean;
  /** The official address of the text, where known. */
  officialSource: string | null;
  /** Whether the instrument is numbered by articles (条) or by sections (一、二、…). */
  numbering: "articles" | "sections";
  /**
   * The text before the first article or section, where the instrument has one (a notice's opening
   * paragraph): the Chinese as the copies have it (or `null`), our English, and how sure we are.
   * It is not an article, so it cannot be cited; it is kept for reading the instrument whole.
   */
  preamble?: { zh: string | null; en: string; textStatus: TextStatus; note?: string };
  /** Articles (or sections) in order. An instrument whose wording is unknown may have none. */
  articles: ArticleSource[];
  /** Its penalty provisions and the obligations each covers. */
  penalties: PenaltySource[];
  /** What we know and do not know about the text as a whole. */
  note: string;
}
