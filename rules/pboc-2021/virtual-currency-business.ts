/**
 * （二）第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus). Section number (二) from a spun copy, medium confidence.
 *
 * §2 ¶1 (our English substance): business activities related to virtual currency are illegal
 * financial activities. The activities covered include exchange of virtual currency, buying and
 * selling virtual currency as a central counterparty, matching trades, information-intermediary and
 * pricing services, token issuance financing and trading in virtual-currency derivatives; they are
 * strictly prohibited and banned according to law, and criminal liability is pursued where a crime is
 * constituted. (Only "虚拟货币相关业务活动属于非法金融活动" is reported in several news quotations; the
 * list of activities rests on a paraphrase and a spun copy.)
 *
 * Penalty: none known (the corpus maps none).
 *
 * Two findings: the platform side (exchange between money and virtual currencies or among them,
 * buying and selling including as central counterparty, pricing and information-intermediary
 * services: token.trading) and the issuance side (token issuance financing: token.issuance). Each is
 * a violation when carried on on or after the Notice's date (2021-09-15), a pass when it stopped
 * before. Matching trades (撮合) and derivatives trading count among the platform's activities.
 * Scope: operators registered in the mainland (see scope.ts); overseas exchanges are §3's.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path, RuleContext } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";
import { periodPosition } from "../ico-2017/period.js";
import { PBOC_2021_EFFECTIVE, pboc2021DomesticScope } from "./scope.js";

type TradingFact =
  | "fiatTokenExchange"
  | "tokenTokenExchange"
  | "buysAndSells"
  | "centralCounterparty"
  | "matchesTrades"
  | "pricingServices"
  | "informationIntermediary"
  | "derivatives";
const TRADING_FACTS: TradingFact[] = [
  "fiatTokenExchange",
  "tokenTokenExchange",
  "buysAndSells",
  "centralCounterparty",
  "matchesTrades",
  "pricingServices",
  "informationIntermediary",
  "derivatives",
];
const ACTIVITY: Record<TradingFact, { en: string; zh: string }> = {
  fiatTokenExchange: { en: "exchange between legal tender and virtual currencies", zh: "法定货币与虚拟货币兑换" },
  tokenTokenExchange: { en: "exchange of virtual currencies for one another", zh: "虚拟货币之间的兑换" },
  buysAndSells: { en: "buying and selling virtual currencies", zh: "买卖虚拟货币" },
  centralCounterparty: { en: "acting as central counterparty", zh: "作为中央对手方买卖虚拟货币" },
  matchesTrades: { en: "matching trades", zh: "撮合交易" },
  derivatives: { en: "virtual-currency derivatives trading", zh: "虚拟货币衍生品交易" },
  pricingServices: { en: "pricing services", zh: "定价服务" },
  informationIntermediary: { en: "information-intermediary services", zh: "信息中介服务" },
};

const OPERATES: Path = ["token", "trading", "operatesPlatform"];
const T_START: Path = ["token", "trading", "startDate"];
const T_END: Path = ["token", "trading", "endDate"];
const ISSUED: Path = ["token", "issuance", "issued"];
const I_START: Path = ["token", "issuance", "startDate"];
const I_END: Path = ["token", "issuance", "endDate"];
const I_ONGOING: Path = ["token", "issuance", "ongoing"];
const trading = (name: TradingFact): Path => ["token", "trading", name];

type Messages =
  | "noPlatform" | "platformNoActivity" | "platformActivity" | "platformStopped" | "platformPlanned"
  | "noIssuance" | "issuanceAfter" | "issuanceEnded" | "issuancePlanned" | "plannedReading";

function platformFinding(subject: Subject, ctx: RuleContext<Messages>): Outcome {
  const t = subject.token?.trading;
  if (t?.operatesPlatform === undefined) return ctx.needsInfo([OPERATES]);
  if (!t.operatesPlatform) return ctx.pass("noPlatform", { evidence: [OPERATES] });
  const present = TRADING_FACTS.filter((name) => t[name] === true);
  if (present.length === 0) {
    const unknown = TRADING_FACTS.filter((name) => t[name] === undefined);
    if (unknown.length > 0) return ctx.needsInfo(unknown.map(trading), undefined, { evidence: [OPERATES] });
    return ctx.pass("platformNoActivity", { evidence: [OPERATES, ...TRADING_FACTS.map(trading)] });
  }
  const data = {
    activities: present.map((name) => ACTIVITY[name].en).join(", "),
    activitiesZh: present.map((name) => ACTIVITY[name].zh).join("、"),
    start: t.startDate ?? "unknown",
    end: t.endDate ?? "now",
    endZh: t.endDate ?? "今",
  };
  const evidence = [OPERATES, ...present.map(trading), ...(t.startDate ? [T_START] : []), ...(t.endDate ? [T_END] : [])];
  const position = periodPosition({ start: t.startDate, end: t.endDate, paths: { start: T_START, end: T_END }, endAbsentMeans: "continuing" }, PBOC_2021_EFFECTIVE, ctx.asOf);
  if (position.kind === "not-started") return ctx.risk("platformPlanned", "plannedReading", { data, evidence });
  if (position.kind === "stopped-before") return ctx.pass("platformStopped", { data, evidence });
  if (position.kind === "unknown") return ctx.needsInfo(position.missing, undefined, { data, evidence });
  return ctx.violation("platformActivity", { data, evidence });
}

function issuanceFinding(subject: Subject, ctx: RuleContext<Messages>): Outcome {
  const i = subject.token?.issuance;
  if (i?.issued === undefined) return ctx.needsInfo([ISSUED]);
  if (!i.issued) return ctx.pass("noIssuance", { evidence: [ISSUED] });
  const data = { start: i.startDate ?? "unknown", end: i.endDate ?? "unknown", asOf: ctx.asOf };
  const evidence = [ISSUED, ...(i.startDate ? [I_START] : []), ...(i.endDate ? [I_END] : []), ...(i.ongoing !== undefined ? [I_ONGOING] : [])];
  const position = periodPosition(
    { start: i.startDate, end: i.endDate, ongoing: i.ongoing, paths: { start: I_START, end: I_END, ongoing: I_ONGOING }, endAbsentMeans: "unknown" },
    PBOC_2021_EFFECTIVE,
    ctx.asOf,
  );
  if (position.kind === "not-started") return ctx.risk("issuancePlanned", "plannedReading", { data, evidence });
  if (position.kind === "stopped-before") return ctx.pass("issuanceEnded", { data, evidence });
  if (position.kind === "unknown") return ctx.needsInfo(position.missing, undefined, { data, evidence });
  return ctx.violation("issuanceAfter", { data, evidence });
}

export const virtualCurrencyBusiness = defineRule<Messages>({
  id: "pboc-2021/virtual-currency-business",
  title: { en: "Virtual-currency business is illegal financial activity (2021)", zh: "虚拟货币相关业务活动属于非法金融活动（2021）" },
  description: {
    en: "From 2021-09-15, virtual-currency exchange, dealing (including as central counterparty), matching trades, pricing and information-intermediary services, derivatives trading and token issuance financing are illegal financial activities. One finding for the platform side, one for the issuance side.",
    zh: "（本项目的概括，非通知原文）自2021年9月15日起，虚拟货币兑换、以中央对手方身份买卖、撮合交易、信息中介与定价服务、衍生品交易、代币发行融资等与虚拟货币有关的业务均为非法金融活动（平台与发行各出一项结论）。",
  },
  cites: [{ instrument: "pboc-2021", article: 2, paragraph: 1 }],
  appliesFrom: PBOC_2021_EFFECTIVE,
  scope: pboc2021DomesticScope,
  messages: {
    noPlatform: {
      en: "The subject does not operate a platform on which virtual currencies are traded.",
      zh: "该主体未运营虚拟货币交易平台。",
    },
    platformNoActivity: {
      en: "The platform carries on none of the virtual-currency business activities listed for §2 (exchange, dealing, central counterparty, matching, pricing, information intermediary, derivatives).",
      zh: "该平台未从事第二部分所列的虚拟货币相关业务（兑换、买卖、中央对手方、撮合、定价、信息中介、衍生品交易）。",
    },
    platformActivity: {
      en: "The platform carries on {activities} on or after 2021-09-15 (trading from {start} to {end}): virtual-currency business activities are illegal financial activities (2021 Notice §2).",
      zh: "该平台在2021年9月15日或之后从事{activitiesZh}（交易业务自{start}至{endZh}）：虚拟货币相关业务活动属于非法金融活动（2021年通知第二部分）。",
    },
    platformStopped: {
      en: "The platform's trading ({activities}) stopped on {end}, before the 2021 Notice (2021-09-15).",
      zh: "该平台的交易业务（{activitiesZh}）已于{end}停止，早于2021年9月15日通知印发。",
    },
    platformPlanned: {
      en: "The platform will carry on {activities} when its trading starts on {start}: virtual-currency business activities are illegal financial activities (2021 Notice §2).",
      zh: "该平台将于{start}开始交易并从事{activitiesZh}：虚拟货币相关业务活动属于非法金融活动（2021年通知第二部分）。",
    },
    noIssuance: {
      en: "The project did not issue or sell tokens to raise funds.",
      zh: "该项目未通过发行或发售代币进行融资。",
    },
    issuanceAfter: {
      en: "The token sale (from {start} to {end}) was carried on on or after 2021-09-15: token issuance financing is an illegal financial activity (2021 Notice §2).",
      zh: "代币发售（自{start}至{end}）在2021年9月15日或之后进行：代币发行融资属于非法金融活动（2021年通知第二部分）。",
    },
    issuanceEnded: {
      en: "The token sale ended on {end}, before the 2021 Notice (2021-09-15).",
      zh: "代币发售已于{end}结束，早于2021年9月15日通知印发。",
    },
    issuancePlanned: {
      en: "The token sale is scheduled to start on {start}, after {asOf}: token issuance financing is an illegal financial activity (2021 Notice §2).",
      zh: "代币发售计划于{start}开始（晚于{asOf}）：代币发行融资属于非法金融活动（2021年通知第二部分）。",
    },
    plannedReading: {
      en: "An activity that has not begun has not yet been carried on; this check reads one set up to begin as a likely breach of §2.",
      zh: "尚未开始的活动尚未实际开展；本检查将已准备开展的活动视为可能违反第二部分。",
    },
  },
  examples: {
    asOf: "2021-10-01",
    pass: {
      operator: { registeredIn: "mainland" },
      token: { issuance: { issued: false }, trading: { operatesPlatform: false } },
    },
    fail: {
      operator: { registeredIn: "mainland" },
      token: {
        issuance: { issued: false },
        trading: { operatesPlatform: true, fiatTokenExchange: true, tokenTokenExchange: false, buysAndSells: false, centralCounterparty: false, pricingServices: false, informationIntermediary: false, startDate: "2020-05-01" },
      },
    },
  },
  evaluate(subject, ctx) {
    return [platformFinding(subject, ctx), issuanceFinding(subject, ctx)];
  },
});
