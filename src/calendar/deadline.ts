/**
 * Deadlines counted in working days, with status and a bilingual explanation.
 *
 * @module
 */
import { MAX_WORKING_DAYS } from "./calendar.js";
import { parseDate } from "./dates.js";
import type { Bilingual } from "../corpus/types.js";
import type { Calendar, DeadlineBlock, DeadlineInput } from "./types.js";

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The notices (or provisional rules) behind the years from `from` to `to`, for citing. */
function citations(calendar: Calendar, from: string, to: string): { en: string[]; zh: string[]; user: number[] } {
  const lo = Number((from < to ? from : to).slice(0, 4));
  const hi = Number((from < to ? to : from).slice(0, 4));
  const en: string[] = [];
  const zh: string[] = [];
  const user: number[] = [];
  for (let year = lo; year <= hi; year++) {
    const c = calendar.yearCoverage(year);
    if (c.source === "provisional") {
      en.push(`provisional rules for ${year}`);
      zh.push(`${year}年暂按放假办法推算`);
      continue;
    }
    if (c.source === "user") user.push(year);
    for (const n of c.notices) {
      const cite = n.documentNumber ?? `${n.title.zh}（文号未核实）`;
      if (!zh.includes(cite)) {
        zh.push(cite);
        en.push(n.documentNumber ?? `${n.title.zh} (document number not verified)`);
      }
    }
    if (c.notices.length === 0) {
      en.push(`user-supplied data for ${year}`);
      zh.push(`${year}年用户提供的数据`);
    }
  }
  return { en, zh, user };
}

function provisionalReason(calendar: Calendar, years: number[]): Bilingual | null {
  if (years.length === 0) return null;
  const list = years.join(", ");
  const basis = calendar.yearCoverage(years[0]!).basis;
  return {
    en:
      `No State Council holiday notice is available for ${list}. Those days were counted with a provisional calendar ` +
      `built from the statutory holidays of ${basis?.en ?? "the National Measures on Holidays for Annual Festivals and Memorial Days"} ` +
      `(holidays falling on a weekend made up on the next weekday); the notice's rearranged days off and make-up working days are unknown, ` +
      `so the result may change once the notice is published. Supply the year's data with createCalendar([...]) to count exactly.`,
    zh:
      `${years.join("、")}年的国务院办公厅节假日安排通知尚无数据，相关日期按${basis?.zh ?? "《全国年节及纪念日放假办法》"}规定的法定节假日` +
      `（适逢周六、周日的在其后工作日补假）暂行推算；调休安排和调休上班日未知，通知发布后结果可能变化。可通过 createCalendar([...]) 提供该年数据以准确计算。`,
  };
}

/**
 * Computes a deadline counted in working days and judges it on `asOf`.
 *
 * - `"after"`: the act must happen within `workingDays` working days after `start`;
 *   `due = addWorkingDays(start, workingDays)`, the start day not counted.
 * - `"before"`: the act must happen at least `workingDays` working days before `start` (e.g. a
 *   notice before a termination date); `due = addWorkingDays(start, -workingDays)`, the latest
 *   day the act may happen.
 *
 * Status: `"met"` when `actual <= due`, `"late"` when `actual > due`, `"missed"` when there is no
 * `actual` and `asOf > due`, `"pending"` otherwise. `workingDaysLate` counts the working days after
 * `due` up to and including `actual` (late) or `asOf` (missed). The result is `provisional` when
 * a year in the count (from `start` to `due`, and on to `actual`/`asOf` when late or missed) had
 * no official or user data.
 *
 * Throws a `RangeError` for invalid dates, a `workingDays` that is not an integer from 0 to
 * {@link MAX_WORKING_DAYS}, an unknown `direction`, or a year the calendar cannot cover.
 *
 * @example
 * ```ts
 * const block = computeDeadline(createCalendar(), {
 *   start: "2019-09-26", workingDays: 10, direction: "after", actual: "2019-10-17", asOf: "2019-11-01",
 * });
 * block.due;             // "2019-10-15"
 * block.status;          // "late"
 * block.workingDaysLate; // 2
 * block.explanation.en;
 * // "10 working days after 2019-09-26 (start day not counted; public holidays excluded, make-up working days
 * //  included, per 国办发明电〔2018〕15号, 国办发明电〔2019〕3号): due 2019-10-15. Done on 2019-10-17: 2 working days late."
 * ```
 */
export function computeDeadline(calendar: Calendar, input: DeadlineInput): DeadlineBlock {
  if (typeof input !== "object" || input === null) throw new RangeError("Invalid deadline input: expected an object");
  const { start, workingDays, direction, asOf } = input;
  const actual = input.actual ?? null;
  parseDate(start, "start date");
  parseDate(asOf, "asOf date");
  if (actual !== null) parseDate(actual, "actual date");
  if (direction !== "after" && direction !== "before") {
    throw new RangeError(`Invalid direction ${JSON.stringify(direction)}: expected "after" or "before"`);
  }
  if (typeof workingDays !== "number" || !Number.isInteger(workingDays) || workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
    throw new RangeError(
      `Invalid workingDays ${String(workingDays)}: expected an integer from 0 to ${MAX_WORKING_DAYS} (use direction "before" to count backwards)`,
    );
  }

  const due = calendar.addWorkingDays(start, direction === "after" ? workingDays : -workingDays);
  let status: DeadlineBlock["status"];
  let lateUntil: string | null = null;
  if (actual !== null) {
    status = actual <= due ? "met" : "late";
    if (status === "late") lateUntil = actual;
  } else {
    status = asOf > due ? "missed" : "pending";
    if (status === "missed") lateUntil = asOf;
  }
  const workingDaysLate = lateUntil ? calendar.workingDaysBetween(due, lateUntil) : 0;
  const calendarDaysLate = lateUntil ? parseDate(lateUntil).epochDay - parseDate(due).epochDay : 0;

  const spanFrom = start < due ? start : due;
  const spanTo = [start, due, lateUntil ?? due].reduce((a, b) => (a > b ? a : b));
  const provisionalYears = calendar.provisionalYears(spanFrom, spanTo);
  const cites = citations(calendar, spanFrom, spanTo);

  const basisEn = `public holidays excluded, make-up working days included, per ${cites.en.join(", ")}`;
  const basisZh = `法定节假日不计，调休上班日计入；依据${cites.zh.join("、")}`;
  let en =
    direction === "after"
      ? `${plural(workingDays, "working day")} after ${start} (start day not counted; ${basisEn}): due ${due}.`
      : `${plural(workingDays, "working day")} before ${start} (counted back from ${start}, which is not counted; ${basisEn}): due by ${due} at the latest.`;
  let zh =
    direction === "after"
      ? `自${start}起算${workingDays}个工作日（开始的当日不计入；${basisZh}）：截止日为${due}。`
      : `自${start}向前倒数${workingDays}个工作日（${start}当日不计入；${basisZh}）：最迟应于${due}完成。`;

  // Working days left (after asOf up to due); only when asOf falls in a year the count already
  // used, so no other year is consulted (and none can throw).
  const left =
    status === "pending" && asOf.slice(0, 4) >= spanFrom.slice(0, 4) ? calendar.workingDaysBetween(asOf, due) : null;
  switch (status) {
    case "met":
      en += ` Done on ${actual}: in time.`;
      zh += `实际完成日${actual}：按期完成。`;
      break;
    case "late":
      en += ` Done on ${actual}: ${plural(workingDaysLate, "working day")} late (${plural(calendarDaysLate, "calendar day")} after the due date).`;
      zh += `实际完成日${actual}：逾期${workingDaysLate}个工作日（晚于截止日${calendarDaysLate}日）。`;
      break;
    case "missed":
      en += ` Not done as of ${asOf}: missed, ${plural(workingDaysLate, "working day")} past the due date.`;
      zh += `截至${asOf}尚未完成：已逾期${workingDaysLate}个工作日。`;
      break;
    case "pending":
      en += ` Not done as of ${asOf}: pending${left === null ? "" : `, ${plural(left, "working day")} left`}.`;
      zh += `截至${asOf}尚未完成：期限未届满${left === null ? "" : `，尚余${left}个工作日`}。`;
      break;
  }
  if (cites.user.length > 0) {
    en += ` Calendar data for ${cites.user.join(", ")} was supplied by the user.`;
    zh += `${cites.user.join("、")}年的日历数据由用户提供。`;
  }
  const reason = provisionalReason(calendar, provisionalYears);
  if (reason) {
    en += ` PROVISIONAL: no holiday notice for ${provisionalYears.join(", ")}; the due date may change.`;
    zh += `（暂定：${provisionalYears.join("、")}年尚无节假日安排通知，截止日可能变化。）`;
  }

  return {
    start,
    workingDays,
    direction,
    due,
    actual,
    asOf,
    status,
    workingDaysLate,
    calendarDaysLate,
    provisional: reason !== null,
    provisionalReason: reason,
    explanation: { en, zh },
  };
}
