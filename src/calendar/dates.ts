/**
 * `YYYY-MM-DD` parsing and day arithmetic, all in UTC so the host's time zone never enters.
 * Internal to the calendar; not part of the public API.
 *
 * @module
 */

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A parsed, valid calendar date.
 *
 * @example
 * ```ts
 * const p: ParsedDate = parseDate("2019-10-01"); // { year: 2019, month: 10, day: 1, epochDay: 18170 }
 * ```
 */
export interface ParsedDate {
  year: number;
  month: number;
  day: number;
  /** Days since 1970-01-01. */
  epochDay: number;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value instanceof Date) return `a Date object (${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()})`;
  if (value === null) return "null";
  return `${typeof value} ${String(value)}`;
}

/**
 * Parses a `YYYY-MM-DD` string naming a day that exists. Throws a `RangeError` naming the bad
 * value and the expected format otherwise (non-strings, `2019-9-1`, `2019-02-30`, …).
 *
 * @example
 * ```ts
 * parseDate("2019-10-01").epochDay; // 18170
 * parseDate("2019-02-30");          // throws RangeError: Invalid date "2019-02-30": expected … YYYY-MM-DD …
 * ```
 */
export function parseDate(value: unknown, name = "date"): ParsedDate {
  const m = typeof value === "string" ? DATE_RE.exec(value) : null;
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { year, month, day, epochDay: epochDayOf(year, month, day) };
    }
  }
  throw new RangeError(
    `Invalid ${name} ${describe(value)}: expected a calendar date YYYY-MM-DD that exists (Beijing time), e.g. "2019-09-27"`,
  );
}

/**
 * Whether `year` is a Gregorian leap year.
 *
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * ```
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in `month` (1–12) of `year`.
 *
 * @example
 * ```ts
 * daysInMonth(2019, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days in `year`.
 *
 * @example
 * ```ts
 * daysInYear(2024); // 366
 * ```
 */
export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

/**
 * Days since 1970-01-01 of a date given by parts (month 1–12).
 *
 * @example
 * ```ts
 * epochDayOf(1970, 1, 2); // 1
 * ```
 */
export function epochDayOf(year: number, month: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  return Math.round(new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The `YYYY-MM-DD` string of a day number (days since 1970-01-01); years 0000–9999.
 *
 * @example
 * ```ts
 * formatEpochDay(18170); // "2019-10-01"
 * ```
 */
export function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * Day of the week of a day number: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * weekdayOf(0); // 4 (1970-01-01 was a Thursday)
 * ```
 */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * Whether a day number is a Saturday or Sunday.
 *
 * @example
 * ```ts
 * isWeekend(epochDayOf(2019, 9, 29)); // true (a Sunday, though a make-up working day)
 * ```
 */
export function isWeekend(epochDay: number): boolean {
  const w = weekdayOf(epochDay);
  return w === 0 || w === 6;
}
