/**
 * The Chinese statutory working-day calendar, 2017–2026, as data.
 *
 * One entry per Gregorian year: the State Council (国务院办公厅) notices the year rests on, the
 * statutory days off, and the weekend days that are working days (调休上班). Researched in
 * the shared legal research file `cn-holidays.md` (two or more copies of each notice agree unless a notice
 * says `verified: false`), and cross-checked day by day against the data file of the
 * `chinese-days` package in `test/calendar/cross-check.test.ts`.
 *
 * Encoding (see {@link CalendarYear}):
 * - `holidays` lists every day off in the holiday ranges exactly as the notice gives them,
 *   weekend days inside a range included. Where the notice says "与周末连休" only the named day
 *   is listed; the adjoining weekend is an ordinary weekend and needs no entry.
 * - `makeUpWorkdays` lists the Saturdays and Sundays that are working days.
 * - Every date is stored in the year it falls in. Dates announced in the next year's notice
 *   (2018-12-29/30/31 from the 2019 notice, 2022-12-31 from the 2023 notice) are stored in the
 *   earlier year, whose `notices` cite the next year's notice.
 * - The 2019 Labour Day amendment (国办发明电〔2019〕3号) and the 2020 Spring Festival
 *   extension (国办发明电〔2020〕1号) are applied: the dates below are the effective ones.
 *
 * To add a year: append one entry (dates from the notice), then run
 * `npx vitest run test/calendar` — the cross-check test compares every day of the covered years
 * with chinese-days' data once that package has the year. See `docs/calendar.md`.
 *
 * @module
 */
import type { CalendarNotice, CalendarYear } from "../src/calendar/types.js";

const GOV_TITLE_EN = (year: number): string =>
  `Notice of the General Office of the State Council on the Arrangement of Certain Public Holidays in ${year}`;
const GOV_TITLE_ZH = (year: number): string => `国务院办公厅关于${year}年部分节假日安排的通知`;

/** The annual notices, by the year they arrange. */
const NOTICE: Record<number, CalendarNotice> = {
  2017: {
    documentNumber: "国办发明电〔2016〕17号",
    signed: "2016-12-01",
    title: { zh: GOV_TITLE_ZH(2017), en: GOV_TITLE_EN(2017) },
    source: "http://www.gov.cn/zhengce/content/2016-12/01/content_5141603.htm",
    otherSources: [
      "https://zh.wikisource.org/zh/国务院办公厅关于2017年部分节假日安排的通知",
      "http://59180.com/e/action/ShowInfo.php?classid=106&id=39796",
      "http://0351ms.com/ArticleBoard.asp?ArticleID=1900&ClassID=9",
    ],
    verified: true,
  },
  2018: {
    documentNumber: "国办发明电〔2017〕12号",
    signed: "2017-11-30",
    title: { zh: GOV_TITLE_ZH(2018), en: GOV_TITLE_EN(2018) },
    source: "http://taiwan.cn/xwzx/PoliticsNews/201712/t20171201_11874642.htm",
    otherSources: ["https://scgw.gov.cn/Detail.aspx?id=20171206072746664"],
    verified: true,
  },
  2019: {
    documentNumber: "国办发明电〔2018〕15号",
    signed: "2018-12-04",
    title: { zh: GOV_TITLE_ZH(2019), en: GOV_TITLE_EN(2019) },
    source: "http://news.china.com.cn/txt/2018-12/06/content_74247818.htm",
    otherSources: ["http://czj.gnzrmzf.gov.cn/info/1282/12573.htm"],
    verified: true,
  },
  2020: {
    documentNumber: "国办发明电〔2019〕16号",
    signed: "2019-11-21",
    title: { zh: GOV_TITLE_ZH(2020), en: GOV_TITLE_EN(2020) },
    source: "http://news.chengdu.cn/2019/1121/2083946.shtml",
    otherSources: ["http://kaixinit.com/news/3681.html", "http://gansulong.com/c/0Q25M3X2022_2.html"],
    verified: true,
  },
  2021: {
    documentNumber: "国办发明电〔2020〕27号",
    signed: "2020-11-25",
    title: { zh: GOV_TITLE_ZH(2021), en: GOV_TITLE_EN(2021) },
    source: "http://epaper.gmw.cn/gmrb/html/2020-11/26/nw.D110000gmrb_20201126_7-03.htm",
    otherSources: ["https://0798ci.com/law/95022.html", "http://www.cncaprc.cn/?c=i&a=lList_mod&myid=3&id=3366"],
    verified: true,
  },
  2022: {
    documentNumber: "国办发明电〔2021〕11号",
    signed: "2021-10-25",
    title: { zh: GOV_TITLE_ZH(2022), en: GOV_TITLE_EN(2022) },
    source: "http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html",
    otherSources: ["http://sn.people.com.cn/n2/2021/1026/c186331-34973987.html", "http://www.cgksw.com/xinwen/36905.html"],
    verified: true,
  },
  2023: {
    documentNumber: "国办发明电〔2022〕16号",
    signed: "2022-12-08",
    title: { zh: GOV_TITLE_ZH(2023), en: GOV_TITLE_EN(2023) },
    source: "https://zh.m.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知",
    otherSources: ["http://fz.xmtw.org.cn/show-20778.html"],
    verified: true,
  },
  2024: {
    documentNumber: "国办发明电〔2023〕7号",
    signed: "2023-10-25",
    title: { zh: GOV_TITLE_ZH(2024), en: GOV_TITLE_EN(2024) },
    source: "http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm",
    otherSources: ["https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知"],
    verified: true,
  },
  2025: {
    documentNumber: "国办发明电〔2024〕12号",
    signed: "2024-11-12",
    title: { zh: GOV_TITLE_ZH(2025), en: GOV_TITLE_EN(2025) },
    source: "https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm",
    otherSources: ["https://m.gmw.cn/2024-11/12/content_1303894933.htm", "http://mip.gyhiac.cn/blog/jCiECJtgPIQFRn-11.html"],
    verified: true,
    note: "First year under the revised 《全国年节及纪念日放假办法》 (国务院令第795号, in force 2025-01-01): 春节 and 劳动节 gain one statutory day each. The gov.cn address is as cited by the chinese-days package.",
  },
  2026: {
    documentNumber: null,
    signed: "2025-11-04",
    title: { zh: GOV_TITLE_ZH(2026), en: GOV_TITLE_EN(2026) },
    source: "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
    otherSources: [
      "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
      "https://epaper.zsnews.cn/epaper/zsrb/paperdate/20251105/part/1/articleid/3.html",
    ],
    verified: false,
    note: "UNVERIFIED: the document number was not found. The dates are confirmed by three copies and by the chinese-days package; the gov.cn address is as cited by chinese-days.",
  },
};

/** 国办发明电〔2019〕3号: the 2019 Labour Day amendment. */
const AMENDMENT_2019_LABOUR_DAY: CalendarNotice = {
  documentNumber: "国办发明电〔2019〕3号",
  signed: "2019-03-22",
  title: {
    zh: "国务院办公厅关于调整2019年劳动节假期安排的通知",
    en: "Notice of the General Office of the State Council on Adjusting the 2019 Labour Day Holiday Arrangement",
  },
  source: "http://m.cd.bendibao.com/news/102369.shtm",
  otherSources: ["http://hmsrbp.cn/rlzy/2019-03-29/513.html", "http://yongzhoudao.com/news/17259.html"],
  verified: true,
  note: "Amends 国办发明电〔2018〕15号: 劳动节 5月1日至4日 (4 days) instead of 5月1日 only; make-up working days 4月28日 (Sun) and 5月5日 (Sun). The dates below are the amended ones. The title is given from memory: the researched file (cn-holidays.md) records the number, date and text, not the title.",
};

/** 国办发明电〔2020〕1号: the 2020 Spring Festival extension (COVID-19). */
const EXTENSION_2020_SPRING_FESTIVAL: CalendarNotice = {
  documentNumber: "国办发明电〔2020〕1号",
  signed: "2020-01",
  title: {
    zh: "国务院办公厅关于延长2020年春节假期的通知",
    en: "Notice of the General Office of the State Council on Extending the 2020 Spring Festival Holiday",
  },
  source: "http://www.gov.cn/zhengce/content/2020-01/27/content_5472352.htm",
  otherSources: ["http://gansulong.com/c/0Q25M3X2022_2.html"],
  verified: false,
  note: "Extends 春节 to 2月2日 (正月初九, Sunday), normal work from 2月3日: the holiday runs 1月24日–2月2日 and the make-up working day 2月1日 (Sat) no longer applies (an inference from the extension; chinese-days encodes it the same way). Medium confidence: the text and document number rest on one copy (gansulong.com); the day of signing in January 2020 is not known; the gov.cn address is as cited by chinese-days. The title is given from memory, not from the researched file.",
};

/** The 2019 notice, cited in 2018 for the year-end dates it arranges. */
const NOTICE_2019_FOR_2018: CalendarNotice = {
  ...NOTICE[2019]!,
  note: "Cited for 2018-12-29 (Saturday, make-up working day) and 2018-12-30/31 (元旦 2019 holiday, 2018年12月30日至2019年1月1日).",
};

/** The 2023 notice, cited in 2022 for the year-end date it arranges. */
const NOTICE_2023_FOR_2022: CalendarNotice = {
  ...NOTICE[2023]!,
  note: "Cited for 2022-12-31 (元旦 2023 holiday, 2022年12月31日至2023年1月2日).",
};

/**
 * The bundled calendar data, 2017–2026, one entry per year in ascending order.
 *
 * @example
 * ```ts
 * import { CN_HOLIDAYS } from "../seeds/cn-holidays.js";
 * const y2019 = CN_HOLIDAYS.find((y) => y.year === 2019)!;
 * y2019.makeUpWorkdays.includes("2019-09-29"); // true
 * ```
 */
export const CN_HOLIDAYS: readonly CalendarYear[] = [
  {
    year: 2017,
    notices: [NOTICE[2017]!],
    holidays: [
      // 元旦 New Year's Day (2 days)
      "2017-01-01", "2017-01-02",
      // 春节 Spring Festival (7 days)
      "2017-01-27", "2017-01-28", "2017-01-29", "2017-01-30", "2017-01-31", "2017-02-01", "2017-02-02",
      // 清明节 Qingming (3 days)
      "2017-04-02", "2017-04-03", "2017-04-04",
      // 劳动节 Labour Day
      "2017-05-01",
      // 端午节 Dragon Boat (3 days)
      "2017-05-28", "2017-05-29", "2017-05-30",
      // 中秋节、国庆节 Mid-Autumn + National Day (8 days)
      "2017-10-01", "2017-10-02", "2017-10-03", "2017-10-04", "2017-10-05", "2017-10-06", "2017-10-07", "2017-10-08",
    ],
    makeUpWorkdays: [
      "2017-01-22", // Sun, 春节 Spring Festival
      "2017-02-04", // Sat, 春节 Spring Festival
      "2017-04-01", // Sat, 清明节 Qingming
      "2017-05-27", // Sat, 端午节 Dragon Boat
      "2017-09-30", // Sat, 中秋节、国庆节 Mid-Autumn + National Day
    ],
  },
  {
    year: 2018,
    notices: [NOTICE[2018]!, NOTICE_2019_FOR_2018],
    holidays: [
      // 元旦 New Year's Day
      "2018-01-01",
      // 春节 Spring Festival (7 days)
      "2018-02-15", "2018-02-16", "2018-02-17", "2018-02-18", "2018-02-19", "2018-02-20", "2018-02-21",
      // 清明节 Qingming (3 days)
      "2018-04-05", "2018-04-06", "2018-04-07",
      // 劳动节 Labour Day (3 days)
      "2018-04-29", "2018-04-30", "2018-05-01",
      // 端午节 Dragon Boat
      "2018-06-18",
      // 中秋节 Mid-Autumn
      "2018-09-24",
      // 国庆节 National Day (7 days)
      "2018-10-01", "2018-10-02", "2018-10-03", "2018-10-04", "2018-10-05", "2018-10-06", "2018-10-07",
      // 元旦 of the next year (next year's notice) (2 days)
      "2018-12-30", "2018-12-31",
    ],
    makeUpWorkdays: [
      "2018-02-11", // Sun, 春节 Spring Festival
      "2018-02-24", // Sat, 春节 Spring Festival
      "2018-04-08", // Sun, 清明节 Qingming
      "2018-04-28", // Sat, 劳动节 Labour Day
      "2018-09-29", // Sat, 国庆节 National Day
      "2018-09-30", // Sun, 国庆节 National Day
      "2018-12-29", // Sat, 元旦 of the next year (next year's notice)
    ],
  },
  {
    year: 2019,
    notices: [NOTICE[2019]!, AMENDMENT_2019_LABOUR_DAY],
    holidays: [
      // 元旦 New Year's Day
      "2019-01-01",
      // 春节 Spring Festival (7 days)
      "2019-02-04", "2019-02-05", "2019-02-06", "2019-02-07", "2019-02-08", "2019-02-09", "2019-02-10",
      // 清明节 Qingming
      "2019-04-05",
      // 劳动节 Labour Day (4 days)
      "2019-05-01", "2019-05-02", "2019-05-03", "2019-05-04",
      // 端午节 Dragon Boat
      "2019-06-07",
      // 中秋节 Mid-Autumn
      "2019-09-13",
      // 国庆节 National Day (7 days)
      "2019-10-01", "2019-10-02", "2019-10-03", "2019-10-04", "2019-10-05", "2019-10-06", "2019-10-07",
    ],
    makeUpWorkdays: [
      "2019-02-02", // Sat, 春节 Spring Festival
      "2019-02-03", // Sun, 春节 Spring Festival
      "2019-04-28", // Sun, 劳动节 Labour Day
      "2019-05-05", // Sun, 劳动节 Labour Day
      "2019-09-29", // Sun, 国庆节 National Day
      "2019-10-12", // Sat, 国庆节 National Day
    ],
  },
  {
    year: 2020,
    notices: [NOTICE[2020]!, EXTENSION_2020_SPRING_FESTIVAL],
    holidays: [
      // 元旦 New Year's Day
      "2020-01-01",
      // 春节 Spring Festival (10 days)
      "2020-01-24", "2020-01-25", "2020-01-26", "2020-01-27", "2020-01-28", "2020-01-29", "2020-01-30", "2020-01-31", "2020-02-01", "2020-02-02",
      // 清明节 Qingming (3 days)
      "2020-04-04", "2020-04-05", "2020-04-06",
      // 劳动节 Labour Day (5 days)
      "2020-05-01", "2020-05-02", "2020-05-03", "2020-05-04", "2020-05-05",
      // 端午节 Dragon Boat (3 days)
      "2020-06-25", "2020-06-26", "2020-06-27",
      // 中秋节、国庆节 Mid-Autumn + National Day (8 days)
      "2020-10-01", "2020-10-02", "2020-10-03", "2020-10-04", "2020-10-05", "2020-10-06", "2020-10-07", "2020-10-08",
    ],
    makeUpWorkdays: [
      "2020-01-19", // Sun, 春节 Spring Festival
      "2020-04-26", // Sun, 劳动节 Labour Day
      "2020-05-09", // Sat, 劳动节 Labour Day
      "2020-06-28", // Sun, 端午节 Dragon Boat
      "2020-09-27", // Sun, 中秋节、国庆节 Mid-Autumn + National Day
      "2020-10-10", // Sat, 中秋节、国庆节 Mid-Autumn + National Day
    ],
  },
  {
    year: 2021,
    notices: [NOTICE[2021]!],
    holidays: [
      // 元旦 New Year's Day (3 days)
      "2021-01-01", "2021-01-02", "2021-01-03",
      // 春节 Spring Festival (7 days)
      "2021-02-11", "2021-02-12", "2021-02-13", "2021-02-14", "2021-02-15", "2021-02-16", "2021-02-17",
      // 清明节 Qingming (3 days)
      "2021-04-03", "2021-04-04", "2021-04-05",
      // 劳动节 Labour Day (5 days)
      "2021-05-01", "2021-05-02", "2021-05-03", "2021-05-04", "2021-05-05",
      // 端午节 Dragon Boat (3 days)
      "2021-06-12", "2021-06-13", "2021-06-14",
      // 中秋节 Mid-Autumn (3 days)
      "2021-09-19", "2021-09-20", "2021-09-21",
      // 国庆节 National Day (7 days)
      "2021-10-01", "2021-10-02", "2021-10-03", "2021-10-04", "2021-10-05", "2021-10-06", "2021-10-07",
    ],
    makeUpWorkdays: [
      "2021-02-07", // Sun, 春节 Spring Festival
      "2021-02-20", // Sat, 春节 Spring Festival
      "2021-04-25", // Sun, 劳动节 Labour Day
      "2021-05-08", // Sat, 劳动节 Labour Day
      "2021-09-18", // Sat, 中秋节 Mid-Autumn
      "2021-09-26", // Sun, 国庆节 National Day
      "2021-10-09", // Sat, 国庆节 National Day
    ],
  },
  {
    year: 2022,
    notices: [NOTICE[2022]!, NOTICE_2023_FOR_2022],
    holidays: [
      // 元旦 New Year's Day (3 days)
      "2022-01-01", "2022-01-02", "2022-01-03",
      // 春节 Spring Festival (7 days)
      "2022-01-31", "2022-02-01", "2022-02-02", "2022-02-03", "2022-02-04", "2022-02-05", "2022-02-06",
      // 清明节 Qingming (3 days)
      "2022-04-03", "2022-04-04", "2022-04-05",
      // 劳动节 Labour Day (5 days)
      "2022-04-30", "2022-05-01", "2022-05-02", "2022-05-03", "2022-05-04",
      // 端午节 Dragon Boat (3 days)
      "2022-06-03", "2022-06-04", "2022-06-05",
      // 中秋节 Mid-Autumn (3 days)
      "2022-09-10", "2022-09-11", "2022-09-12",
      // 国庆节 National Day (7 days)
      "2022-10-01", "2022-10-02", "2022-10-03", "2022-10-04", "2022-10-05", "2022-10-06", "2022-10-07",
      // 元旦 of the next year (next year's notice)
      "2022-12-31",
    ],
    makeUpWorkdays: [
      "2022-01-29", // Sat, 春节 Spring Festival
      "2022-01-30", // Sun, 春节 Spring Festival
      "2022-04-02", // Sat, 清明节 Qingming
      "2022-04-24", // Sun, 劳动节 Labour Day
      "2022-05-07", // Sat, 劳动节 Labour Day
      "2022-10-08", // Sat, 国庆节 National Day
      "2022-10-09", // Sun, 国庆节 National Day
    ],
  },
  {
    year: 2023,
    notices: [NOTICE[2023]!],
    holidays: [
      // 元旦 New Year's Day (2 days)
      "2023-01-01", "2023-01-02",
      // 春节 Spring Festival (7 days)
      "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24", "2023-01-25", "2023-01-26", "2023-01-27",
      // 清明节 Qingming
      "2023-04-05",
      // 劳动节 Labour Day (5 days)
      "2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03",
      // 端午节 Dragon Boat (3 days)
      "2023-06-22", "2023-06-23", "2023-06-24",
      // 中秋节、国庆节 Mid-Autumn + National Day (8 days)
      "2023-09-29", "2023-09-30", "2023-10-01", "2023-10-02", "2023-10-03", "2023-10-04", "2023-10-05", "2023-10-06",
    ],
    makeUpWorkdays: [
      "2023-01-28", // Sat, 春节 Spring Festival
      "2023-01-29", // Sun, 春节 Spring Festival
      "2023-04-23", // Sun, 劳动节 Labour Day
      "2023-05-06", // Sat, 劳动节 Labour Day
      "2023-06-25", // Sun, 端午节 Dragon Boat
      "2023-10-07", // Sat, 中秋节、国庆节 Mid-Autumn + National Day
      "2023-10-08", // Sun, 中秋节、国庆节 Mid-Autumn + National Day
    ],
  },
  {
    year: 2024,
    notices: [NOTICE[2024]!],
    holidays: [
      // 元旦 New Year's Day
      "2024-01-01",
      // 春节 Spring Festival (8 days)
      "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16", "2024-02-17",
      // 清明节 Qingming (3 days)
      "2024-04-04", "2024-04-05", "2024-04-06",
      // 劳动节 Labour Day (5 days)
      "2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04", "2024-05-05",
      // 端午节 Dragon Boat
      "2024-06-10",
      // 中秋节 Mid-Autumn (3 days)
      "2024-09-15", "2024-09-16", "2024-09-17",
      // 国庆节 National Day (7 days)
      "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-05", "2024-10-06", "2024-10-07",
    ],
    makeUpWorkdays: [
      "2024-02-04", // Sun, 春节 Spring Festival
      "2024-02-18", // Sun, 春节 Spring Festival
      "2024-04-07", // Sun, 清明节 Qingming
      "2024-04-28", // Sun, 劳动节 Labour Day
      "2024-05-11", // Sat, 劳动节 Labour Day
      "2024-09-14", // Sat, 中秋节 Mid-Autumn
      "2024-09-29", // Sun, 国庆节 National Day
      "2024-10-12", // Sat, 国庆节 National Day
    ],
  },
  {
    year: 2025,
    notices: [NOTICE[2025]!],
    holidays: [
      // 元旦 New Year's Day
      "2025-01-01",
      // 春节 Spring Festival (8 days)
      "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02", "2025-02-03", "2025-02-04",
      // 清明节 Qingming (3 days)
      "2025-04-04", "2025-04-05", "2025-04-06",
      // 劳动节 Labour Day (5 days)
      "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04", "2025-05-05",
      // 端午节 Dragon Boat (3 days)
      "2025-05-31", "2025-06-01", "2025-06-02",
      // 中秋节、国庆节 Mid-Autumn + National Day (8 days)
      "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07", "2025-10-08",
    ],
    makeUpWorkdays: [
      "2025-01-26", // Sun, 春节 Spring Festival
      "2025-02-08", // Sat, 春节 Spring Festival
      "2025-04-27", // Sun, 劳动节 Labour Day
      "2025-09-28", // Sun, 中秋节、国庆节 Mid-Autumn + National Day
      "2025-10-11", // Sat, 中秋节、国庆节 Mid-Autumn + National Day
    ],
  },
  {
    year: 2026,
    notices: [NOTICE[2026]!],
    holidays: [
      // 元旦 New Year's Day (3 days)
      "2026-01-01", "2026-01-02", "2026-01-03",
      // 春节 Spring Festival (9 days)
      "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22", "2026-02-23",
      // 清明节 Qingming (3 days)
      "2026-04-04", "2026-04-05", "2026-04-06",
      // 劳动节 Labour Day (5 days)
      "2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
      // 端午节 Dragon Boat (3 days)
      "2026-06-19", "2026-06-20", "2026-06-21",
      // 中秋节 Mid-Autumn (3 days)
      "2026-09-25", "2026-09-26", "2026-09-27",
      // 国庆节 National Day (7 days)
      "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
    ],
    makeUpWorkdays: [
      "2026-01-04", // Sun, 元旦 New Year's Day
      "2026-02-14", // Sat, 春节 Spring Festival
      "2026-02-28", // Sat, 春节 Spring Festival
      "2026-05-09", // Sat, 劳动节 Labour Day
      "2026-09-20", // Sun, 国庆节 National Day
      "2026-10-10", // Sat, 国庆节 National Day
    ],
  },
];
