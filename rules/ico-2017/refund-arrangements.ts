/**
 * 二、第一段 本公告发布之日起，各类代币发行融资活动应当立即停止。已完成代币发行融资的组织和个人应当做出清退等安排，合理保护投资者权益，妥善处置风险。有关部门将依法严肃查处拒不停止的代币发行融资活动以及已完成的代币发行融资项目中的违法违规行为。
 *
 * §2 ¶1 (verified): […] Organisations and individuals that have completed token issuance financing
 * shall make arrangements such as refunds, reasonably protect investors' rights and interests, and
 * properly dispose of the risks. The relevant departments will investigate and punish […] illegal
 * conduct in token issuance financing projects already completed.
 *
 * Penalty: none mapped (the Announcement has no fine schedule; enforcement is referred to the relevant
 * departments).
 *
 * Interpretation: the duty falls on whoever "has completed" token issuance financing. It plainly
 * covers financing completed before the Announcement (the case the sentence was written for); it
 * covers, a fortiori, financing completed on or after 2017-09-04, which was itself prohibited and
 * whose investors are owed at least the same protection. A sale still ongoing is not "completed": it
 * must stop first (ico-2017/token-issuance-financing), so this rule does not apply to it yet.
 * "清退等安排" (refund and similar arrangements) is checked through the one fact the subject has,
 * token.issuance.refundArranged.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { ICO_2017_EFFECTIVE, icoScope } from "./scope.js";

const ISSUED: Path = ["token", "issuance", "issued"];
const START: Path = ["token", "issuance", "startDate"];
const END: Path = ["token", "issuance", "endDate"];
const ONGOING: Path = ["token", "issuance", "ongoing"];
const REFUND: Path = ["token", "issuance", "refundArranged"];

export const refundArrangements = defineRule({
  id: "ico-2017/refund-arrangements",
  title: { en: "Refund arrangements for completed token financing", zh: "已完成代币发行融资的应当做出清退等安排" },
  description: {
    en: "Whoever has completed token issuance financing must make refund (清退) and similar arrangements, protect investors' rights and dispose of the risks.",
    zh: "已完成代币发行融资的组织和个人应当做出清退等安排，合理保护投资者权益，妥善处置风险。",
  },
  cites: [{ instrument: "ico-2017", article: 2, paragraph: 1 }],
  appliesFrom: ICO_2017_EFFECTIVE,
  scope: icoScope,
  messages: {
    noIssuance: {
      en: "Not applicable: the project did not issue or sell tokens to raise funds, so there is no completed token financing to refund.",
      zh: "不适用：该项目未通过发行或发售代币进行融资，不存在需清退的已完成代币发行融资。",
    },
    notCompleted: {
      en: "Not applicable yet: the token sale is not completed as of {asOf}. It must stop (ico-2017/token-issuance-financing); once it has ended, refund arrangements are due.",
      zh: "暂不适用：截至{asOf}代币发售尚未完成。该发售应当停止（ico-2017/token-issuance-financing）；结束后应当做出清退等安排。",
    },
    arranged: {
      en: "Refund arrangements have been made for the investors of the completed token sale (end date: {end}).",
      zh: "已为已完成的代币发售（结束日期：{end}）的投资者做出清退等安排。",
    },
    notArrangedBefore: {
      en: "No refund arrangements for the token sale completed on {end}, before the Announcement: organisations and individuals that have completed token issuance financing must make refund and similar arrangements.",
      zh: "代币发售已于{end}（公告发布前）完成，但未做出清退安排；已完成代币发行融资的组织和个人应当做出清退等安排。",
    },
    notArrangedAfter: {
      en: "No refund arrangements for the token sale completed on {end}, on or after 2017-09-04. The duty to make refund arrangements is read to cover, a fortiori, financing completed after the Announcement, which was itself prohibited.",
      zh: "代币发售于{end}（2017年9月4日或之后）完成，但未做出清退安排。清退义务当然适用于公告发布后完成的融资（该融资本身即被禁止）。",
    },
    notArrangedUnknownDate: {
      en: "No refund arrangements for the completed token sale (end date not stated): organisations and individuals that have completed token issuance financing must make refund and similar arrangements, whether it was completed before the Announcement or, a fortiori, after it.",
      zh: "代币发售已完成（结束日期未说明），但未做出清退安排；已完成代币发行融资的组织和个人应当做出清退等安排，无论完成于公告发布之前，还是（当然地）之后。",
    },
  },
  examples: {
    asOf: "2017-10-01",
    pass: {
      operator: { registeredIn: "mainland" },
      token: { issuance: { issued: true, startDate: "2017-07-01", endDate: "2017-08-15", ongoing: false, refundArranged: true } },
    },
    fail: {
      operator: { registeredIn: "mainland" },
      token: { issuance: { issued: true, startDate: "2017-07-01", endDate: "2017-08-15", ongoing: false, refundArranged: false } },
    },
  },
  evaluate(subject, ctx) {
    const issuance = subject.token?.issuance;
    const issued = issuance?.issued;
    if (issued === undefined) return ctx.needsInfo([ISSUED]);
    if (issued === false) return ctx.notApplicable("noIssuance", { evidence: [ISSUED] });

    const start = issuance?.startDate;
    const end = issuance?.endDate;
    const ongoing = issuance?.ongoing;
    const data = { asOf: ctx.asOf, end: end ?? "unknown" };
    const periodEvidence = [START, END, ONGOING].filter((path) => {
      const key = path[2] as "startDate" | "endDate" | "ongoing";
      return issuance?.[key] !== undefined;
    });
    const notStarted = start !== undefined && start > ctx.asOf;
    const endedByAsOf = end !== undefined && end <= ctx.asOf;
    if (notStarted || ongoing === true || (end !== undefined && !endedByAsOf && ongoing !== false)) {
      return ctx.notApplicable("notCompleted", { data, evidence: [ISSUED, ...periodEvidence] });
    }
    if (!endedByAsOf && ongoing !== false) return ctx.needsInfo([END, ONGOING], undefined, { evidence: [ISSUED, ...periodEvidence] });

    const refund = issuance?.refundArranged;
    if (refund === undefined) return ctx.needsInfo([REFUND], undefined, { evidence: [ISSUED, ...periodEvidence] });
    const evidence = [ISSUED, ...periodEvidence, REFUND];
    if (refund) return ctx.pass("arranged", { data, evidence });
    if (end === undefined) return ctx.violation("notArrangedUnknownDate", { data, evidence });
    return ctx.violation(end < ICO_2017_EFFECTIVE ? "notArrangedBefore" : "notArrangedAfter", { data, evidence });
  },
});
