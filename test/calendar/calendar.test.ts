import { describe, it, expect } from "vitest";
import {
  addWorkingDays,
  createCalendar,
  getDefaultCalendar,
  isWorkingDay,
  MAX_WORKING_DAYS,
  type CalendarYear,
} from "../../src/calendar/index.js";

describe("addWorkingDays: known cases", () => {
  it.each([
    ["2019-09-26", 10, "2019-10-15"], // National Day 2019, make-up Sat 10-12 counted
    ["2020-01-20", 10, "2020-02-11"], // Spring Festival 2020 incl. the COVID extension to 02-02
    ["2019-04-28", 5, "2019-05-07"], // 2019 Labour Day amendment: 05-01..04 off, Sun 05-05 working
    ["2021-10-15", -30, "2021-08-30"], // backwards over Mid-Autumn and National Day 2021
    ["2019-09-27", 5, "2019-10-10"],
    ["2019-02-01", 1, "2019-02-02"], // Saturday make-up working day
    ["2017-09-30", 1, "2017-10-09"], // 2017-10-01..08 off
    ["2018-12-28", 1, "2018-12-29"], // year-end make-up Saturday from the 2019 notice
    ["2018-12-29", 1, "2019-01-02"], // 2018-12-30..2019-01-01 off
    ["2022-12-30", 1, "2023-01-03"], // 2022-12-31..2023-01-02 off
    ["2020-01-23", 1, "2020-02-03"], // 02-01 is no longer a make-up day (extension)
    ["2026-02-13", 1, "2026-02-14"], // 2026 Spring Festival: Sat 02-14 working
    ["2026-02-14", 1, "2026-02-24"],
  ])("%s %+d → %s", (date, n, expected) => {
    expect(addWorkingDays(date, n)).toBe(expected);
  });

  it("n = 0 returns the date itself, working day or not", () => {
    expect(addWorkingDays("2019-10-01", 0)).toBe("2019-10-01");
    expect(addWorkingDays("2019-10-08", 0)).toBe("2019-10-08");
    expect(addWorkingDays("2019-09-28", 0)).toBe("2019-09-28");
  });

  it("counts backwards symmetrically from a working day", () => {
    expect(addWorkingDays("2019-10-15", -10)).toBe("2019-09-26");
    expect(addWorkingDays("2019-10-10", -5)).toBe("2019-09-27");
    expect(addWorkingDays("2020-02-11", -10)).toBe("2020-01-20");
    expect(addWorkingDays("2021-08-30", 30)).toBe("2021-10-15");
    expect(addWorkingDays("2019-02-02", -1)).toBe("2019-02-01");
    expect(addWorkingDays("2019-01-02", -1)).toBe("2018-12-29");
  });

  it("counting back from a day off starts at the previous working day", () => {
    // 2019-10-05 (Sat, holiday): 1 working day before it is 09-30 (09-29 Sun was a make-up day, so -2 is 09-29).
    expect(addWorkingDays("2019-10-05", -1)).toBe("2019-09-30");
    expect(addWorkingDays("2019-10-05", -2)).toBe("2019-09-29");
  });

  it("crosses several years", () => {
    const cal = getDefaultCalendar();
    const later = cal.addWorkingDays("2018-03-01", 1000);
    expect(cal.workingDaysBetween("2018-03-01", later)).toBe(1000);
    expect(cal.addWorkingDays(later, -1000)).toBe("2018-03-01");
  });
});

describe("isWorkingDay spot checks", () => {
  it.each([
    // make-up Saturdays and Sundays
    ["2019-02-02", true], ["2019-02-03", true], ["2019-09-29", true], ["2019-10-12", true],
    ["2017-09-30", true], ["2019-04-28", true], ["2019-05-05", true], ["2018-12-29", true],
    ["2026-01-04", true], ["2026-02-14", true], ["2026-02-28", true],
    // holiday weekdays
    ["2019-02-04", false], ["2019-02-08", false], ["2019-10-04", false], ["2019-10-07", false],
    ["2019-05-02", false], ["2019-05-03", false], ["2018-12-31", false], ["2022-12-31", false],
    ["2020-01-31", false], ["2017-10-05", false], ["2017-10-06", false], ["2026-02-16", false], ["2026-10-01", false],
    // cancelled make-up day (2020 extension) and ordinary days
    ["2020-02-01", false], ["2020-02-03", true], ["2019-09-30", true], ["2019-09-28", false], ["2023-01-03", true],
  ])("%s → %s", (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });
});

describe("workingDaysBetween", () => {
  const cal = createCalendar();
  it("counts working days after `from` up to and including `to`", () => {
    expect(cal.workingDaysBetween("2019-09-26", "2019-10-15")).toBe(10);
    expect(cal.workingDaysBetween("2019-09-27", "2019-10-10")).toBe(5);
    expect(cal.workingDaysBetween("2019-09-30", "2019-10-07")).toBe(0);
    expect(cal.workingDaysBetween("2019-10-01", "2019-10-01")).toBe(0);
    expect(cal.workingDaysBetween("2019-09-27", "2019-09-30")).toBe(2); // Sun 09-29 is a make-up day
  });
  it("is antisymmetric, and never -0", () => {
    expect(Object.is(cal.workingDaysBetween("2019-10-07", "2019-10-01"), 0)).toBe(true);
    expect(cal.workingDaysBetween("2019-10-15", "2019-09-26")).toBe(-10);
    expect(cal.workingDaysBetween("2021-10-15", "2021-08-30")).toBe(-30);
  });
  it("crosses years (2018-12-29 … 2019-01-02)", () => {
    expect(cal.workingDaysBetween("2018-12-28", "2019-01-02")).toBe(2);
    expect(cal.workingDaysBetween("2018-01-01", "2019-01-01")).toBe(cal.workingDaysBetween("2018-01-01", "2018-12-31"));
  });
  it("gives the number of working days in each official year", () => {
    const counts: Record<number, number> = {};
    for (let y = 2017; y <= 2026; y++) counts[y] = cal.workingDaysBetween(`${y - 1}-12-31`, `${y}-12-31`);
    expect(counts).toEqual({
      2017: 249, 2018: 250, 2019: 250, 2020: 249, 2021: 250,
      2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248,
    });
  });
});

describe("bad input", () => {
  const cal = createCalendar();
  it.each([["2019-02-30"], ["2019-9-1"], ["2019-13-01"], ["2019-00-10"], ["2019-09-01T00:00:00Z"], [""], [" 2019-09-01"]])(
    "rejects %j with a RangeError naming it and YYYY-MM-DD",
    (bad) => {
      expect(() => cal.isWorkingDay(bad)).toThrow(RangeError);
      expect(() => cal.isWorkingDay(bad)).toThrow(JSON.stringify(bad));
      expect(() => cal.addWorkingDays(bad, 1)).toThrow(/YYYY-MM-DD/);
      expect(() => cal.workingDaysBetween("2019-01-01", bad)).toThrow(/YYYY-MM-DD/);
    },
  );
  it("rejects non-strings", () => {
    for (const bad of [20190901, null, undefined, new Date("2019-09-01"), {}]) {
      expect(() => isWorkingDay(bad as unknown as string)).toThrow(RangeError);
      expect(() => isWorkingDay(bad as unknown as string)).toThrow(/expected a calendar date YYYY-MM-DD/);
    }
  });
  it("accepts 29 February only in leap years", () => {
    expect(isWorkingDay("2024-02-29")).toBe(true);
    expect(() => isWorkingDay("2023-02-29")).toThrow(/"2023-02-29"/);
  });
  it("rejects non-integer, non-number and too large n", () => {
    expect(() => addWorkingDays("2019-09-27", 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-09-27", Number.NaN)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-09-27", Infinity)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-09-27", "5" as unknown as number)).toThrow(RangeError);
    expect(() => addWorkingDays("2019-09-27", MAX_WORKING_DAYS + 1)).toThrow(/at most 3660/);
    expect(() => addWorkingDays("2019-09-27", -MAX_WORKING_DAYS - 1)).toThrow(RangeError);
    expect(addWorkingDays("2019-09-27", MAX_WORKING_DAYS)).toMatch(/^20\d\d-\d\d-\d\d$/);
  });
  it("throws for years with neither data nor a provisional calendar", () => {
    expect(() => isWorkingDay("1999-12-31")).toThrow(/No calendar data for 1999/);
    expect(() => isWorkingDay("2051-01-03")).toThrow(/createCalendar/);
    expect(() => addWorkingDays("2050-12-30", 5)).toThrow(/No calendar data for 2051/);
    expect(() => cal.yearCoverage(2051)).toThrow(RangeError);
    expect(() => cal.yearCoverage(2019.5)).toThrow(RangeError);
  });
});

describe("yearCoverage and provisionalYears", () => {
  const cal = createCalendar();
  it("reports the notices of official years", () => {
    const c2019 = cal.yearCoverage(2019);
    expect(c2019.source).toBe("official");
    expect(c2019.notices.map((n) => n.documentNumber)).toEqual(["国办发明电〔2018〕15号", "国办发明电〔2019〕3号"]);
    expect(cal.yearCoverage(2020).notices.map((n) => n.documentNumber)).toEqual(["国办发明电〔2019〕16号", "国办发明电〔2020〕1号"]);
    expect(cal.yearCoverage(2018).notices.map((n) => n.documentNumber)).toContain("国办发明电〔2018〕15号");
    const c2026 = cal.yearCoverage(2026);
    expect(c2026.notices[0]).toMatchObject({ documentNumber: null, verified: false, signed: "2025-11-04" });
    expect(c2026.notices[0]?.note).toMatch(/UNVERIFIED/);
  });
  it("returns copies that cannot change the calendar", () => {
    const data = cal.yearData(2019);
    data.holidays.length = 0;
    data.makeUpWorkdays.push("2019-09-28");
    cal.yearCoverage(2019).notices.pop();
    expect(cal.isWorkingDay("2019-10-01")).toBe(false);
    expect(cal.isWorkingDay("2019-09-28")).toBe(false);
    expect(cal.yearCoverage(2019).notices).toHaveLength(2);
  });
  it("lists the provisional years of a span, in either order", () => {
    expect(cal.provisionalYears("2015-06-01", "2028-01-01")).toEqual([2015, 2016, 2027, 2028]);
    expect(cal.provisionalYears("2028-01-01", "2015-06-01")).toEqual([2015, 2016, 2027, 2028]);
    expect(cal.provisionalYears("2019-01-01", "2026-12-31")).toEqual([]);
  });
});

describe("user-supplied years", () => {
  const y2027: CalendarYear = {
    year: 2027,
    notices: [
      {
        documentNumber: null,
        signed: "2026-11-01",
        title: { zh: "国务院办公厅关于2027年部分节假日安排的通知", en: "Notice … 2027" },
        source: "https://example.invalid/2027",
        verified: false,
        note: "test data, not the real 2027 arrangement",
      },
    ],
    holidays: ["2027-01-01", "2027-01-02", "2027-01-03", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"],
    makeUpWorkdays: ["2027-02-20"],
  };

  it("override the provisional calendar", () => {
    const def = createCalendar();
    const cal = createCalendar([y2027]);
    expect(def.yearCoverage(2027).source).toBe("provisional");
    expect(cal.yearCoverage(2027).source).toBe("user");
    expect(cal.yearCoverage(2027).notices[0]?.source).toBe("https://example.invalid/2027");
    expect(def.isWorkingDay("2027-02-11")).toBe(true);
    expect(cal.isWorkingDay("2027-02-11")).toBe(false);
    expect(def.isWorkingDay("2027-02-20")).toBe(false);
    expect(cal.isWorkingDay("2027-02-20")).toBe(true);
    expect(cal.provisionalYears("2026-12-01", "2027-03-01")).toEqual([]);
    expect(cal.addWorkingDays("2027-02-04", 1)).toBe("2027-02-12");
    // the default calendar is unaffected
    expect(isWorkingDay("2027-02-11")).toBe(true);
  });

  it("override an official year", () => {
    const y2019 = createCalendar().yearData(2019);
    const cal = createCalendar([{ ...y2019, holidays: [...y2019.holidays, "2019-12-31"] }]);
    expect(cal.yearCoverage(2019).source).toBe("user");
    expect(cal.isWorkingDay("2019-12-31")).toBe(false);
    expect(isWorkingDay("2019-12-31")).toBe(true);
  });

  it("can add years beyond the provisional span", () => {
    const cal = createCalendar([{ year: 2051, notices: [], holidays: ["2051-01-02"], makeUpWorkdays: [] }]);
    expect(cal.isWorkingDay("2051-01-02")).toBe(false);
    expect(cal.isWorkingDay("2051-01-03")).toBe(true);
  });

  it("are validated", () => {
    const base = { year: 2027, notices: [], holidays: [], makeUpWorkdays: [] };
    expect(() => createCalendar([{ ...base, holidays: ["2027-02-30"] }])).toThrow(/"2027-02-30"/);
    expect(() => createCalendar([{ ...base, holidays: ["2026-12-31"] }])).toThrow(/falls in 2026/);
    expect(() => createCalendar([{ ...base, makeUpWorkdays: ["2027-02-19"] }])).toThrow(/Saturday or Sunday/);
    expect(() => createCalendar([{ ...base, holidays: ["2027-02-20"], makeUpWorkdays: ["2027-02-20"] }])).toThrow(/both/);
    expect(() => createCalendar([base, base])).toThrow(/more than once/);
    expect(() => createCalendar([{ ...base, year: 27 }])).toThrow(RangeError);
    expect(() => createCalendar([{ ...base, holidays: "2027-01-01" as unknown as string[] }])).toThrow(RangeError);
    expect(() => createCalendar("2027" as unknown as CalendarYear[])).toThrow(RangeError);
  });
});
