/**
 * 三、第一段 Chinese text not available (substance only): the corpus has no copy of the
 * Announcement's wording for §3 (zh: null); news outlets quote it, but a quotation is not a copy.
 *
 * §3 ¶1 (our English substance): so-called token-financing trading platforms may not
 * (a) exchange legal tender for tokens or "virtual currencies", or exchange them for one another;
 * (b) buy or sell tokens or "virtual currencies", or do so as a central counterparty;
 * (c) provide pricing, information-intermediary or similar services for tokens or "virtual currencies".
 *
 * Penalty: none mapped in the corpus. §3 ¶2 (substance only) says the financial regulators will ask
 * the telecommunications, cyberspace and market-regulation authorities to close the websites and apps
 * of platforms that break the law and to revoke their business licences: a regulators' measure, not a
 * duty of the subject, so it is not encoded.
 *
 * Reading: the prohibitions apply from the day the Announcement took effect (2017-09-04). Whether §3
 * ¶1 itself opens with "本公告发布之日起" is unverified, but the Announcement as a whole takes effect on
 * publication. Trading carried on on or after that day breaches it; trading that stopped before does
 * not. The subject's trading dates (token.trading.startDate / endDate, "absent while it continues")
 * are the platform's, shared by the three limbs.
 *
 * One finding per limb (a), (b), (c), always three for a platform: each limb is a separate prohibition
 * that can be fixed on its own (a platform may stop acting as counterparty and keep a pricing page),
 * so a report shows which of them the platform meets and which it breaches; the sub-activities present
 * are listed inside each limb's finding.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";
import { periodPosition } from "./period.js";
import { ICO_2017_EFFECTIVE, icoScope } from "./scope.js";

type TradingFact = "fiatTokenExchange" | "tokenTokenExchange" | "buysAndSells" | "centralCounterparty" | "pricingServices" | "informationIntermediary";

const OPERATES: Path = ["token", "trading", "operatesPlatform"];
const START: Path = ["token", "trading", "startDate"];
const END: Path = ["token", "trading", "endDate"];
const fact = (name: TradingFact): Path => ["token", "trading", name];

/** Each activity in English (third person and infinitive) and Chinese. */
const ACTIVITY: Record<TradingFact, { en: string; inf: string; zh: string }> = {
  fiatTokenExchange: { en: "exchanges legal tender for tokens or virtual currencies", inf: "exchange legal tender for tokens or virtual currencies", zh: "从事法定货币与代币、虚拟货币之间的兑换" },
  tokenTokenExchange: { en: "exchanges tokens or virtual currencies for one another", inf: "exchange tokens or virtual currencies for one another", zh: "从事代币、虚拟货币相互之间的兑换" },
  buysAndSells: { en: "buys or sells tokens or virtual currencies itself", inf: "buy or sell tokens or virtual currencies itself", zh: "自行买卖代币或虚拟货币" },
  centralCounterparty: { en: "acts as central counterparty to trades", inf: "act as central counterparty to trades", zh: "作为中央对手方买卖代币或虚拟货币" },
  pricingServices: { en: "provides pricing services", inf: "provide pricing services", zh: "提供定价服务" },
  informationIntermediary: { en: "provides information-intermediary services", inf: "provide information-intermediary services", zh: "提供信息中介服务" },
};

/** The three limbs of §3 ¶1. */
export const TRADING_LIMBS = [
  {
    limb: "a",
    facts: ["fiatTokenExchange", "tokenTokenExchange"],
    prohibition: {
      en: "exchange legal tender for tokens or virtual currencies, or exchange them for one another",
      zh: "办理法币与代币或虚拟货币之间、或代币相互之间的兑换",
    },
  },
  {
    limb: "b",
    facts: ["buysAndSells", "centralCounterparty"],
    prohibition: { en: "buy or sell tokens or virtual currencies, or do so as a central counterparty", zh: "自行或以中央对手方身份买卖代币或虚拟货币" },
  },
  {
    limb: "c",
    facts: ["pricingServices", "informationIntermediary"],
    prohibition: { en: "provide pricing, information-intermediary or similar services for them", zh: "为代币或虚拟货币提供定价、信息中介或类似服务" },
  },
] as const satisfies readonly { limb: string; facts: readonly TradingFact[]; prohibition: { en: string; zh: string } }[];

/** The facts of one limb that are true, and those that are unknown. */
export function limbFacts(subject: Subject, facts: readonly TradingFact[]): { present: TradingFact[]; unknown: TradingFact[] } {
  const trading = subject.token?.trading;
  return {
    present: facts.filter((name) => trading?.[name] === true),
    unknown: facts.filter((name) => trading?.[name] === undefined),
  };
}

export const tradingPlatform = defineRule({
  id: "ico-2017/trading-platform",
  title: { en: "Token-financing trading platforms: no exchange, dealing, pricing or intermediary services", zh: "代币融资交易平台不得从事兑换、买卖、定价、信息中介等业务" },
  description: {
    en: "From 2017-09-04 a so-called token-financing trading platform may not exchange legal tender and tokens (or tokens for one another), buy or sell them or act as central counterparty, or provide pricing or information-intermediary services. One finding per limb of §3 ¶1.",
    zh: "（本项目的概括，非公告原文）自2017年9月4日起，代币融资交易平台不得办理法币与代币之间或代币相互之间的兑换，不得自行或以中央对手方身份买卖代币，不得为代币提供定价或信息中介服务；第三部分第一段的三项禁止各出一项结论。",
  },
  cites: [{ instrument: "ico-2017", article: 3, paragraph: 1 }],
  appliesFrom: ICO_2017_EFFECTIVE,
  scope: icoScope,
  messages: {
    noPlatform: {
      en: "Not applicable: the subject does not operate a platform on which tokens or virtual currencies are traded.",
      zh: "不适用：该主体未运营代币或虚拟货币交易平台。",
    },
    prohibited: {
      en: "The platform {activities}, on or after 2017-09-04 (trading from {start} to {end}): a token-financing trading platform may not {prohibition} (§3 ¶1, limb ({limb})).",
      zh: "该平台在2017年9月4日或之后{activitiesZh}（交易业务自{start}至{endZh}）：代币融资交易平台不得{prohibitionZh}（第三部分第一段第（{limb}）项禁止）。",
    },
    stoppedBefore: {
      en: "The platform {activities}, but its trading stopped on {end}, before the Announcement of 2017-09-04 (§3 ¶1, limb ({limb})).",
      zh: "该平台曾{activitiesZh}，但交易业务已于{end}停止，早于2017年9月4日公告发布（第三部分第一段第（{limb}）项）。",
    },
    planned: {
      en: "The platform will {activitiesPlanned} when its trading starts on {start}: a token-financing trading platform may not {prohibition} (§3 ¶1, limb ({limb})).",
      zh: "该平台将于{start}开始交易业务并{activitiesZh}：代币融资交易平台不得{prohibitionZh}（第三部分第一段第（{limb}）项）。",
    },
    plannedReading: {
      en: "Trading that has not begun has not yet breached §3 ¶1; this check reads a platform set up to carry on a prohibited activity as a likely breach.",
      zh: "尚未开始的交易业务尚未违反第三部分第一段；本检查将为从事被禁止业务而设立的平台视为可能违规。",
    },
    none: {
      en: "The platform does not {prohibition} (§3 ¶1, limb ({limb})).",
      zh: "该平台未{prohibitionZh}（第三部分第一段第（{limb}）项）。",
    },
  },
  examples: {
    asOf: "2018-03-01",
    pass: {
      operator: { registeredIn: "mainland" },
      token: {
        trading: {
          operatesPlatform: true,
          fiatTokenExchange: true,
          tokenTokenExchange: true,
          buysAndSells: false,
          centralCounterparty: false,
          pricingServices: true,
          informationIntermediary: true,
          startDate: "2016-01-10",
          endDate: "2017-08-31",
        },
      },
    },
    fail: {
      operator: { registeredIn: "mainland" },
      token: {
        trading: {
          operatesPlatform: true,
          fiatTokenExchange: true,
          tokenTokenExchange: false,
          buysAndSells: false,
          centralCounterparty: false,
          pricingServices: false,
          informationIntermediary: false,
          startDate: "2018-01-15",
        },
      },
    },
  },
  evaluate(subject, ctx) {
    const trading = subject.token?.trading;
    const operates = trading?.operatesPlatform;
    if (operates === undefined) return ctx.needsInfo([OPERATES]);
    if (!operates) return ctx.notApplicable("noPlatform", { evidence: [OPERATES] });

    const start = trading?.startDate;
    const end = trading?.endDate;
    const position = periodPosition({ start, end, paths: { start: START, end: END }, endAbsentMeans: "continuing" }, ICO_2017_EFFECTIVE, ctx.asOf);
    const dateEvidence = [START, END].filter((path) => (path === START ? start : end) !== undefined);

    return TRADING_LIMBS.map(({ limb, facts, prohibition }) => {
      const { present, unknown } = limbFacts(subject, facts);
      const base = { limb, prohibition: prohibition.en, prohibitionZh: prohibition.zh };
      if (present.length === 0) {
        if (unknown.length > 0) {
          return ctx.needsInfo(unknown.map(fact), undefined, { data: base, evidence: [OPERATES, ...facts.filter((f) => !unknown.includes(f)).map(fact)] });
        }
        return ctx.pass("none", { data: base, evidence: [OPERATES, ...facts.map(fact)] });
      }
      const data = {
        ...base,
        activities: present.map((name) => ACTIVITY[name].en).join(" and "),
        activitiesPlanned: present.map((name) => ACTIVITY[name].inf).join(" and "),
        activitiesZh: present.map((name) => ACTIVITY[name].zh).join("、"),
        start: start ?? "unknown",
        end: end ?? "now",
        endZh: end ?? "今",
      };
      const evidence = [OPERATES, ...present.map(fact), ...dateEvidence];
      switch (position.kind) {
        case "not-started":
          return ctx.risk("planned", "plannedReading", { data, evidence });
        case "stopped-before":
          return ctx.pass("stoppedBefore", { data, evidence });
        case "unknown": // not reached: an absent end date means the trading continues
          return ctx.needsInfo(position.missing, undefined, { data, evidence });
        case "on-or-after":
          return ctx.violation("prohibited", { data, evidence });
      }
    });
  },
});
