/**
 * 二、任何组织和个人不得非法从事代币发行融资活动
 * 第一段 本公告发布之日起，各类代币发行融资活动应当立即停止。已完成代币发行融资的组织和个人应当做出清退等安排，合理保护投资者权益，妥善处置风险。有关部门将依法严肃查处拒不停止的代币发行融资活动以及已完成的代币发行融资项目中的违法违规行为。
 *
 * §2 ¶1 (verified): from the date this Announcement is published (2017-09-04), all token issuance
 * financing activities shall stop immediately. […] The relevant departments will investigate and
 * punish severely, according to law, token issuance financing activities that refuse to stop […].
 *
 * 一、第一段（节选） 代币发行融资是指融资主体通过代币的违规发售、流通，向投资者筹集比特币、以太币等所谓“虚拟货币”，本质上是一种未经批准非法公开融资的行为，涉嫌非法发售代币票券、非法发行证券以及非法集资、金融诈骗、传销等违法犯罪活动。……
 *
 * §1 ¶1 (verified, cited for the nature of the activity): token issuance financing is, in essence,
 * unapproved illegal public financing, suspected of illegal sale of token certificates, illegal
 * issuance of securities, illegal fund-raising, financial fraud and pyramid selling.
 *
 * Penalty: the Announcement has no fine schedule (the corpus maps none); it refers enforcement to the
 * relevant departments ("依法严肃查处") and suspected crimes to the judicial authorities (§1 ¶1).
 *
 * Reading: a sale carried on on or after 2017-09-04 (ongoing then, ended then or later, or started
 * then or later) breaches the order to stop. A sale that ended before 2017-09-04 does not breach this
 * sentence; the duty to make refund arrangements for it is checked by ico-2017/refund-arrangements.
 * A sale scheduled to start after the date of the check has not yet breached anything; it is reported
 * as a risk, since launching it would.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { periodPosition } from "./period.js";
import { ICO_2017_EFFECTIVE, icoScope } from "./scope.js";

const ISSUED: Path = ["token", "issuance", "issued"];
const START: Path = ["token", "issuance", "startDate"];
const END: Path = ["token", "issuance", "endDate"];
const ONGOING: Path = ["token", "issuance", "ongoing"];

const STOP = { instrument: "ico-2017", article: 2, paragraph: 1 };
const NATURE = { instrument: "ico-2017", article: 1, paragraph: 1 };

export const tokenIssuanceFinancing = defineRule({
  id: "ico-2017/token-issuance-financing",
  title: { en: "Token issuance financing must stop from 4 September 2017", zh: "各类代币发行融资活动应当立即停止" },
  description: {
    en: "From 2017-09-04 all token issuance financing (ICOs) must stop immediately; a token sale carried on on or after that day breaches §2 ¶1.",
    zh: "自2017年9月4日公告发布之日起，各类代币发行融资活动应当立即停止；该日及以后仍在进行的代币发售违反第二部分第一段。",
  },
  cites: [STOP, NATURE],
  appliesFrom: ICO_2017_EFFECTIVE,
  scope: icoScope,
  messages: {
    noIssuance: {
      en: "The project did not issue or sell tokens to raise funds: no token issuance financing to stop.",
      zh: "该项目未通过发行或发售代币进行融资，不存在需停止的代币发行融资活动。",
    },
    ongoing: {
      en: "The token sale is still ongoing as of {asOf} (start: {start}): token issuance financing had to stop immediately from 2017-09-04. It is, in the Announcement's words, unapproved illegal public financing.",
      zh: "代币发售截至{asOf}仍在进行（开始日期：{start}）；自2017年9月4日起，各类代币发行融资活动应当立即停止。公告认定其本质上是未经批准非法公开融资的行为。",
    },
    ranAfter: {
      en: "The token sale ran from {start} to {end}, on or after 2017-09-04, when all token issuance financing had to stop immediately. It is, in the Announcement's words, unapproved illegal public financing.",
      zh: "代币发售自{start}至{end}进行，在2017年9月4日或之后仍未停止；自该日起各类代币发行融资活动应当立即停止。公告认定其本质上是未经批准非法公开融资的行为。",
    },
    startedAfter: {
      en: "The token sale started on {start}, on or after 2017-09-04, when all token issuance financing had to stop immediately. It is, in the Announcement's words, unapproved illegal public financing.",
      zh: "代币发售于{start}开始，在2017年9月4日或之后；自该日起各类代币发行融资活动应当立即停止。公告认定其本质上是未经批准非法公开融资的行为。",
    },
    endedBefore: {
      en: "The token sale ended on {end}, before the Announcement of 2017-09-04, so it did not continue after the order to stop. (Refund arrangements for completed financing are checked by ico-2017/refund-arrangements.)",
      zh: "代币发售已于{end}结束，早于2017年9月4日公告发布，未在停止要求后继续进行。（已完成融资的清退安排由 ico-2017/refund-arrangements 检查。）",
    },
    planned: {
      en: "The token sale is scheduled to start on {start}, after {asOf}. Token issuance financing has been prohibited since 2017-09-04: launching it would breach §2 ¶1.",
      zh: "代币发售计划于{start}开始（晚于{asOf}）。自2017年9月4日起代币发行融资活动应当停止，启动该发售将违反第二部分第一段。",
    },
    plannedReading: {
      en: "A sale that has not begun has not yet breached the order to stop; this check reads a scheduled token sale as a likely breach, since §2 ¶1 orders all token issuance financing to stop.",
      zh: "尚未开始的发售尚未违反停止要求；鉴于第二部分第一段要求各类代币发行融资活动立即停止，本检查将已计划的代币发售视为可能违规。",
    },
  },
  examples: {
    asOf: "2017-10-01",
    pass: {
      operator: { registeredIn: "mainland" },
      token: { issuance: { issued: true, startDate: "2017-07-01", endDate: "2017-08-15", ongoing: false } },
    },
    fail: {
      operator: { registeredIn: "mainland" },
      token: { issuance: { issued: true, startDate: "2017-08-20", endDate: "2017-09-20", ongoing: false } },
    },
  },
  evaluate(subject, ctx) {
    const issuance = subject.token?.issuance;
    const issued = issuance?.issued;
    if (issued === undefined) return ctx.needsInfo([ISSUED]);
    if (issued === false) return ctx.pass("noIssuance", { evidence: [ISSUED], cites: [STOP] });

    const start = issuance?.startDate;
    const end = issuance?.endDate;
    const ongoing = issuance?.ongoing;
    const data = { start: start ?? "unknown", end: end ?? "unknown", asOf: ctx.asOf };
    const position = periodPosition(
      { start, end, ongoing, paths: { start: START, end: END, ongoing: ONGOING }, endAbsentMeans: "unknown" },
      ICO_2017_EFFECTIVE,
      ctx.asOf,
    );
    const evidence = [ISSUED, START, END, ONGOING].filter((path) => {
      const key = path[2] as "issued" | "startDate" | "endDate" | "ongoing";
      return issuance?.[key] !== undefined;
    });
    switch (position.kind) {
      case "not-started":
        return ctx.risk("planned", "plannedReading", { data, evidence, cites: [STOP] });
      case "stopped-before":
        return ctx.pass("endedBefore", { data, evidence, cites: [STOP] });
      case "unknown":
        return ctx.needsInfo(position.missing, undefined, { evidence, cites: [STOP] });
      case "on-or-after": {
        const options = { data, evidence, cites: [STOP, NATURE] };
        if (end !== undefined && (end <= ctx.asOf || ongoing === false)) return ctx.violation("ranAfter", options);
        if (end === undefined && ongoing !== true) return ctx.violation("startedAfter", options);
        return ctx.violation("ongoing", options);
      }
    }
  },
});
