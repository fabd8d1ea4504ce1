/**
 * Provisional calendars for years without State Council notice data, computed from the rules
 * of 《全国年节及纪念日放假办法》 (the national regulation on public holidays).
 *
 * Such a calendar has the statutory holidays only, plus the rule that a statutory holiday falling
 * on a Saturday or Sunday is made up on a following working day. The State Council's yearly notice
 * usually moves days around (调休) and adds make-up working days; those are unknown until it is
 * published, so every answer that uses a provisional year says so.
 *
 * @module
 */
import type { Bilingual } from "../corpus/types.js";
import type { CalendarYear } from "./types.js";
import { daysInYear, epochDayOf, formatEpochDay, isWeekend } from "./dates.js";

/**
 * A span of years, inclusive.
 *
 * @example
 * ```ts
 * const span: YearSpan = { from: 2000, to: 2050 };
 * ```
 */
export interface YearSpan {
  /** First year. */
  readonly from: number;
  /** Last year. */
  readonly to: number;
}

/**
 * The Gregorian dates of one year's moving festivals, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * const f: FestivalDates = festivalDates(2027);
 * f.springFestival; // "2027-02-06"
 * ```
 */
export interface FestivalDates {
  /** 春节: 正月初一 (the eve, 除夕, is the day before). */
  springFestival: string;
  /** 清明: the day of the solar term (Beijing time). */
  qingming: string;
  /** 端午: 五月初五. */
  duanwu: string;
  /** 中秋: 八月十五. */
  zhongqiu: string;
}

/**
 * The first and last year a provisional calendar can be computed for (the span of the lunar
 * table below). Outside it, and without notice data, the calendar throws a `RangeError`.
 *
 * @example
 * ```ts
 * PROVISIONAL_SPAN; // { from: 2000, to: 2050 }
 * ```
 */
export const PROVISIONAL_SPAN: YearSpan = Object.freeze({ from: 2000, to: 2050 });

/**
 * Gregorian dates (MM-DD) of the holidays that move with the lunar calendar and the solar terms,
 * one row per year: [year, 春节 (正月初一), 清明 (the solar term), 端午 (五月初五), 中秋 (八月十五)].
 *
 * Computed once, offline, on 2026-11-25 (Node 20.20.2, ICU 78.2), and cross-checked:
 * - lunar dates: the lunar table of chinese-days 1.5.7 (`getSolarDateFromLunar`, run under TZ=UTC)
 *   against `Intl.DateTimeFormat("en-u-ca-chinese")`. They agree for every year except 春节 2027
 *   (ICU: 02-07) and 2030 (ICU: 02-02). There the new moon falls within minutes of midnight Beijing
 *   time: Meeus' new-moon algorithm (Astronomical Algorithms ch. 49) gives 2027-02-06 23:56 and
 *   2030-02-03 00:07 (UTC+8), so 正月初一 is 2027-02-06 and 2030-02-03, as chinese-days has them.
 * - 清明: the usual formula [Y×0.2422 + 4.81] − [Y/4] (Y = year mod 100), checked against the
 *   time the apparent solar longitude reaches 15° (Meeus ch. 25, low precision) in Beijing time:
 *   same day for every year; 2005, 2009, 2038 and 2042 fall within 40 minutes of midnight.
 * - Known dates: 2019 春节 02-05, 2025 春节 01-29, 2026 春节 02-17, 2027 春节 02-06,
 *   2027 清明 04-05, 2017 中秋 10-04, 2020 中秋 10-01 (= 国庆).
 */
const LUNAR_TABLE: ReadonlyArray<readonly [year: number, springFestival: string, qingming: string, duanwu: string, zhongqiu: string]> = [
  [2000, "02-05", "04-04", "06-06", "09-12"],
  [2001, "01-24", "04-05", "06-25", "10-01"],
  [2002, "02-12", "04-05", "06-15", "09-21"],
  [2003, "02-01", "04-05", "06-04", "09-11"],
  [2004, "01-22", "04-04", "06-22", "09-28"],
  [2005, "02-09", "04-05", "06-11", "09-18"],
  [2006, "01-29", "04-05", "05-31", "10-06"],
  [2007, "02-18", "04-05", "06-19", "09-25"],
  [2008, "02-07", "04-04", "06-08", "09-14"],
  [2009, "01-26", "04-04", "05-28", "10-03"],
  [2010, "02-14", "04-05", "06-16", "09-22"],
  [2011, "02-03", "04-05", "06-06", "09-12"],
  [2012, "01-23", "04-04", "06-23", "09-30"],
  [2013, "02-10", "04-04", "06-12", "09-19"],
  [2014, "01-31", "04-05", "06-02", "09-08"],
  [2015, "02-19", "04-05", "06-20", "09-27"],
  [2016, "02-08", "04-04", "06-09", "09-15"],
  [2017, "01-28", "04-04", "05-30", "10-04"],
  [2018, "02-16", "04-05", "06-18", "09-24"],
  [2019, "02-05", "04-05", "06-07", "09-13"],
  [2020, "01-25", "04-04", "06-25", "10-01"],
  [2021, "02-12", "04-04", "06-14", "09-21"],
  [2022, "02-01", "04-05", "06-03", "09-10"],
  [2023, "01-22", "04-05", "06-22", "09-29"],
  [2024, "02-10", "04-04", "06-10", "09-17"],
  [2025, "01-29", "04-04", "05-31", "10-06"],
  [2026, "02-17", "04-05", "06-19", "09-25"],
  [2027, "02-06", "04-05", "06-09", "09-15"],
  [2028, "01-26", "04-04", "05-28", "10-03"],
  [2029, "02-13", "04-04", "06-16", "09-22"],
  [2030, "02-03", "04-05", "06-05", "09-12"],
  [2031, "01-23", "04-05", "06-24", "10-01"],
  [2032, "02-11", "04-04", "06-12", "09-19"],
  [2033, "01-31", "04-04", "06-01", "09-08"],
  [2034, "02-19", "04-05", "06-20", "09-27"],
  [2035, "02-08", "04-05", "06-10", "09-16"],
  [2036, "01-28", "04-04", "05-30", "10-04"],
  [2037, "02-15", "04-04", "06-18", "09-24"],
  [2038, "02-04", "04-05", "06-07", "09-13"],
  [2039, "01-24", "04-05", "05-27", "10-02"],
  [2040, "02-12", "04-04", "06-14", "09-20"],
  [2041, "02-01", "04-04", "06-03", "09-10"],
  [2042, "01-22", "04-04", "06-22", "09-28"],
  [2043, "02-10", "04-05", "06-11", "09-17"],
  [2044, "01-30", "04-04", "05-31", "10-05"],
  [2045, "02-17", "04-04", "06-19", "09-25"],
  [2046, "02-06", "04-04", "06-08", "09-15"],
  [2047, "01-26", "04-05", "05-29", "10-04"],
  [2048, "02-14", "04-04", "06-15", "09-22"],
  [2049, "02-02", "04-04", "06-04", "09-11"],
  [2050, "01-23", "04-04", "06-23", "09-30"],
];

/** One version of 《全国年节及纪念日放假办法》, as far as the working-day calendar needs it. */
interface RuleVersion {
  /** First calendar year the version governs. */
  fromYear: number;
  /** The decree, in Chinese and English. */
  decree: Bilingual;
  /** 春节 days as offsets from 正月初一 (−1 = 除夕, the day before). */
  springFestival: readonly number[];
  /** 劳动节 days, MM-DD. */
  labourDay: readonly string[];
  /** Whether 清明, 端午 and 中秋 are statutory holidays. */
  traditionalFestivals: boolean;
}

/**
 * The versions in force in 2000–2050, newest last. Only the rules the calendar needs are kept:
 * 元旦 is 1 January and 国庆节 1–3 October in every version.
 */
const RULE_VERSIONS: readonly RuleVersion[] = [
  {
    fromYear: 2000,
    decree: {
      zh: "《全国年节及纪念日放假办法》（1999年修订，国务院令第270号）",
      en: "National Measures on Holidays for Annual Festivals and Memorial Days (1999 revision, State Council Decree No. 270)",
    },
    springFestival: [0, 1, 2],
    labourDay: ["05-01", "05-02", "05-03"],
    traditionalFestivals: false,
  },
  {
    fromYear: 2008,
    decree: {
      zh: "《全国年节及纪念日放假办法》（2007年修订，国务院令第513号）",
      en: "National Measures on Holidays for Annual Festivals and Memorial Days (2007 revision, State Council Decree No. 513)",
    },
    springFestival: [-1, 0, 1],
    labourDay: ["05-01"],
    traditionalFestivals: true,
  },
  {
    fromYear: 2014,
    decree: {
      zh: "《全国年节及纪念日放假办法》（2013年修订，国务院令第644号）",
      en: "National Measures on Holidays for Annual Festivals and Memorial Days (2013 revision, State Council Decree No. 644)",
    },
    springFestival: [0, 1, 2],
    labourDay: ["05-01"],
    traditionalFestivals: true,
  },
  {
    fromYear: 2025,
    decree: {
      zh: "《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）",
      en: "National Measures on Holidays for Annual Festivals and Memorial Days (2024 revision, State Council Decree No. 795)",
    },
    springFestival: [-1, 0, 1, 2],
    labourDay: ["05-01", "05-02"],
    traditionalFestivals: true,
  },
];

function ruleFor(year: number): RuleVersion {
  let found: RuleVersion | undefined;
  for (const v of RULE_VERSIONS) if (v.fromYear <= year) found = v;
  if (!found || year > PROVISIONAL_SPAN.to) {
    throw new RangeError(
      `No provisional calendar for ${year}: provisional calendars cover ${PROVISIONAL_SPAN.from}–${PROVISIONAL_SPAN.to}`,
    );
  }
  return found;
}

function lunarRow(year: number): readonly [number, string, string, string, string] {
  const row = LUNAR_TABLE[year - PROVISIONAL_SPAN.from];
  if (!row || row[0] !== year) {
    throw new RangeError(
      `No provisional calendar for ${year}: provisional calendars cover ${PROVISIONAL_SPAN.from}–${PROVISIONAL_SPAN.to}`,
    );
  }
  return row;
}

/**
 * The Gregorian dates of the moving festivals of `year` (2000–2050), from the lunar table:
 * 春节 (正月初一), 清明 (the solar term), 端午 (五月初五) and 中秋 (八月十五). Whether each is a
 * holiday depends on the rules of the year (清明, 端午 and 中秋 only from 2008).
 *
 * @example
 * ```ts
 * festivalDates(2027); // { springFestival: "2027-02-06", qingming: "2027-04-05", duanwu: "2027-06-09", zhongqiu: "2027-09-15" }
 * ```
 */
export function festivalDates(year: number): FestivalDates {
  const [, springFestival, qingming, duanwu, zhongqiu] = lunarRow(year);
  return {
    springFestival: `${year}-${springFestival}`,
    qingming: `${year}-${qingming}`,
    duanwu: `${year}-${duanwu}`,
    zhongqiu: `${year}-${zhongqiu}`,
  };
}

/**
 * The statutory holidays of `year` under the rules then in force, one array of day numbers per
 * festival, in the order of the year. A day can appear in two festivals (e.g. 中秋 on 1 October).
 */
function statutoryFestivals(year: number): number[][] {
  const rule = ruleFor(year);
  const [, springFestival, qingming, duanwu, zhongqiu] = lunarRow(year);
  const day = (mmdd: string): number => epochDayOf(year, Number(mmdd.slice(0, 2)), Number(mmdd.slice(3, 5)));
  const firstDay = day(springFestival);
  const festivals: number[][] = [
    [day("01-01")],
    rule.springFestival.map((offset) => firstDay + offset),
    rule.labourDay.map(day),
    [day("10-01"), day("10-02"), day("10-03")],
  ];
  if (rule.traditionalFestivals) festivals.push([day(qingming)], [day(duanwu)], [day(zhongqiu)]);
  return festivals.sort((a, b) => a[0]! - b[0]!);
}

/**
 * The rules a provisional calendar for `year` was built from.
 *
 * @example
 * ```ts
 * provisionalBasis(2027).zh; // "《全国年节及纪念日放假办法》（2024年修订，国务院令第795号）"
 * ```
 */
export function provisionalBasis(year: number): Bilingual {
  return { ...ruleFor(year).decree };
}

/**
 * A provisional {@link CalendarYear} for a year without notice data (2000–2050), computed from
 * 《全国年节及纪念日放假办法》 in the version then in force:
 *
 * - statutory holidays: 元旦 1 January; 春节 (from 2025: 除夕 and 正月初一–初三; 2014–2024:
 *   初一–初三; 2008–2013: 除夕–初二; before 2008: 初一–初三); 清明 on the day of the solar term,
 *   端午 (五月初五) and 中秋 (八月十五) from 2008; 劳动节 1 May (from 2025 also 2 May; before
 *   2008 1–3 May); 国庆节 1–3 October;
 * - 补假: for each statutory day that falls on a Saturday or Sunday, or on a day that is already
 *   another festival's holiday, the next Monday–Friday after that festival that is not yet a
 *   holiday is a day off;
 * - `makeUpWorkdays` is empty: make-up working days are set by each year's notice and are unknown.
 *
 * `notices` is empty. Throws a `RangeError` outside 2000–2050.
 *
 * @example
 * ```ts
 * const y = provisionalCalendarYear(2027);
 * y.holidays.slice(0, 3);  // ["2027-01-01", "2027-02-05", "2027-02-06"]
 * y.makeUpWorkdays;        // []
 * ```
 */
export function provisionalCalendarYear(year: number): CalendarYear {
  if (!Number.isInteger(year)) throw new RangeError(`Invalid year ${String(year)}: expected an integer`);
  const off = new Set<number>();
  const yearEnd = epochDayOf(year, 1, 1) + daysInYear(year) - 1;
  for (const days of statutoryFestivals(year)) {
    let owed = 0;
    for (const d of days) {
      if (isWeekend(d) || off.has(d)) owed++;
      off.add(d);
    }
    // 补假 on the next weekdays after the festival that are not already off (within the year).
    for (let d = days[days.length - 1]! + 1; owed > 0 && d <= yearEnd; d++) {
      if (!isWeekend(d) && !off.has(d)) {
        off.add(d);
        owed--;
      }
    }
  }
  return {
    year,
    notices: [],
    holidays: [...off].sort((a, b) => a - b).map(formatEpochDay),
    makeUpWorkdays: [],
  };
}
