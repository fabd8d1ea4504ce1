/**
 * Types of the Chinese statutory working-day calendar.
 *
 * Every date is a `YYYY-MM-DD` string naming a calendar day in Beijing time (UTC+8). The
 * calendar never looks at instants or at the host's time zone.
 *
 * @module
 */

import type { Bilingual } from "../corpus/types.js";

/**
 * One State Council (国务院办公厅) notice that a year's arrangement rests on.
 *
 * @example
 * ```ts
 * const notice: CalendarNotice = {
 *   documentNumber: "国办发明电〔2018〕15号",
 *   signed: "2018-12-04",
 *   title: {
 *     zh: "国务院办公厅关于2019年部分节假日安排的通知",
 *     en: "Notice of the General Office of the State Council on the Arrangement of Certain Public Holidays in 2019",
 *   },
 *   source: "http://news.china.com.cn/txt/2018-12/06/content_74247818.htm",
 *   verified: true,
 * };
 * ```
 */
export interface CalendarNotice {
  /**
   * The document number, e.g. `国办发明电〔2018〕15号`; `null` when it is not known
   * (then `verified` is `false` and `note` says so).
   */
  documentNumber: string | null;
  /** The day the notice was signed or issued, `YYYY-MM-DD`; `YYYY-MM` when only the month is known. */
  signed: string;
  /** The notice's title. */
  title: Bilingual;
  /** The address of a copy of the notice (the official gov.cn address where one is known). */
  source: string;
  /** Further copies that agree with `source`. */
  otherSources?: string[];
  /**
   * `true` when the document number, signing date and dates were confirmed by at least two
   * independent copies of the notice; `false` when something rests on one copy or was not found
   * (`note` says what).
   */
  verified: boolean;
  /** What the notice covers in this entry, or what is not verified. */
  note?: string;
}

/**
 * One calendar year's data: the statutory holidays and the make-up working days of one
 * Gregorian year, with the notices they come from. This is the shape of each entry in
 * `seeds/cn-holidays.ts`, and of the data a user passes to {@link createCalendar} for a year
 * whose notice is newer than this package.
 *
 * Conventions:
 * - every date in `holidays` and `makeUpWorkdays` falls in `year` (a date announced in the next
 *   year's notice, such as 2018-12-30, is stored in the year it falls in, and that year's
 *   `notices` cite the next year's notice);
 * - `holidays` lists every day off in the holiday ranges exactly as the notice states them
 *   (e.g. all of 2019-10-01..2019-10-07, weekend days included). Where a notice says
 *   "与周末连休" only the named day is listed, because the adjoining weekend is an ordinary weekend;
 * - `makeUpWorkdays` lists the Saturdays and Sundays that are working days (调休上班).
 *
 * A day is a working day when it is in `makeUpWorkdays`, or when it is Monday–Friday and not
 * in `holidays`.
 *
 * @example
 * ```ts
 * const y2027: CalendarYear = {
 *   year: 2027,
 *   notices: [{
 *     documentNumber: null,
 *     signed: "2026-11-01",
 *     title: { zh: "国务院办公厅关于2027年部分节假日安排的通知", en: "Notice … in 2027" },
 *     source: "https://www.gov.cn/…",
 *     verified: false,
 *     note: "Entered by hand from the gov.cn release",
 *   }],
 *   holidays: ["2027-01-01"],
 *   makeUpWorkdays: [],
 * };
 * ```
 */
export interface CalendarYear {
  /** The Gregorian year, e.g. `2019`. */
  year: number;
  /** The notices this year's dates come from (including a next-year notice for year-end dates). */
  notices: CalendarNotice[];
  /** Statutory days off, `YYYY-MM-DD`, all within `year`. */
  holidays: string[];
  /** Saturdays and Sundays that are working days, `YYYY-MM-DD`, all within `year`. */
  makeUpWorkdays: string[];
}

/**
 * Where a year's data comes from:
 * - `"official"`: the State Council notices bundled with this package (`seeds/cn-holidays.ts`);
 * - `"user"`: a {@link CalendarYear} passed to {@link createCalendar};
 * - `"provisional"`: computed from the rules of 《全国年节及纪念日放假办法》 because no notice
 *   data is available; make-up working days are unknown and the result may be wrong.
 *
 * @example
 * ```ts
 * const source: CalendarSource = createCalendar().yearCoverage(2027).source; // "provisional"
 * ```
 */
export type CalendarSource = "official" | "user" | "provisional";

/**
 * What a calendar knows about one year.
 *
 * @example
 * ```ts
 * const c: YearCoverage = createCalendar().yearCoverage(2019);
 * // { year: 2019, source: "official", notices: [ { documentNumber: "国办发明电〔2018〕15号", … }, … ] }
 * ```
 */
export interface YearCoverage {
  /** The year. */
  year: number;
  /** Where the year's data comes from. */
  source: CalendarSource;
  /** The notices behind the data (empty for provisional years). */
  notices: CalendarNotice[];
  /** For provisional years: the version of 《全国年节及纪念日放假办法》 the calendar was computed from. */
  basis?: Bilingual;
}

/**
 * A working-day calendar. Create one with {@link createCalendar}; the functions
 * {@link isWorkingDay} and {@link addWorkingDays} use a shared default one.
 *
 * All methods take and return `YYYY-MM-DD` strings and throw a `RangeError` for malformed or
 * impossible dates, and for years outside the supported span (2000–2050 unless user data
 * covers them).
 *
 * @example
 * ```ts
 * const cal: Calendar = createCalendar();
 * cal.isWorkingDay("2019-10-01");          // false (National Day)
 * cal.addWorkingDays("2019-09-27", 5);     // "2019-10-10"
 * cal.workingDaysBetween("2019-09-27", "2019-10-10"); // 5
 * ```
 */
export interface Calendar {
  /**
   * Whether `date` is a working day: a make-up working day, or Monday–Friday and not a
   * statutory holiday.
   */
  isWorkingDay(date: string): boolean;
  /**
   * The date `n` working days after `date` (before it when `n` is negative). `date` itself is
   * not counted (民法典 第二百零一条: 开始的当日不计入), so for `n > 0` the result is the n-th working
   * day after `date`, and for `n < 0` the |n|-th working day before it. `n = 0` returns `date`.
   */
  addWorkingDays(date: string, n: number): string;
  /**
   * The number of working days `d` with `from < d <= to`; when `to < from`, minus the number
   * with `to < d <= from`. So `workingDaysBetween(a, a) = 0`,
   * `workingDaysBetween(a, b) = -workingDaysBetween(b, a)`, and
   * `workingDaysBetween(a, addWorkingDays(a, n)) = n` for every `n >= 0`.
   */
  workingDaysBetween(from: string, to: string): number;
  /** Where the data for `year` comes from, and the notices behind it. */
  yearCoverage(year: number): YearCoverage;
  /**
   * A copy of the data used for `year` (official, user-supplied or provisional), e.g. to extend
   * an official year with a year-end date from the next year's notice.
   */
  yearData(year: number): CalendarYear;
  /**
   * The years from the year of `from` to the year of `to` (inclusive, in either order) whose
   * data is provisional, ascending.
   */
  provisionalYears(from: string, to: string): number[];
}

/**
 * Input of {@link computeDeadline}.
 *
 * @example
 * ```ts
 * const input: DeadlineInput = {
 *   start: "2019-09-26", workingDays: 10, direction: "after",
 *   actual: "2019-10-17", asOf: "2019-11-01",
 * };
 * ```
 */
export interface DeadlineInput {
  /**
   * The date the period counts from (not counted). For `"before"`, the date the period counts
   * back from, e.g. the termination date.
   */
  start: string;
  /** The length of the period in working days, an integer `>= 0`. */
  workingDays: number;
  /**
   * `"after"`: the act must happen within `workingDays` working days after `start`.
   * `"before"`: the act must happen at least `workingDays` working days before `start`.
   */
  direction: "after" | "before";
  /** When the act happened, if it did. */
  actual?: string | null;
  /** The date the status is judged on (usually today in Beijing). */
  asOf: string;
}

/**
 * A computed deadline: when the act was due, whether it was done in time, and the counting
 * shown in both languages.
 *
 * @example
 * ```ts
 * const block: DeadlineBlock = computeDeadline(createCalendar(), {
 *   start: "2019-09-26", workingDays: 10, direction: "after", actual: "2019-10-17", asOf: "2019-11-01",
 * });
 * // block.due === "2019-10-15", block.status === "late", block.workingDaysLate === 2
 * ```
 */
export interface DeadlineBlock {
  /**
   * The date the period counts from (not counted); for `"before"`, the date the period counts
   * back from (e.g. the termination date).
   */
  start: string;
  /** The length of the period in working days. */
  workingDays: number;
  /** Whether the act is due after or before `start`. */
  direction: "after" | "before";
  /**
   * The last day the act may happen. `"after"`: `addWorkingDays(start, workingDays)`;
   * `"before"`: `addWorkingDays(start, -workingDays)`.
   */
  due: string;
  /** When the act happened, or `null`. */
  actual: string | null;
  /** The date the status is judged on. */
  asOf: string;
  /**
   * `"met"`: `actual <= due`; `"late"`: `actual > due`; `"missed"`: no `actual` and
   * `asOf > due`; `"pending"`: no `actual` and `asOf <= due`.
   */
  status: "met" | "late" | "missed" | "pending";
  /**
   * For `"late"`: the working days after `due` up to and including `actual`; for `"missed"`:
   * up to and including `asOf`; otherwise 0. Can be 0 for `"late"` when the act happened on a
   * non-working day right after `due` (see `calendarDaysLate`).
   */
  workingDaysLate: number;
  /** Calendar days from `due` to `actual` (late) or `asOf` (missed); otherwise 0. */
  calendarDaysLate: number;
  /** `true` when some year used in the count had no official or user data (see {@link CalendarSource}). */
  provisional: boolean;
  /** Why the result is provisional, or `null`. */
  provisionalReason: Bilingual | null;
  /** The counting shown, with the due date and the notices relied on. */
  explanation: Bilingual;
}
