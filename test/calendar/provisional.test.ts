import { describe, it, expect } from "vitest";
import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import {
  computeDeadline,
  createCalendar,
  festivalDates,
  isWorkingDay,
  PROVISIONAL_SPAN,
  provisionalBasis,
  provisionalCalendarYear,
} from "../../src/calendar/index.js";

const cdHolidays: Record<string, string> = chineseDays.holidays;

describe("lunar and solar-term table", () => {
  it("has the known dates", () => {
    expect(festivalDates(2027)).toEqual({
      springFestival: "2027-02-06",
      qingming: "2027-04-05",
      duanwu: "2027-06-09",
      zhongqiu: "2027-09-15",
    });
    expect(festivalDates(2019).springFestival).toBe("2019-02-05");
    expect(festivalDates(2025).springFestival).toBe("2025-01-29");
    expect(festivalDates(2026).springFestival).toBe("2026-02-17");
    expect(festivalDates(2030).springFestival).toBe("2030-02-03"); // ICU says 02-02; the new moon is 00:07 Beijing time
    expect(festivalDates(2020).zhongqiu).toBe("2020-10-01");
    expect(festivalDates(2017).zhongqiu).toBe("2017-10-04");
    expect(PROVISIONAL_SPAN).toEqual({ from: 2000, to: 2050 });
    expect(() => festivalDates(2051)).toThrow(RangeError);
  });

  it("agrees with the holidays actually given 2004–2026 (chinese-days data)", () => {
    // chinese-days records the 2012 端午 holiday (06-22..06-24) as 06-22 and 06-24 only: the
    // festival itself, Saturday 06-23, needs no entry for working-day purposes.
    const weekendGaps = new Set(["2012-06-23"]);
    const isHoliday = (d: string): boolean => d in cdHolidays || weekendGaps.has(d);
    for (let y = 2004; y <= 2026; y++) {
      const f = festivalDates(y);
      expect(isHoliday(f.springFestival), `${y} 春节 ${f.springFestival}`).toBe(true);
      if (y >= 2008) {
        for (const d of [f.qingming, f.duanwu, f.zhongqiu]) expect(isHoliday(d), `${y} ${d}`).toBe(true);
      }
    }
  });
});

describe("provisional calendars", () => {
  it("2027: statutory holidays under the 2024 revision, with 补假 for weekend days, no make-up days", () => {
    const y = provisionalCalendarYear(2027);
    expect(y.notices).toEqual([]);
    expect(y.makeUpWorkdays).toEqual([]);
    expect(y.holidays).toEqual([
      "2027-01-01", // 元旦 (Fri)
      "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", // 除夕 + 初一..初三 (Sat, Sun inside)
      "2027-02-09", "2027-02-10", // 补假 for Sat 02-06, Sun 02-07
      "2027-04-05", // 清明 (Mon)
      "2027-05-01", "2027-05-02", "2027-05-03", "2027-05-04", // 劳动节 5-1 (Sat), 5-2 (Sun) + 补假
      "2027-06-09", // 端午
      "2027-09-15", // 中秋
      "2027-10-01", "2027-10-02", "2027-10-03", "2027-10-04", "2027-10-05", // 国庆 + 补假 for Sat, Sun
    ]);
    expect(provisionalBasis(2027).zh).toContain("国务院令第795号");
    const cal = createCalendar();
    expect(cal.yearCoverage(2027)).toMatchObject({ year: 2027, source: "provisional", notices: [] });
    expect(isWorkingDay("2027-02-09")).toBe(false);
    expect(isWorkingDay("2027-02-11")).toBe(true);
    expect(isWorkingDay("2027-02-13")).toBe(false); // Saturday; make-up days are unknown
  });

  it("2016: rules of the 2013 revision (春节 初一..初三)", () => {
    expect(provisionalCalendarYear(2016).holidays).toEqual([
      "2016-01-01", "2016-02-08", "2016-02-09", "2016-02-10", "2016-04-04", "2016-05-01", "2016-05-02",
      "2016-06-09", "2016-09-15", "2016-10-01", "2016-10-02", "2016-10-03", "2016-10-04", "2016-10-05",
    ]);
    expect(provisionalBasis(2016).zh).toContain("国务院令第644号");
    expect(createCalendar().yearCoverage(2016).source).toBe("provisional");
  });

  it("follows the rule version of each year", () => {
    expect(provisionalCalendarYear(2010).holidays.slice(1, 4)).toEqual(["2010-02-13", "2010-02-14", "2010-02-15"]); // 除夕..初二
    expect(provisionalBasis(2010).zh).toContain("国务院令第513号");
    expect(provisionalCalendarYear(2005).holidays).toContain("2005-05-03"); // 劳动节 5-1..5-3 before 2008
    expect(provisionalCalendarYear(2005).holidays).not.toContain(festivalDates(2005).qingming);
    expect(provisionalBasis(2005).zh).toContain("国务院令第270号");
  });

  it("gives the same number of working days as the notices 2017–2026, except 2020 (COVID extension)", () => {
    const official = createCalendar();
    const provisional = createCalendar(Array.from({ length: 10 }, (_, i) => provisionalCalendarYear(2017 + i)));
    for (let y = 2017; y <= 2026; y++) {
      const a = official.workingDaysBetween(`${y - 1}-12-31`, `${y}-12-31`);
      const b = provisional.workingDaysBetween(`${y - 1}-12-31`, `${y}-12-31`);
      expect(b - a, String(y)).toBe(y === 2020 ? 2 : 0);
    }
  });

  it("flags results that use a provisional year (2027, 2016)", () => {
    const cal = createCalendar();
    const d2027 = computeDeadline(cal, { start: "2026-12-28", workingDays: 10, direction: "after", asOf: "2026-12-28" });
    expect(d2027.due).toBe("2027-01-12");
    expect(d2027.provisional).toBe(true);
    expect(d2027.provisionalReason?.en).toMatch(/2027/);
    expect(d2027.provisionalReason?.zh).toMatch(/2027/);
    expect(d2027.explanation.en).toMatch(/PROVISIONAL/);

    const d2016 = computeDeadline(cal, { start: "2016-12-20", workingDays: 10, direction: "after", asOf: "2017-02-01" });
    expect(d2016.due).toBe("2017-01-04");
    expect(d2016.provisional).toBe(true);
    expect(cal.provisionalYears(d2016.start, d2016.due)).toEqual([2016]);

    const d2019 = computeDeadline(cal, { start: "2019-09-26", workingDays: 10, direction: "after", asOf: "2019-10-01" });
    expect(d2019.provisional).toBe(false);
    expect(d2019.provisionalReason).toBeNull();
  });

  it("is replaced by user data", () => {
    const cal = createCalendar([{ year: 2027, notices: [], holidays: ["2027-01-01"], makeUpWorkdays: [] }]);
    const d = computeDeadline(cal, { start: "2026-12-28", workingDays: 10, direction: "after", asOf: "2026-12-28" });
    expect(d.provisional).toBe(false);
    expect(d.due).toBe("2027-01-12");
    expect(d.explanation.en).toMatch(/supplied by the user/);
  });
});
