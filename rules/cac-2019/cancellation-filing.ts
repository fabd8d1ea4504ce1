/**
 * 第十一条第三款 区块链信息服务提供者终止服务的，应当在终止服务三十个工作日前办理注销手续，并作出妥善安排。
 *
 * Art. 11 ¶3: a provider that terminates its service must complete the cancellation procedures
 * thirty working days before terminating the service, and must make proper arrangements.
 *
 * Penalty: NOT KNOWN. No penalty article of the corpus covers Art. 11 ¶3 (Art. 22 covers ¶1 only;
 * the recollected Art. 19 list names ¶2 but not ¶3), so findings carry no penalty and say so.
 *
 * Interpretation:
 * - The thirty working days are counted back from the termination date, that day not counted: the
 *   procedures are due by the 30th working day before it (`direction: "before"`).
 * - Cancellation presupposes a filing: a service that never filed has nothing to cancel (the
 *   failure to file is `cac-2019/filing-deadline`'s finding).
 * - The Provisions set no separate time for the "proper arrangements"; this rule reads them as due by
 *   the termination date at the latest, so arrangements not yet made before that date are not a breach.
 * - Where the 30-working-day period began before the Provisions took effect (2019-02-15), lateness is
 *   reported as a risk, since the duty could not have been met before it existed.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const PLANNED: Path = ["termination", "planned"];
const DATE: Path = ["termination", "terminationDate"];
const CANCELLED: Path = ["termination", "cancellationFiledDate"];
const ARRANGEMENTS: Path = ["termination", "arrangementsMade"];
const FILED: Path = ["filing", "filed"];

export const cancellationFiling = defineRule({
  id: "cac-2019/cancellation-filing",
  title: {
    en: "Cancellation 30 working days before termination, with proper arrangements",
    zh: "终止服务三十个工作日前办理注销手续并作出妥善安排",
  },
  description: {
    en: "A provider that ends its service completes the cancellation procedures at least 30 statutory working days before the termination date and makes proper arrangements.",
    zh: "区块链信息服务提供者终止服务的，应当在终止服务三十个工作日前办理注销手续，并作出妥善安排。",
  },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 3 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    notTerminating: {
      en: "Not applicable: the service has not ended and no end is planned.",
      zh: "不适用：服务未终止，也未计划终止。",
    },
    neverFiled: {
      en: "Not applicable: the service never completed its filing, so there is no filing to cancel (the missing filing is a matter for Art. 11 ¶1).",
      zh: "不适用：该服务未履行备案手续，无备案可注销（未备案问题适用第十一条第一款）。",
    },
    terminatedBeforeInForce: {
      en: "Not applicable: the service ended on {termination}, before the Provisions took effect on 2019-02-15.",
      zh: "不适用：服务已于{termination}终止，早于本规定2019年2月15日施行。",
    },
    cancelledInTime: {
      en: "Cancellation procedures completed on {cancelled}, at least 30 working days before the termination on {termination} (due by {due}).",
      zh: "已于{cancelled}办理注销手续，在{termination}终止服务三十个工作日前（截止{due}）。",
    },
    notCancelledOverdue: {
      en: "Cancellation procedures not done: they were due by {due}, 30 working days before the termination on {termination}, and are {late} working days overdue as of {asOf}. The Provisions' penalty for this paragraph is not known (none is mapped).",
      zh: "未办理注销手续：应于终止服务（{termination}）三十个工作日前即{due}前办理，截至{asOf}已逾期{late}个工作日。本款对应的罚则不详（未找到对应条款）。",
    },
    cancelledLate: {
      en: "Cancellation procedures completed on {cancelled}, {late} working days after {due}, the last day 30 working days before the termination on {termination}. The Provisions' penalty for this paragraph is not known (none is mapped).",
      zh: "于{cancelled}办理注销手续，晚于终止服务（{termination}）三十个工作日前的截止日期{due}达{late}个工作日。本款对应的罚则不详（未找到对应条款）。",
    },
    cancellationPending: {
      en: "The cancellation procedures are due by {due}, 30 working days before the termination on {termination}; the date they were completed is not given, but nothing is overdue as of {asOf}.",
      zh: "应于{due}前办理注销手续（终止服务{termination}前三十个工作日）；未提供办理日期，但截至{asOf}尚未逾期。",
    },
    cancellationDateUnknown: {
      en: "The cancellation procedures were due by {due}, 30 working days before the termination on {termination}. Give the date they were completed (termination.cancellationFiledDate); if they were not completed, they are overdue.",
      zh: "应于{due}前办理注销手续（终止服务{termination}前三十个工作日）。请提供办理日期（termination.cancellationFiledDate）；如未办理，则已逾期。",
    },
    periodBeforeInForce: {
      en: "The 30 working days before the termination on {termination} began before the Provisions took effect on 2019-02-15 (due {due}). Whether and how Art. 11 ¶3 applied to a termination so soon after that date is not settled; this check reports the lateness as a risk, not a violation.",
      zh: "终止服务（{termination}）前三十个工作日的期间始于本规定2019年2月15日施行之前（截止{due}）。施行后不久终止服务的，第十一条第三款如何适用尚无定论；本检查将逾期报告为风险而非违规。",
    },
    arrangementsMade: {
      en: "Proper arrangements have been made for the termination on {termination}.",
      zh: "已就{termination}终止服务作出妥善安排。",
    },
    arrangementsDue: {
      en: "Proper arrangements for the termination on {termination} have not been made yet; they must be made by that date at the latest (the Provisions set no separate time).",
      zh: "尚未就{termination}终止服务作出妥善安排；最迟应于该日前作出（本规定未另定期限）。",
    },
    arrangementsMissing: {
      en: "The service ended on {termination} without proper arrangements. The Provisions' penalty for this paragraph is not known (none is mapped).",
      zh: "服务已于{termination}终止，但未作出妥善安排。本款对应的罚则不详（未找到对应条款）。",
    },
  },
  examples: {
    asOf: "2021-11-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true },
      termination: { planned: true, terminationDate: "2021-10-15", cancellationFiledDate: "2021-08-30", arrangementsMade: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true },
      termination: { planned: true, terminationDate: "2021-10-15", cancellationFiledDate: "2021-09-15", arrangementsMade: true },
    },
  },
  evaluate(subject, ctx) {
    const termination = subject.termination;
    const planned = termination?.planned;
    if (planned === undefined) return ctx.needsInfo([PLANNED]);
    if (!planned) return ctx.notApplicable("notTerminating", { evidence: [PLANNED] });
    if (subject.filing?.filed === false) return ctx.notApplicable("neverFiled", { evidence: [PLANNED, FILED] });

    const terminationDate = termination?.terminationDate;
    if (terminationDate === undefined) {
      const missing: Path[] = [DATE];
      if (termination?.arrangementsMade === undefined) missing.push(ARRANGEMENTS);
      return ctx.needsInfo(missing, undefined, { evidence: [PLANNED] });
    }
    if (terminationDate < CAC_2019_EFFECTIVE) {
      return ctx.notApplicable("terminatedBeforeInForce", { data: { termination: terminationDate }, evidence: [DATE] });
    }
    return [cancellation(terminationDate), arrangements(terminationDate)];

    function cancellation(termination: string): Outcome {
      const notCancelled = subject.termination?.cancellationFiled === false;
      const cancelled = notCancelled ? null : (subject.termination?.cancellationFiledDate ?? null);
      const deadline = ctx.deadline({ start: termination, workingDays: 30, direction: "before", actual: cancelled });
      const data = { termination, cancelled, due: deadline.due, late: deadline.workingDaysLate, asOf: ctx.asOf };
      if (cancelled === null) {
        if (deadline.status === "pending") return ctx.pass("cancellationPending", { data, evidence: [DATE], deadline });
        if (notCancelled) {
          const evidence = [DATE, ["termination", "cancellationFiled"]];
          if (deadline.due < CAC_2019_EFFECTIVE) return ctx.risk("notCancelledOverdue", "periodBeforeInForce", { data, evidence, deadline });
          return ctx.violation("notCancelledOverdue", { data, evidence, deadline });
        }
        return ctx.needsInfo([CANCELLED], "cancellationDateUnknown", { data, evidence: [DATE] });
      }
      const evidence = [DATE, CANCELLED];
      if (deadline.status === "met") return ctx.pass("cancelledInTime", { data, evidence, deadline });
      if (deadline.due < CAC_2019_EFFECTIVE) return ctx.risk("cancelledLate", "periodBeforeInForce", { data, evidence, deadline });
      return ctx.violation("cancelledLate", { data, evidence, deadline });
    }

    function arrangements(termination: string): Outcome {
      const made = subject.termination?.arrangementsMade;
      const data = { termination };
      if (made === undefined) return ctx.needsInfo([ARRANGEMENTS], undefined, { evidence: [DATE] });
      const evidence = [DATE, ARRANGEMENTS];
      if (made) return ctx.pass("arrangementsMade", { data, evidence });
      if (termination >= ctx.asOf) return ctx.pass("arrangementsDue", { data, evidence });
      return ctx.violation("arrangementsMissing", { data, evidence });
    }
  },
});
