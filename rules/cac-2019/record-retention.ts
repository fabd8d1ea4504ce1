/**
 * 第十七条 — Chinese text not available (substance only); the article number is UNVERIFIED (no copy
 * with the heading 第十七条 has been seen; "Art. 17" is where the research places it).
 *
 * Substance (our English): the provider must record the content its users publish, logs and similar
 * information; keep backups of these records for not less than six months; and provide them when
 * law-enforcement departments make enquiries according to law.
 *
 * Penalty: the corpus maps Art. 19 to Art. 17 (UNVERIFIED mapping; the engine attaches it).
 *
 * Interpretation (stated in the findings where it decides the outcome):
 * - "Six months" is read as six calendar months, not 180 days: counted by the month, as the Civil Code
 *   counts periods (our reading; the Civil Code is not in the corpus), six months from a record's date
 *   end on the corresponding day six months later, or on the last day of that month where it has no
 *   corresponding day. Six calendar months span 181 days at the shortest (31 August to 28 February of
 *   a common year) and 184 days at the longest (31 July to 31 January). So a period in days of 181–183
 *   covers six months for some start dates only (a risk), fewer than 181 never does (a violation), and
 *   184 or more always does (a pass).
 * - A period in months meets the duty at 6 or more, in years at 1 or more.
 * One finding per duty: recording, retention, provision on lawful request.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const CONTENT: Path = ["records", "userContentRecorded"];
const LOGS: Path = ["records", "logsRecorded"];
const RETENTION: Path = ["records", "retention"];
const PROVIDED: Path = ["records", "providedOnLawfulRequest"];

/** The shortest and the longest six-calendar-month spans, in days. */
const SIX_MONTHS_MIN_DAYS = 181;
const SIX_MONTHS_MAX_DAYS = 184;

const UNIT = {
  days: { en: "days", zh: "天" },
  months: { en: "months", zh: "个月" },
  years: { en: "years", zh: "年" },
} as const;

export const recordRetention = defineRule({
  id: "cac-2019/record-retention",
  title: { en: "User content and logs recorded, backups kept at least six months", zh: "记录用户发布内容和日志，备份保存不少于六个月" },
  description: {
    en: "The provider records the content its users publish and its logs, keeps backups of the records for at least six months, and provides them when law-enforcement departments lawfully ask (our summary of the substance; the wording has not been seen).",
    zh: "服务提供者应记录使用者发布的内容和日志，记录备份至少保存六个月，执法部门依法查询时予以提供（实质内容概述，未见条文原文）。",
  },
  cites: [{ instrument: "cac-2019", article: 17, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    recorded: {
      en: "The content users publish and the logs are recorded.",
      zh: "记录了使用者发布的内容和日志信息。",
    },
    notRecorded: {
      en: "Not recorded: {whatEn}.",
      zh: "未记录：{whatZh}。",
    },
    retentionEnough: {
      en: "Record backups are kept for {value} {unitEn}, at least six months.",
      zh: "记录备份保存{value}{unitZh}，不少于六个月。",
    },
    retentionShort: {
      en: "Record backups are kept for {value} {unitEn}, less than six months.",
      zh: "记录备份保存{value}{unitZh}，少于六个月。",
    },
    retentionSomeStartDates: {
      en: "Record backups are kept for {value} days. Six calendar months span 181 to 184 days depending on the start date, so {value} days falls short of six months for records made on some dates (from 31 July, six months run to 31 January: 184 days).",
      zh: "记录备份保存{value}天。六个自然月因起算日不同为181至184天，{value}天对某些日期产生的记录不足六个月（如自7月31日起的六个月至次年1月31日，为184天）。",
    },
    calendarMonths: {
      en: "The six-month retention (substance only; wording not seen) is read as six calendar months counted from the record's date, which is 181 to 184 days. A period fixed in days meets it for every record only from 184 days; keep backups for six months counted by the calendar, or for at least 184 days.",
      zh: "保存不少于六个月的要求（仅有实质内容，未见原文）理解为自记录之日起按月计算的六个月，即181至184天。以天数规定的保存期须达到184天，才能对所有记录满足六个月；建议按自然月计算保存六个月，或至少保存184天。",
    },
    providedOnRequest: {
      en: "Records are provided when law-enforcement departments lawfully ask for them.",
      zh: "相关执法部门依法查询时予以提供。",
    },
    notProvidedOnRequest: {
      en: "Records are not provided when law-enforcement departments lawfully ask for them.",
      zh: "相关执法部门依法查询时未予提供。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      records: { userContentRecorded: true, logsRecorded: true, retention: { value: 6, unit: "months" }, providedOnLawfulRequest: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      records: { userContentRecorded: true, logsRecorded: true, retention: { value: 180, unit: "days" }, providedOnLawfulRequest: true },
    },
  },
  evaluate(subject, ctx) {
    const records = subject.records;
    return [recording(), retention(), provision()];

    function recording(): Outcome {
      const content = records?.userContentRecorded;
      const logs = records?.logsRecorded;
      const missing: Path[] = [];
      if (content === undefined) missing.push(CONTENT);
      if (logs === undefined) missing.push(LOGS);
      const not: { en: string; zh: string }[] = [];
      if (content === false) not.push({ en: "the content users publish", zh: "使用者发布的内容" });
      if (logs === false) not.push({ en: "the logs", zh: "日志信息" });
      if (not.length > 0) {
        const data = { whatEn: not.map((n) => n.en).join(" and "), whatZh: not.map((n) => n.zh).join("、") };
        return ctx.violation("notRecorded", { data, evidence: [CONTENT, LOGS].filter((p) => !missing.includes(p)) });
      }
      if (missing.length > 0) return ctx.needsInfo(missing, undefined, { evidence: [CONTENT, LOGS].filter((p) => !missing.includes(p)) });
      return ctx.pass("recorded", { evidence: [CONTENT, LOGS] });
    }

    function retention(): Outcome {
      const period = records?.retention;
      if (period === undefined) return ctx.needsInfo([RETENTION]);
      const { value, unit } = period;
      const data = { value, unitEn: UNIT[unit].en, unitZh: UNIT[unit].zh };
      const evidence = [RETENTION];
      const enough = unit === "years" ? value >= 1 : unit === "months" ? value >= 6 : value >= SIX_MONTHS_MAX_DAYS;
      if (enough) return ctx.pass("retentionEnough", { data, evidence });
      if (unit === "days" && value >= SIX_MONTHS_MIN_DAYS) {
        return ctx.risk("retentionSomeStartDates", "calendarMonths", { data, evidence });
      }
      return ctx.violation("retentionShort", { data, evidence });
    }

    function provision(): Outcome {
      const provided = records?.providedOnLawfulRequest;
      if (provided === undefined) return ctx.needsInfo([PROVIDED]);
      return provided ? ctx.pass("providedOnRequest", { evidence: [PROVIDED] }) : ctx.violation("notProvidedOnRequest", { evidence: [PROVIDED] });
    }
  },
});
