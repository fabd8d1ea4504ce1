/**
 * Blockchain information service filing (区块链信息服务备案): the published filing batches and
 * the province abbreviations that open a filing number (备案编号).
 *
 * Source of truth: the research file `cac-filing-batches.md` (shared legal folder). Legal basis:
 * cac-2019 Arts 11 (filing), 12 (filing number issued and published), 13 (display).
 * @module
 */

/**
 * One published list of filed blockchain information services (境内区块链信息服务备案清单).
 *
 * @example
 * ```ts
 * const first: CacFilingBatch | undefined = cacFilingBatches.find((b) => b.batch === 1);
 * first?.published; // "2019-03-30"
 * first?.count;     // 197
 * ```
 */
export interface CacFilingBatch {
  /** Batch number (第一批 → 1). For batches 3 and 4 the numbering assumes no other batch came between. */
  batch: number;
  /** `YYYY-MM-DD` the CAC published the list. */
  published: string;
  /** Number of services on the list, or `null` when not known. */
  count: number | null;
  /** Whether date and count are confirmed by two or more independent sources. */
  verified: boolean;
  /** Where the date and count come from. */
  sources: string[];
  /** What the sources say and where they disagree. */
  note?: string;
}

/**
 * A province-level division, by the one-character abbreviation that opens a filing number.
 *
 * @example
 * ```ts
 * const division: ProvinceAbbreviation | undefined = provinceAbbreviations.find((p) => p.abbreviation === "沪");
 * division?.id;      // "shanghai"
 * division?.name.zh; // "上海市"
 * ```
 */
export interface ProvinceAbbreviation {
  /** Kebab-case id: `beijing`, `inner-mongolia`. */
  id: string;
  /** The one-character abbreviation (京, 沪, 粤, …). */
  abbreviation: string;
  /** The division's name. */
  name: {
    /** In English: `Inner Mongolia`. */
    en: string;
    /** In Chinese: `内蒙古自治区`. */
    zh: string;
  };
  /**
   * The division's two-digit GB/T 2260 code. The first six digits of observed filing numbers look
   * like GB/T 2260 codes of the filer's location (110105, 110108, 330108): an inference, not a rule.
   */
  divisionCode: string;
}

const DIGICHINA =
  "DigiChina https://digichina.stanford.edu/news/translation-blockchain-information-service-management-regulations-2019 (2021-03-17)";
const HUFENG = "http://hufeng.ink/2019/04/01/RecordOfBlockchain/";
const WINNDOO = "http://data.winndoo.cn/zixun/detail/34626.html (证券日报)";
const JIABEISH = "http://m.jiabeish.com/block/20191021/32046.html";

/**
 * The published filing batches the research could date, 1–4. Later batches exist (at least nine
 * by September 2022: a 2022 page mentions the 7th and 8th lists, another the 10th as expected),
 * but their dates and counts were not found.
 *
 * @example
 * ```ts
 * import { cacFilingBatches } from "cn-blockchain-compliance";
 * const listed = cacFilingBatches.filter((b) => b.published <= "2019-12-31").map((b) => b.count); // [197, 309]
 * ```
 */
export const cacFilingBatches: CacFilingBatch[] = [
  {
    batch: 1,
    published: "2019-03-30",
    count: 197,
    verified: true,
    sources: [HUFENG, WINNDOO, JIABEISH, DIGICHINA],
    note: "197 services of 165 entities in 18 provinces (high confidence, four sources). Top provinces: 北京, 广东, 上海, 浙江, 江苏 (hufeng.ink).",
  },
  {
    batch: 2,
    published: "2019-10-18",
    count: 309,
    verified: true,
    sources: [JIABEISH, DIGICHINA],
    note: "High confidence (two sources).",
  },
  {
    batch: 3,
    published: "2020-04-24",
    count: 244,
    verified: false,
    sources: [DIGICHINA],
    note: "DigiChina only, which does not label it batch 3 (the number assumes no other batch came between). Discrepancy: DigiChina gives a total of 1,015 for its four lists, but 197 + 309 + 244 + 285 = 1,035; the stated total would fit 224 for this list. Which figure is wrong is UNVERIFIED.",
  },
  {
    batch: 4,
    published: "2020-10-30",
    count: 285,
    verified: false,
    sources: [DIGICHINA],
    note: "DigiChina only, which does not label it batch 4 (the number assumes no other batch came between). Part of the 1,015 vs 1,035 discrepancy noted for batch 3.",
  },
];

/**
 * The 31 province-level divisions of mainland China and the one-character abbreviations that
 * open a blockchain filing number (京网信备…号), in the order of the research's suggested check.
 *
 * @example
 * ```ts
 * const byAbbreviation = new Map(provinceAbbreviations.map((p) => [p.abbreviation, p]));
 * byAbbreviation.get("京")?.name.en; // "Beijing"
 * ```
 */
export const provinceAbbreviations: readonly ProvinceAbbreviation[] = [
  { id: "beijing", abbreviation: "京", name: { en: "Beijing", zh: "北京市" }, divisionCode: "11" },
  { id: "tianjin", abbreviation: "津", name: { en: "Tianjin", zh: "天津市" }, divisionCode: "12" },
  { id: "shanghai", abbreviation: "沪", name: { en: "Shanghai", zh: "上海市" }, divisionCode: "31" },
  { id: "chongqing", abbreviation: "渝", name: { en: "Chongqing", zh: "重庆市" }, divisionCode: "50" },
  { id: "hebei", abbreviation: "冀", name: { en: "Hebei", zh: "河北省" }, divisionCode: "13" },
  { id: "shanxi", abbreviation: "晋", name: { en: "Shanxi", zh: "山西省" }, divisionCode: "14" },
  { id: "inner-mongolia", abbreviation: "蒙", name: { en: "Inner Mongolia", zh: "内蒙古自治区" }, divisionCode: "15" },
  { id: "liaoning", abbreviation: "辽", name: { en: "Liaoning", zh: "辽宁省" }, divisionCode: "21" },
  { id: "jilin", abbreviation: "吉", name: { en: "Jilin", zh: "吉林省" }, divisionCode: "22" },
  { id: "heilongjiang", abbreviation: "黑", name: { en: "Heilongjiang", zh: "黑龙江省" }, divisionCode: "23" },
  { id: "jiangsu", abbreviation: "苏", name: { en: "Jiangsu", zh: "江苏省" }, divisionCode: "32" },
  { id: "zhejiang", abbreviation: "浙", name: { en: "Zhejiang", zh: "浙江省" }, divisionCode: "33" },
  { id: "anhui", abbreviation: "皖", name: { en: "Anhui", zh: "安徽省" }, divisionCode: "34" },
  { id: "fujian", abbreviation: "闽", name: { en: "Fujian", zh: "福建省" }, divisionCode: "35" },
  { id: "jiangxi", abbreviation: "赣", name: { en: "Jiangxi", zh: "江西省" }, divisionCode: "36" },
  { id: "shandong", abbreviation: "鲁", name: { en: "Shandong", zh: "山东省" }, divisionCode: "37" },
  { id: "henan", abbreviation: "豫", name: { en: "Henan", zh: "河南省" }, divisionCode: "41" },
  { id: "hubei", abbreviation: "鄂", name: { en: "Hubei", zh: "湖北省" }, divisionCode: "42" },
  { id: "hunan", abbreviation: "湘", name: { en: "Hunan", zh: "湖南省" }, divisionCode: "43" },
  { id: "guangdong", abbreviation: "粤", name: { en: "Guangdong", zh: "广东省" }, divisionCode: "44" },
  { id: "guangxi", abbreviation: "桂", name: { en: "Guangxi", zh: "广西壮族自治区" }, divisionCode: "45" },
  { id: "hainan", abbreviation: "琼", name: { en: "Hainan", zh: "海南省" }, divisionCode: "46" },
  { id: "sichuan", abbreviation: "川", name: { en: "Sichuan", zh: "四川省" }, divisionCode: "51" },
  { id: "guizhou", abbreviation: "贵", name: { en: "Guizhou", zh: "贵州省" }, divisionCode: "52" },
  { id: "yunnan", abbreviation: "云", name: { en: "Yunnan", zh: "云南省" }, divisionCode: "53" },
  { id: "tibet", abbreviation: "藏", name: { en: "Tibet", zh: "西藏自治区" }, divisionCode: "54" },
  { id: "shaanxi", abbreviation: "陕", name: { en: "Shaanxi", zh: "陕西省" }, divisionCode: "61" },
  { id: "gansu", abbreviation: "甘", name: { en: "Gansu", zh: "甘肃省" }, divisionCode: "62" },
  { id: "qinghai", abbreviation: "青", name: { en: "Qinghai", zh: "青海省" }, divisionCode: "63" },
  { id: "ningxia", abbreviation: "宁", name: { en: "Ningxia", zh: "宁夏回族自治区" }, divisionCode: "64" },
  { id: "xinjiang", abbreviation: "新", name: { en: "Xinjiang", zh: "新疆维吾尔自治区" }, divisionCode: "65" },
];

/**
 * The apparent shape of a blockchain filing number: `<province abbreviation>网信备<19 digits><digit or X>号`,
 * 20 characters between 网信备 and 号, the last possibly X (one copy shows lowercase x, probably
 * a typo, so x is accepted too).
 *
 * INFERRED, NOT SPECIFIED: no official specification of the 备案编号 format has been found; the
 * pattern is inferred from six real numbers seen in site footers (see
 * {@link observedFilingNumbers}). A match does not prove a number is genuine (only the CAC filing
 * system, https://bcbeian.ifcert.cn/, can tell), and a mismatch is a reason to check, not proof
 * of a fake. Not every "网信备" string is a blockchain filing: one footer labels
 * "京网信备1101082479238910001号" (19 characters) as an algorithm filing, a different regime.
 *
 * @example
 * ```ts
 * filingNumberPattern.test("京网信备11010519864491550014号"); // true
 * filingNumberPattern.test("京网信备1101082479238910001号");  // false: 19 characters, an algorithm filing
 * "浙网信备33010822584102190011号".match(filingNumberPattern)?.[1]; // "浙", the province's abbreviation
 * ```
 */
export const filingNumberPattern: RegExp = new RegExp(
  `^(${provinceAbbreviations.map((p) => p.abbreviation).join("|")})网信备\\d{19}[\\dXx]号$`,
);

/**
 * The real filing numbers the research saw (site footers in public source-code repositories).
 *
 * @example
 * ```ts
 * observedFilingNumbers.every((number) => filingNumberPattern.test(number)); // true
 * ```
 */
export const observedFilingNumbers: readonly string[] = [
  "京网信备11010519864491550014号",
  "浙网信备33010822584102190011号",
  "京网信备11010519322986960019号",
  "京网信备1101081971596078003x号",
  "京网信备1101082276223860002X号",
  "京网信备11010819239339740011号",
];
