/**
 * 第十一条第二款 区块链信息服务提供者变更服务项目、平台网址等事项的，应当在变更之日起五个工作日内办理变更手续。
 *
 * Art. 11 ¶2: a provider that changes its service items, platform web address or similar filed
 * particulars must complete the change procedures within five working days from the date of the change.
 *
 * Penalty: the corpus maps Art. 19 (warning, order to rectify, suspension until rectified; fine of
 * 5,000–30,000 yuan if refused or serious) to Art. 11 ¶2, but that mapping is UNVERIFIED; the engine
 * attaches it with `mappingVerified: false`.
 *
 * Interpretation: "等事项" covers every filed particular, so changes of kind `other` are checked too.
 * The five working days are counted with the statutory working-day calendar, the day of the change
 * not counted. A change that took effect before the Provisions did (2019-02-15) owes no change
 * procedure under them. Where the date the procedures were completed is not given, the change is
 * a pass only while the deadline is still open (no answer could make it overdue yet); once the
 * deadline has passed the rule asks for the date rather than assuming the procedures were not done.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const CHANGES: Path = ["changes"];

const KIND = {
  "service-items": { en: "service items", zh: "服务项目" },
  "platform-address": { en: "platform address", zh: "平台网址" },
  other: { en: "other filed particulars", zh: "其他备案事项" },
} as const;

export const changeFiling = defineRule({
  id: "cac-2019/change-filing",
  title: { en: "Change procedures within 5 working days of a change", zh: "变更之日起五个工作日内办理变更手续" },
  description: {
    en: "For every change of the service items, platform address or other filed particulars, the provider completes the change procedures within 5 statutory working days of the change.",
    zh: "区块链信息服务提供者变更服务项目、平台网址等事项的，应当在变更之日起五个工作日内办理变更手续。",
  },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 2 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    noChanges: {
      en: "No changes of the service items, platform addresses or other filed particulars are listed, so no change procedures are due.",
      zh: "未列出服务项目、平台网址等备案事项的变更，无需办理变更手续。",
    },
    changeFiledInTime: {
      en: "Change {number} ({kindEn}, effective {changed}): change procedures completed on {filed}, within 5 working days (due {due}).",
      zh: "第{number}项变更（{kindZh}，{changed}生效）：已于{filed}办理变更手续，在五个工作日内（截止{due}）。",
    },
    changeNotFiledOverdue: {
      en: "Change {number} ({kindEn}, {changed}): the change procedures have not been done; they were due by {due} (5 working days) and are {late} working days overdue as of {asOf}.",
      zh: "第{number}项变更（{kindZh}，{changed}）：未办理变更手续；应于{due}前办理（五个工作日），截至{asOf}已逾期{late}个工作日。",
    },
    changeFiledLate: {
      en: "Change {number} ({kindEn}, effective {changed}): change procedures completed on {filed}, {late} working days after the deadline of {due} (5 working days from {changed}).",
      zh: "第{number}项变更（{kindZh}，{changed}生效）：于{filed}办理变更手续，超过截止日期{due}（自{changed}起五个工作日）{late}个工作日。",
    },
    changePending: {
      en: "Change {number} ({kindEn}, effective {changed}): the change procedures are due by {due} (5 working days from {changed}); the date they were completed is not given, but nothing is overdue as of {asOf}.",
      zh: "第{number}项变更（{kindZh}，{changed}生效）：应于{due}前办理变更手续（自{changed}起五个工作日）；未提供办理日期，但截至{asOf}尚未逾期。",
    },
    changeFiledDateUnknown: {
      en: "Change {number} ({kindEn}, effective {changed}): the change procedures were due by {due} (5 working days from {changed}). Give the date they were completed ({field}); if they were not completed, the change is overdue.",
      zh: "第{number}项变更（{kindZh}，{changed}生效）：应于{due}前办理变更手续（自{changed}起五个工作日）。请提供办理日期（{field}）；如未办理，则已逾期。",
    },
    changeBeforeInForce: {
      en: "Change {number} ({kindEn}) took effect on {changed}, before the Provisions took effect on 2019-02-15; Art. 11 ¶2 did not apply to it.",
      zh: "第{number}项变更（{kindZh}）于{changed}生效，早于本规定2019年2月15日施行，不适用第十一条第二款。",
    },
  },
  examples: {
    asOf: "2019-06-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      changes: [{ kind: "platform-address", changedDate: "2019-04-28", filedDate: "2019-05-07" }],
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      changes: [{ kind: "platform-address", changedDate: "2019-04-28", filedDate: "2019-05-08" }],
    },
  },
  evaluate(subject, ctx) {
    const changes = subject.changes;
    if (changes === undefined) return ctx.needsInfo([CHANGES]);
    if (changes.length === 0) return ctx.pass("noChanges", { evidence: [CHANGES] });

    return changes.map((change, index): Outcome => {
      const at: Path = ["changes", index];
      const changedPath: Path = [...at, "changedDate"];
      const filedPath: Path = [...at, "filedDate"];
      const changed = change.changedDate;
      if (changed === undefined) return ctx.needsInfo([changedPath], undefined, { evidence: [at] });

      const base = { number: index + 1, kindEn: KIND[change.kind].en, kindZh: KIND[change.kind].zh, changed, asOf: ctx.asOf };
      if (changed < CAC_2019_EFFECTIVE) return ctx.notApplicable("changeBeforeInForce", { data: base, evidence: [at] });

      const filed = change.filed === false ? null : (change.filedDate ?? null);
      const deadline = ctx.deadline({ start: changed, workingDays: 5, direction: "after", actual: filed });
      const data = { ...base, filed, due: deadline.due, late: deadline.workingDaysLate, field: `changes[${index}].filedDate` };
      if (filed === null) {
        if (deadline.status === "pending") return ctx.pass("changePending", { data, evidence: [at], deadline });
        if (change.filed === false) return ctx.violation("changeNotFiledOverdue", { data, evidence: [at], deadline });
        return ctx.needsInfo([filedPath], "changeFiledDateUnknown", { data, evidence: [at] });
      }
      if (deadline.status === "met") return ctx.pass("changeFiledInTime", { data, evidence: [at], deadline });
      return ctx.violation("changeFiledLate", { data, evidence: [at], deadline });
    });
  },
});
