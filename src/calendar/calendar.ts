/**
 * The working-day calendar: which days are working days, and counting working days.
 *
 * @module
 */
import { CN_HOLIDAYS } from "../../seeds/cn-holidays.js";
import {
  daysInYear,
  epochDayOf,
  formatEpochDay,
  isWeekend,
  parseDate,
  weekdayOf,
} from "./dates.js";
import { PROVISIONAL_SPAN, provisionalBasis, provisionalCalendarYear } from "./provisional.js";
import type { Calendar, CalendarNotice, CalendarSource, CalendarYear, YearCoverage } from "./types.js";

/**
 * The largest |n| accepted by `addWorkingDays` (about 15 years of working days). Larger values
 * throw a `RangeError`: no statutory period is that long, and the calendar data does not reach.
 *
 * @example
 * ```ts
 * createCalendar().addWorkingDays("2019-09-27", MAX_WORKING_DAYS + 1); // throws RangeError
 * ```
 */
export const MAX_WORKING_DAYS = 3660;

/** One year, precomputed for counting. */
interface YearTable {
  readonly year: number;
  readonly source: CalendarSource;
  readonly data: CalendarYear;
  /** Day number of 1 January. */
  readonly start: number;
  /** 1 for a working day, 0 otherwise, indexed by day of the year (0-based). */
  readonly working: Uint8Array;
  /** cumulative[i] = working days among days 0..i-1 of the year; length = days + 1. */
  readonly cumulative: Uint16Array;
}

function describeValue(value: unknown): string {
  return typeof value === "number" ? String(value) : `${typeof value} ${JSON.stringify(value)}`;
}

function checkYearNumber(year: unknown): number {
  if (typeof year !== "number" || !Number.isInteger(year) || year < 1000 || year > 9999) {
    throw new RangeError(`Invalid year ${describeValue(year)}: expected a four-digit integer such as 2027`);
  }
  return year;
}

/**
 * Checks one year's data and returns a defensive copy. Throws a `RangeError` naming the
 * problem: a malformed or impossible date, a date outside the year, a make-up working day that is
 * not a Saturday or Sunday, or a date that is both a holiday and a make-up working day.
 */
function copyNotice(n: CalendarNotice): CalendarNotice {
  const copy: CalendarNotice = { ...n, title: { ...n.title } };
  if (Array.isArray(n.otherSources)) copy.otherSources = [...n.otherSources];
  return copy;
}

function checkCalendarYear(input: unknown, label: string): CalendarYear {
  if (typeof input !== "object" || input === null) {
    throw new RangeError(`Invalid calendar year ${label}: expected an object { year, notices, holidays, makeUpWorkdays }`);
  }
  const y = input as Partial<CalendarYear>;
  const year = checkYearNumber(y.year);
  const where = `calendar year ${year}`;
  if (!Array.isArray(y.notices)) throw new RangeError(`Invalid ${where}: "notices" must be an array (may be empty)`);
  const dates = (field: "holidays" | "makeUpWorkdays"): string[] => {
    const list: unknown = y[field];
    if (!Array.isArray(list)) throw new RangeError(`Invalid ${where}: "${field}" must be an array of YYYY-MM-DD strings`);
    return list.map((value: unknown) => {
      const p = parseDate(value, `${field} entry of ${where}`);
      if (p.year !== year) {
        throw new RangeError(
          `Invalid ${field} entry ${JSON.stringify(value)} of ${where}: it falls in ${p.year}; store each date in the year it falls in`,
        );
      }
      return value as string;
    });
  };
  const holidays = dates("holidays");
  const makeUpWorkdays = dates("makeUpWorkdays");
  const holidaySet = new Set(holidays);
  for (const d of makeUpWorkdays) {
    const p = parseDate(d);
    if (!isWeekend(p.epochDay)) {
      throw new RangeError(
        `Invalid makeUpWorkdays entry "${d}" of ${where}: make-up working days must be a Saturday or Sunday (it is day ${weekdayOf(p.epochDay)} of the week)`,
      );
    }
    if (holidaySet.has(d)) throw new RangeError(`Invalid ${where}: "${d}" is both a holiday and a make-up working day`);
  }
  return {
    year,
    notices: y.notices.map((n: unknown, i: number) => {
      if (typeof n !== "object" || n === null) throw new RangeError(`Invalid ${where}: notices[${i}] must be an object`);
      return copyNotice(n as CalendarNotice);
    }),
    holidays: [...holidaySet].sort(),
    makeUpWorkdays: [...new Set(makeUpWorkdays)].sort(),
  };
}

function buildTable(data: CalendarYear, source: CalendarSource): YearTable {
  const start = epochDayOf(data.year, 1, 1);
  const length = daysInYear(data.year);
  const working = new Uint8Array(length);
  for (let i = 0; i < length; i++) working[i] = isWeekend(start + i) ? 0 : 1;
  for (const d of data.holidays) working[parseDate(d).epochDay - start] = 0;
  for (const d of data.makeUpWorkdays) working[parseDate(d).epochDay - start] = 1;
  const cumulative = new Uint16Array(length + 1);
  for (let i = 0; i < length; i++) cumulative[i + 1] = cumulative[i]! + working[i]!;
  return { year: data.year, source, data, start, working, cumulative };
}

/** Official years by number, checked once. */
let officialYears: Map<number, CalendarYear> | undefined;
function official(): Map<number, CalendarYear> {
  if (!officialYears) {
    officialYears = new Map();
    for (const y of CN_HOLIDAYS) officialYears.set(y.year, checkCalendarYear(y, String(y.year)));
  }
  return officialYears;
}

/** Tables of official and provisional years, shared by every calendar (they never change). */
const sharedTables = new Map<number, YearTable>();

function sharedTable(year: number): YearTable | undefined {
  let t = sharedTables.get(year);
  if (t) return t;
  const data = official().get(year);
  if (data) t = buildTable(data, "official");
  else if (year >= PROVISIONAL_SPAN.from && year <= PROVISIONAL_SPAN.to) {
    t = buildTable(provisionalCalendarYear(year), "provisional");
  } else return undefined;
  sharedTables.set(year, t);
  return t;
}

function copyYear(data: CalendarYear): CalendarYear {
  return {
    year: data.year,
    notices: data.notices.map(copyNotice),
    holidays: [...data.holidays],
    makeUpWorkdays: [...data.makeUpWorkdays],
  };
}

/**
 * A calendar with its own user-supplied years (if any) on top of the bundled official data
 * (2017–2026) and provisional years (2000–2050).
 */
class WorkingDayCalendar implements Calendar {
  readonly #userTables = new Map<number, YearTable>();
  readonly #officialRange: string;

  constructor(extraYears: readonly CalendarYear[]) {
    for (const [i, y] of extraYears.entries()) {
      const data = checkCalendarYear(y, `at index ${i}`);
      if (this.#userTables.has(data.year)) {
        throw new RangeError(`Invalid calendar years: ${data.year} is given more than once`);
      }
      this.#userTables.set(data.year, buildTable(data, "user"));
    }
    const years = [...official().keys()];
    this.#officialRange = `${Math.min(...years)}–${Math.max(...years)}`;
  }

  #table(year: number): YearTable {
    const t = this.#userTables.get(year) ?? sharedTable(year);
    if (!t) {
      throw new RangeError(
        `No calendar data for ${year}: the bundled State Council notices cover ${this.#officialRange} and provisional calendars ${PROVISIONAL_SPAN.from}–${PROVISIONAL_SPAN.to}; pass the year's data to createCalendar([...])`,
      );
    }
    return t;
  }

  #source(year: number): CalendarSource {
    if (this.#userTables.has(year)) return "user";
    if (official().has(year)) return "official";
    if (year >= PROVISIONAL_SPAN.from && year <= PROVISIONAL_SPAN.to) return "provisional";
    return this.#table(year).source; // throws the "no calendar data" RangeError
  }

  isWorkingDay(date: string): boolean {
    const p = parseDate(date);
    const t = this.#table(p.year);
    return t.working[p.epochDay - t.start] === 1;
  }

  addWorkingDays(date: string, n: number): string {
    const p = parseDate(date);
    if (typeof n !== "number" || !Number.isInteger(n)) {
      throw new RangeError(`Invalid number of working days ${describeValue(n)}: expected an integer`);
    }
    if (Math.abs(n) > MAX_WORKING_DAYS) {
      throw new RangeError(`Invalid number of working days ${n}: expected at most ${MAX_WORKING_DAYS} in either direction`);
    }
    if (n === 0) return date;
    const step = n > 0 ? 1 : -1;
    let remaining = Math.abs(n);
    let t = this.#table(p.year);
    let i = p.epochDay - t.start;
    while (remaining > 0) {
      i += step;
      if (i >= t.working.length) {
        t = this.#table(t.year + 1);
        i = 0;
      } else if (i < 0) {
        t = this.#table(t.year - 1);
        i = t.working.length - 1;
      }
      remaining -= t.working[i]!;
    }
    return formatEpochDay(t.start + i);
  }

  workingDaysBetween(from: string, to: string): number {
    const a = parseDate(from, "from date");
    const b = parseDate(to, "to date");
    if (a.epochDay === b.epochDay) {
      this.#table(a.year);
      return 0;
    }
    const [lo, hi, sign] = a.epochDay < b.epochDay ? [a, b, 1] : [b, a, -1];
    // Working days in (lo, hi] = W(hi) − W(lo), W(x) = working days from lo's 1 January through x.
    const tLo = this.#table(lo.year);
    let count = -tLo.cumulative[lo.epochDay - tLo.start + 1]!;
    for (let y = lo.year; y < hi.year; y++) count += this.#table(y).cumulative[daysInYear(y)]!;
    const tHi = this.#table(hi.year);
    count += tHi.cumulative[hi.epochDay - tHi.start + 1]!;
    return count === 0 ? 0 : sign * count; // never -0
  }

  yearCoverage(year: number): YearCoverage {
    checkYearNumber(year);
    const t = this.#table(year);
    const coverage: YearCoverage = { year, source: t.source, notices: copyYear(t.data).notices };
    if (t.source === "provisional") coverage.basis = provisionalBasis(year);
    return coverage;
  }

  yearData(year: number): CalendarYear {
    checkYearNumber(year);
    return copyYear(this.#table(year).data);
  }

  provisionalYears(from: string, to: string): number[] {
    const a = parseDate(from, "from date").year;
    const b = parseDate(to, "to date").year;
    const years: number[] = [];
    for (let y = Math.min(a, b); y <= Math.max(a, b); y++) if (this.#source(y) === "provisional") years.push(y);
    return years;
  }
}

/**
 * Creates a working-day calendar: the bundled State Council notice data for 2017–2026, with
 * provisional calendars (statutory holidays only, see {@link provisionalCalendarYear}) for the
 * other years 2000–2050, and `extraYears` on top.
 *
 * Each entry of `extraYears` replaces that year entirely (an official or provisional one) or adds
 * a year, so a new year can be used as soon as its notice is published. Its dates must all fall
 * in that year; a year-end date announced in the next year's notice goes into the earlier year's
 * entry (supply that year too, e.g. from `createCalendar().yearData(2026)` plus the new date).
 * Throws a `RangeError` for invalid data or a year given twice.
 *
 * Year tables are precomputed once per year and shared; a calendar is cheap to create and safe to
 * reuse across requests.
 *
 * @example
 * ```ts
 * const cal = createCalendar([{
 *   year: 2027,
 *   notices: [],
 *   holidays: ["2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"],
 *   makeUpWorkdays: ["2027-02-20"],
 * }]);
 * cal.yearCoverage(2027).source;        // "user"
 * cal.isWorkingDay("2027-02-20");       // true (a Saturday made a working day)
 * cal.addWorkingDays("2019-09-27", 5);  // "2019-10-10"
 * ```
 */
export function createCalendar(extraYears: readonly CalendarYear[] = []): Calendar {
  if (!Array.isArray(extraYears)) {
    throw new RangeError("Invalid calendar years: expected an array of { year, notices, holidays, makeUpWorkdays }");
  }
  return new WorkingDayCalendar(extraYears);
}

let defaultCalendar: Calendar | undefined;

/**
 * The shared default calendar (bundled data only), created on first use.
 *
 * @example
 * ```ts
 * getDefaultCalendar().isWorkingDay("2019-09-29"); // true (a Sunday made a working day)
 * ```
 */
export function getDefaultCalendar(): Calendar {
  return (defaultCalendar ??= createCalendar());
}
