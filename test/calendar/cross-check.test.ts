/**
 * Cross-check of the bundled data (seeds/cn-holidays.ts) against the data file of the
 * chinese-days package (its JSON table only; its functions depend on the host time zone).
 */
import { describe, it, expect } from "vitest";
import chineseDays from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { createCalendar } from "../../src/calendar/index.js";
import { CN_HOLIDAYS } from "../../seeds/cn-holidays.js";

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}
const data: ChineseDaysData = chineseDays;

/**
 * Days where we knowingly differ from chinese-days, with the reason. Empty: every working-day
 * answer 2017–2026 agrees. (Differences in encoding that do not change the answer, e.g. chinese-days
 * extending a "与周末连休" holiday over the weekend, are not disagreements.)
 */
const ALLOWED_DISAGREEMENTS: Record<string, string> = {};

function* days(from: string, to: string): Generator<string> {
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    yield new Date(t).toISOString().slice(0, 10);
  }
}

function chineseDaysSaysWorking(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (weekday >= 1 && weekday <= 5 && !(date in data.holidays)) || date in data.workdays;
}

describe("cross-check against chinese-days' data file", () => {
  const cal = createCalendar();
  const first = CN_HOLIDAYS[0]!.year;
  const last = CN_HOLIDAYS[CN_HOLIDAYS.length - 1]!.year;

  it("covers 2017–2026 with official data", () => {
    expect([first, last]).toEqual([2017, 2026]);
    for (let y = first; y <= last; y++) expect(cal.yearCoverage(y).source).toBe("official");
  });

  it("agrees on every day 2017–2026, except the documented allow-list", () => {
    const disagreements: string[] = [];
    let checked = 0;
    for (const d of days(`${first}-01-01`, `${last}-12-31`)) {
      checked++;
      const ours = cal.isWorkingDay(d);
      if (ours !== chineseDaysSaysWorking(d) && !(d in ALLOWED_DISAGREEMENTS)) {
        disagreements.push(`${d}: ours ${ours ? "working" : "off"}, chinese-days ${ours ? "off" : "working"}`);
      }
    }
    expect(checked).toBe(3652);
    expect(disagreements).toEqual([]);
  });

  it("has no stale allow-list entries", () => {
    for (const d of Object.keys(ALLOWED_DISAGREEMENTS)) {
      expect(cal.isWorkingDay(d)).not.toBe(chineseDaysSaysWorking(d));
    }
  });

  it("lists as make-up working days exactly the weekend days chinese-days marks as workdays", () => {
    const ours = CN_HOLIDAYS.flatMap((y) => y.makeUpWorkdays).sort();
    const theirs = Object.keys(data.workdays)
      .filter((d) => d >= `${first}-01-01` && d <= `${last}-12-31`)
      .sort();
    expect(ours).toEqual(theirs);
  });

  it("lists only days that chinese-days also marks as holidays", () => {
    const missing = CN_HOLIDAYS.flatMap((y) => y.holidays).filter((d) => !(d in data.holidays));
    expect(missing).toEqual([]);
  });
});
