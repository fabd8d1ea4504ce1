import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../src/calendar/index.js";

const cal = createCalendar();
const DAY = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
const shift = (date: string, days: number): string => iso(Date.parse(`${date}T00:00:00Z`) + days * DAY);

/** A date, mostly in or near the official years 2017–2026, sometimes anywhere in 2002–2048 (so ±300 working days stay within 2000–2050). */
const dateArb = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: Date.UTC(2016, 0, 1) / DAY, max: Date.UTC(2027, 11, 31) / DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: Date.UTC(2002, 0, 1) / DAY, max: Date.UTC(2048, 6, 1) / DAY }) },
).map((d) => iso(d * DAY));
const nArb = fc.integer({ min: -300, max: 300 });

/** The working day on or before / on or after `date`. */
function workingOnOrBefore(date: string): string {
  let d = date;
  while (!cal.isWorkingDay(d)) d = shift(d, -1);
  return d;
}
function workingOnOrAfter(date: string): string {
  let d = date;
  while (!cal.isWorkingDay(d)) d = shift(d, 1);
  return d;
}

describe("working-day arithmetic properties", () => {
  const runs = { numRuns: 400 };

  it("the result of a non-zero step is a working day", () => {
    fc.assert(
      fc.property(dateArb, nArb.filter((n) => n !== 0), (d, n) => cal.isWorkingDay(cal.addWorkingDays(d, n))),
      runs,
    );
  });

  it("n > 0: exactly n working days lie after d up to the result, and the result is the first such day", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const r = cal.addWorkingDays(d, n);
        expect(cal.workingDaysBetween(d, r)).toBe(n);
        expect(cal.workingDaysBetween(d, shift(r, -1))).toBe(n - 1);
      }),
      runs,
    );
  });

  it("n < 0: the result is the |n|-th working day before d, so workingDaysBetween(d, result) = n + (d is a working day ? 0 : 1)", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -300, max: -1 }), (d, n) => {
        const r = cal.addWorkingDays(d, n);
        expect(r < d).toBe(true);
        expect(cal.workingDaysBetween(d, r)).toBe(n + (cal.isWorkingDay(d) ? 0 : 1));
        // the |n| working days strictly before d are the ones in [r, d)
        expect(cal.workingDaysBetween(shift(r, -1), shift(d, -1))).toBe(-n);
      }),
      runs,
    );
  });

  it("round trip: addWorkingDays(addWorkingDays(d, n), -n) is d when d is a working day; otherwise the nearest working day on the side d was left from", () => {
    fc.assert(
      fc.property(dateArb, nArb, (d, n) => {
        const back = cal.addWorkingDays(cal.addWorkingDays(d, n), -n);
        if (n === 0 || cal.isWorkingDay(d)) expect(back).toBe(d);
        else if (n > 0) expect(back).toBe(workingOnOrBefore(d));
        else expect(back).toBe(workingOnOrAfter(d));
      }),
      runs,
    );
  });

  it("is strictly increasing in n", () => {
    fc.assert(
      fc.property(dateArb, nArb, nArb, (d, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        expect(cal.addWorkingDays(d, lo) < cal.addWorkingDays(d, hi)).toBe(true);
      }),
      runs,
    );
  });

  it("steps compose when the intermediate day is a working day", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 1, max: 150 }), (d, a, b) => {
        expect(cal.addWorkingDays(cal.addWorkingDays(d, a), b)).toBe(cal.addWorkingDays(d, a + b));
        expect(cal.addWorkingDays(cal.addWorkingDays(d, -a), -b)).toBe(cal.addWorkingDays(d, -a - b));
      }),
      runs,
    );
  });

  it("workingDaysBetween is antisymmetric and additive", () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, c) => {
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, a)).toBe(0);
        expect(cal.workingDaysBetween(a, b) + cal.workingDaysBetween(b, c)).toBe(cal.workingDaysBetween(a, c));
      }),
      runs,
    );
  });

  it("workingDaysBetween over one day is 1 exactly when the later day is a working day", () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        expect(cal.workingDaysBetween(d, shift(d, 1))).toBe(cal.isWorkingDay(shift(d, 1)) ? 1 : 0);
      }),
      runs,
    );
  });
});
