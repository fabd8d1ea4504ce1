/**
 * 第十四条 国家和省、自治区、直辖市互联网信息办公室对区块链信息服务备案信息实行定期查验，区块链信息服务提供者应当在规定时间内登录区块链信息服务备案管理系统，提供相关信息。
 *
 * Art. 14: the national and provincial cyberspace offices check filing information periodically; the
 * provider must log in to the filing system within the specified time and provide the relevant information.
 *
 * Penalty: none is mapped to Art. 14 in the corpus (the recollected Art. 19 list does not name it),
 * so findings carry none.
 *
 * Interpretation: the check is scheduled by the cyberspace offices and the time is theirs to set
 * ("规定时间"); until they call for one, nothing is due. The provider meets the duty by providing the
 * information on or before the day set. Where that day has passed and the date the information was
 * provided is not given, the rule asks for it rather than assuming it was not provided.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const REQUESTED: Path = ["filing", "verificationRequested"];
const DUE: Path = ["filing", "verificationDueDate"];
const PROVIDED: Path = ["filing", "verificationProvidedDate"];

export const periodicVerification = defineRule({
  id: "cac-2019/periodic-verification",
  title: { en: "Filing information provided for the periodic check in time", zh: "在规定时间内提供定期查验所需备案信息" },
  description: {
    en: "When the cyberspace offices call for the periodic check of filing information, the provider logs in to the filing system and provides the information within the time they set.",
    zh: "网信部门对备案信息实行定期查验时，区块链信息服务提供者应当在规定时间内登录备案管理系统，提供相关信息。",
  },
  cites: [{ instrument: "cac-2019", article: 14, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    notRequested: {
      en: "No periodic check has been called for, so nothing is due: the cyberspace offices schedule the checks and set the time.",
      zh: "网信部门尚未要求定期查验，暂无需提供信息：查验由网信部门安排并规定时间。",
    },
    providedInTime: {
      en: "The information for the periodic check was provided on {provided}, within the time set (by {due}).",
      zh: "已于{provided}提供定期查验信息，在规定时间（{due}前）内。",
    },
    notProvidedOverdue: {
      en: "The information for the periodic verification has not been provided; it was due by {due} (as of {asOf}).",
      zh: "尚未提供定期查验所需信息；应于{due}前提供（截至{asOf}）。",
    },
    providedLate: {
      en: "The information for the periodic check was provided on {provided}, after the time set ({due}).",
      zh: "于{provided}提供定期查验信息，晚于规定时间（{due}）。",
    },
    pending: {
      en: "The information for the periodic check is due by {due}; the date it was provided is not given, but nothing is overdue as of {asOf}.",
      zh: "定期查验信息应于{due}前提供；未提供提交日期，但截至{asOf}尚未逾期。",
    },
    providedDateUnknown: {
      en: "The information for the periodic check was due by {due}. Give the date it was provided (filing.verificationProvidedDate); if it was not provided, it is overdue.",
      zh: "定期查验信息应于{due}前提供。请提供提交日期（filing.verificationProvidedDate）；如未提供，则已逾期。",
    },
  },
  examples: {
    asOf: "2020-07-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true, verificationRequested: true, verificationDueDate: "2020-06-30", verificationProvidedDate: "2020-06-20" },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true, verificationRequested: true, verificationDueDate: "2020-06-30", verificationProvidedDate: "2020-07-01" },
    },
  },
  evaluate(subject, ctx) {
    const filing = subject.filing;
    const requested = filing?.verificationRequested;
    if (requested === undefined) return ctx.needsInfo([REQUESTED]);
    if (!requested) return ctx.pass("notRequested", { evidence: [REQUESTED] });

    const due = filing?.verificationDueDate;
    if (due === undefined) return ctx.needsInfo([DUE], undefined, { evidence: [REQUESTED] });
    const provided = filing?.verificationProvided === false ? undefined : filing?.verificationProvidedDate;
    const data = { due, provided: provided ?? null, asOf: ctx.asOf };
    if (provided === undefined) {
      if (ctx.asOf <= due) return ctx.pass("pending", { data, evidence: [REQUESTED, DUE] });
      if (filing?.verificationProvided === false) return ctx.violation("notProvidedOverdue", { data, evidence: [DUE, ["filing", "verificationProvided"]] });
      return ctx.needsInfo([PROVIDED], "providedDateUnknown", { data, evidence: [REQUESTED, DUE] });
    }
    if (provided <= due) return ctx.pass("providedInTime", { data, evidence: [DUE, PROVIDED] });
    return ctx.violation("providedLate", { data, evidence: [DUE, PROVIDED] });
  },
});
