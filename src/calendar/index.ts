/**
 * The Chinese statutory working-day calendar: State Council holiday arrangements (2017–2026),
 * provisional calendars for other years, working-day counting and deadlines.
 *
 * @module
 */
import { getDefaultCalendar } from "./calendar.js";

export type {
  Calendar,
  CalendarNotice,
  CalendarSource,
  CalendarYear,
  DeadlineBlock,
  DeadlineInput,
  YearCoverage,
} from "./types.js";
export { createCalendar, getDefaultCalendar, MAX_WORKING_DAYS } from "./calendar.js";
export { computeDeadline } from "./deadline.js";
export { festivalDates, PROVISIONAL_SPAN, provisionalBasis, provisionalCalendarYear } from "./provisional.js";
export type { FestivalDates, YearSpan } from "./provisional.js";

/**
 * Whether `date` (`YYYY-MM-DD`, Beijing time) is a working day in China, using the default
 * calendar: a make-up working day (调休上班), or Monday–Friday and not a statutory holiday.
 * Throws a `RangeError` for an invalid date or a year outside 2000–2050.
 *
 * @example
 * ```ts
 * isWorkingDay("2019-10-01"); // false (National Day)
 * isWorkingDay("2019-09-29"); // true  (a Sunday made a working day)
 * isWorkingDay("2019-09-30"); // true
 * ```
 */
export function isWorkingDay(date: string): boolean {
  return getDefaultCalendar().isWorkingDay(date);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative), using the default
 * calendar. The start day is not counted (民法典 第二百零一条: 开始的当日不计入); `n = 0` returns
 * `date`. Throws a `RangeError` for an invalid date, a non-integer `n`, |n| > 3660, or a year
 * outside 2000–2050.
 *
 * @example
 * ```ts
 * addWorkingDays("2019-09-27", 5);   // "2019-10-10" (National Day holidays skipped)
 * addWorkingDays("2019-02-01", 1);   // "2019-02-02" (a Saturday made a working day)
 * addWorkingDays("2021-10-15", -30); // "2021-08-30"
 * ```
 */
export function addWorkingDays(date: string, n: number): string {
  return getDefaultCalendar().addWorkingDays(date, n);
}
