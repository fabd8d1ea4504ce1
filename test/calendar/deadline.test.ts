import { describe, it, expect } from "vitest";
import { computeDeadline, createCalendar, type DeadlineInput } from "../../src/calendar/index.js";

const cal = createCalendar();
const after = (over: Partial<DeadlineInput>): DeadlineInput => ({
  start: "2019-09-26",
  workingDays: 10,
  direction: "after",
  asOf: "2019-11-01",
  ...over,
});
const before = (over: Partial<DeadlineInput>): DeadlineInput => ({
  start: "2021-10-15",
  workingDays: 30,
  direction: "before",
  asOf: "2021-11-01",
  ...over,
});

describe("computeDeadline, direction after", () => {
  it("met (on the due date)", () => {
    const b = computeDeadline(cal, after({ actual: "2019-10-15" }));
    expect(b).toMatchObject({ due: "2019-10-15", status: "met", workingDaysLate: 0, calendarDaysLate: 0, actual: "2019-10-15" });
  });

  it("late, with exact working days late", () => {
    const b = computeDeadline(cal, after({ actual: "2019-10-17" }));
    expect(b).toMatchObject({ due: "2019-10-15", status: "late", workingDaysLate: 2, calendarDaysLate: 2, provisional: false });
    expect(b.explanation.en).toBe(
      "10 working days after 2019-09-26 (start day not counted; public holidays excluded, make-up working days included, " +
        "per 国办发明电〔2018〕15号, 国办发明电〔2019〕3号): due 2019-10-15. " +
        "Done on 2019-10-17: 2 working days late (2 calendar days after the due date).",
    );
    expect(b.explanation.zh).toContain("截止日为2019-10-15");
    expect(b.explanation.zh).toContain("逾期2个工作日");
    expect(b.explanation.zh).toContain("开始的当日不计入");
  });

  it("late on a day off right after the due date: 0 working days, 1 calendar day", () => {
    const b = computeDeadline(cal, { start: "2019-10-17", workingDays: 1, direction: "after", actual: "2019-10-19", asOf: "2019-10-20" });
    expect(b).toMatchObject({ due: "2019-10-18", status: "late", workingDaysLate: 0, calendarDaysLate: 1 });
  });

  it("late across the National Day holidays", () => {
    const b = computeDeadline(cal, { start: "2019-09-20", workingDays: 5, direction: "after", actual: "2019-10-08", asOf: "2019-10-08" });
    // due: 09-23, 24, 25, 26, 27 → 09-27; late: 09-29 (Sun, make-up), 09-30, 10-08 → 3
    expect(b).toMatchObject({ due: "2019-09-27", status: "late", workingDaysLate: 3, calendarDaysLate: 11 });
  });

  it("missed", () => {
    const b = computeDeadline(cal, after({ asOf: "2019-10-21" }));
    expect(b).toMatchObject({ status: "missed", actual: null, workingDaysLate: 4, calendarDaysLate: 6 });
    expect(b.explanation.en).toContain("due 2019-10-15");
    expect(b.explanation.en).toContain("missed, 4 working days past the due date");
  });

  it("pending (asOf on or before the due date)", () => {
    expect(computeDeadline(cal, after({ asOf: "2019-10-15" }))).toMatchObject({ status: "pending", workingDaysLate: 0 });
    const b = computeDeadline(cal, after({ asOf: "2019-09-30", actual: null }));
    expect(b).toMatchObject({ status: "pending", workingDaysLate: 0, calendarDaysLate: 0 });
    expect(b.explanation.en).toContain("pending, 7 working days left");
    expect(b.explanation.zh).toContain("尚余7个工作日");
  });

  it("actual takes precedence over asOf", () => {
    expect(computeDeadline(cal, after({ actual: "2019-10-10", asOf: "2020-01-01" })).status).toBe("met");
    expect(computeDeadline(cal, after({ actual: "2019-10-16", asOf: "2019-10-01" })).status).toBe("late");
  });

  it("workingDays 0: due on the start date", () => {
    const b = computeDeadline(cal, after({ workingDays: 0, actual: "2019-09-26" }));
    expect(b).toMatchObject({ due: "2019-09-26", status: "met" });
    expect(b.explanation.en).toMatch(/^0 working days after 2019-09-26/);
  });

  it("cites the 2020 extension and an unverified 2026 notice", () => {
    const b2020 = computeDeadline(cal, { start: "2020-01-20", workingDays: 10, direction: "after", asOf: "2020-02-01" });
    expect(b2020.due).toBe("2020-02-11");
    expect(b2020.explanation.en).toContain("国办发明电〔2020〕1号");
    const b2026 = computeDeadline(cal, { start: "2026-02-10", workingDays: 5, direction: "after", asOf: "2026-02-01" });
    expect(b2026.due).toBe("2026-02-24"); // 02-11, 12, 13, 14 (Sat, make-up), then 02-15..23 off, 02-24
    expect(b2026.explanation.zh).toContain("国务院办公厅关于2026年部分节假日安排的通知（文号未核实）");
    expect(b2026.explanation.en).toContain("document number not verified");
    expect(b2026.provisional).toBe(false);
  });
});

describe("computeDeadline, direction before", () => {
  it("met: on or before the due date", () => {
    expect(computeDeadline(cal, before({ actual: "2021-08-30" }))).toMatchObject({ due: "2021-08-30", status: "met", workingDaysLate: 0 });
    expect(computeDeadline(cal, before({ actual: "2021-08-02" }))).toMatchObject({ status: "met" });
  });

  it("late", () => {
    const b = computeDeadline(cal, before({ actual: "2021-09-01" }));
    expect(b).toMatchObject({ due: "2021-08-30", status: "late", workingDaysLate: 2, calendarDaysLate: 2 });
    expect(b.explanation.en).toMatch(/^30 working days before 2021-10-15 \(counted back from 2021-10-15, which is not counted;/);
    expect(b.explanation.en).toContain("due by 2021-08-30 at the latest");
    expect(b.explanation.zh).toContain("最迟应于2021-08-30完成");
    expect(b.explanation.en).toContain("国办发明电〔2020〕27号");
  });

  it("missed", () => {
    expect(computeDeadline(cal, before({ asOf: "2021-09-03" }))).toMatchObject({ status: "missed", workingDaysLate: 4, calendarDaysLate: 4 });
    // missed past the start (termination) date too: counts every working day up to asOf
    const b = computeDeadline(cal, before({ asOf: "2021-10-15" }));
    expect(b.status).toBe("missed");
    expect(b.workingDaysLate).toBe(30);
  });

  it("pending", () => {
    const b = computeDeadline(cal, before({ asOf: "2021-08-25" }));
    expect(b).toMatchObject({ status: "pending", workingDaysLate: 0 });
    expect(b.explanation.en).toContain("pending, 3 working days left"); // 08-26, 08-27, 08-30
    // asOf in a year the count does not use: no "left" figure, and no error
    const early = computeDeadline(cal, before({ asOf: "1999-01-01" }));
    expect(early.status).toBe("pending");
    expect(early.explanation.en).toMatch(/pending\.$/);
  });
});

describe("computeDeadline input checks", () => {
  it.each([
    [{ workingDays: -1 }, /workingDays -1/],
    [{ workingDays: 1.5 }, /workingDays 1.5/],
    [{ workingDays: 3661 }, /0 to 3660/],
    [{ direction: "sideways" as "after" }, /direction "sideways"/],
    [{ start: "2019-9-26" }, /start date "2019-9-26"/],
    [{ asOf: "2019-02-30" }, /asOf date "2019-02-30"/],
    [{ actual: "yesterday" }, /actual date "yesterday"/],
  ])("%j throws", (over, message) => {
    expect(() => computeDeadline(cal, after(over))).toThrow(RangeError);
    expect(() => computeDeadline(cal, after(over))).toThrow(message);
  });
});
