import { TZDate } from "@date-fns/tz";
import { lightFormat } from "date-fns/lightFormat";
import { z } from "zod";

/**
 * The Beijing calendar date of an ISO instant with an offset. The instant is read as an absolute
 * time and formatted in Asia/Shanghai, so the host's time zone never enters.
 */
export function beijingDateOfInstant(instant: string): string {
  return lightFormat(new TZDate(Date.parse(instant), "Asia/Shanghai"), "yyyy-MM-dd");
}

/** Today's date in Beijing, for the default of `asOf`: the one place the library reads the clock. */
export function beijingToday(now: Date = new Date()): string {
  return beijingDateOfInstant(now.toISOString());
}

const DATE_EXPECTED =
  "expected a calendar date YYYY-MM-DD (Beijing time) that exists, or an instant with an offset such as 2019-10-01T09:30:00+08:00";

/**
 * A date in a subject: a `YYYY-MM-DD` calendar date in Beijing time, or an instant with an
 * offset (normalised to its Beijing calendar date). Impossible dates such as 2019-02-30 are rejected.
 */
export const subjectDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: DATE_EXPECTED })
  .transform((value) => (value.length === 10 ? value : beijingDateOfInstant(value)));

/** A `YYYY-MM-DD` calendar date that exists, as used in options such as `asOf`. */
export const calendarDate = z.iso.date({ error: "expected a calendar date YYYY-MM-DD that exists" });
