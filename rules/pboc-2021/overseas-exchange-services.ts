/**
 * （三）第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus); the section number (三) is unverified.
 *
 * §3 ¶1 (our English substance): services provided over the internet to residents in China by
 * overseas virtual-currency exchanges are likewise illegal financial activity. Liability is pursued
 * according to law against the domestic staff of such exchanges, and against those who knowingly
 * provide them with marketing, payment and settlement, technical support or similar services.
 *
 * Penalty: none known (the corpus maps none).
 *
 * Reading: the operator is an overseas exchange when it is registered outside the mainland (Hong Kong,
 * Macao, Taiwan or abroad) and operates a platform on which virtual currencies are traded; it serves
 * residents in China when service.servesMainlandUsers is true. The text names this case expressly, so
 * no territorial uncertainty is stated. Trading carried on on or after 2021-09-15 breaches it. The
 * liability of staff and of third-party service providers is not encoded (the subject describes the
 * operator, not them). A mainland operator is §2's (pboc-2021/virtual-currency-business).
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { periodPosition } from "../ico-2017/period.js";
import { PBOC_2021_EFFECTIVE } from "./scope.js";

const REGISTERED_IN: Path = ["operator", "registeredIn"];
const OPERATES: Path = ["token", "trading", "operatesPlatform"];
const SERVES: Path = ["service", "servesMainlandUsers"];
const START: Path = ["token", "trading", "startDate"];
const END: Path = ["token", "trading", "endDate"];

export const overseasExchangeServices = defineRule({
  id: "pboc-2021/overseas-exchange-services",
  title: { en: "Overseas exchanges may not serve residents in China (2021)", zh: "境外虚拟货币交易所不得通过互联网向境内居民提供服务（2021）" },
  description: {
    en: "From 2021-09-15, services provided over the internet to residents in China by overseas virtual-currency exchanges are illegal financial activity.",
    zh: "（本项目的概括，非通知原文）自2021年9月15日起，境外虚拟货币交易所经互联网为境内居民提供服务，亦属非法金融活动。",
  },
  cites: [{ instrument: "pboc-2021", article: 3, paragraph: 1 }],
  appliesFrom: PBOC_2021_EFFECTIVE,
  messages: {
    mainlandOperator: {
      en: "Not applicable: the operator is registered in the mainland, so it is not an overseas exchange; its business is checked against §2 (pboc-2021/virtual-currency-business).",
      zh: "不适用：运营主体在中国大陆注册，不属于境外交易所；其业务按第二部分检查（pboc-2021/virtual-currency-business）。",
    },
    noPlatform: {
      en: "Not applicable: the operator does not run a platform on which virtual currencies are traded.",
      zh: "不适用：运营主体未运营虚拟货币交易平台。",
    },
    noMainlandUsers: {
      en: "The overseas exchange has no users in mainland China.",
      zh: "该境外交易所无中国境内用户。",
    },
    servesMainland: {
      en: "The exchange, registered outside the mainland, serves users in mainland China on or after 2021-09-15 (trading from {start} to {end}): services provided over the internet to residents in China by overseas virtual-currency exchanges are illegal financial activity (2021 Notice §3).",
      zh: "该在中国大陆以外注册的交易所在2021年9月15日或之后向中国境内用户提供服务（交易业务自{start}至{endZh}）：境外虚拟货币交易所经互联网为境内居民提供服务，亦属非法金融活动（2021年通知第三部分）。",
    },
    stoppedBefore: {
      en: "The exchange's trading stopped on {end}, before the 2021 Notice (2021-09-15).",
      zh: "该交易所的交易业务已于{end}停止，早于2021年9月15日通知印发。",
    },
    planned: {
      en: "The exchange, registered outside the mainland, will serve users in mainland China when its trading starts on {start} (2021 Notice §3).",
      zh: "该在中国大陆以外注册的交易所将于{start}开始向中国境内用户提供服务（2021年通知第三部分）。",
    },
    plannedReading: {
      en: "Services not yet provided have not yet breached §3; this check reads an exchange set up to serve mainland users as a likely breach.",
      zh: "尚未提供的服务尚未违反第三部分；本检查将准备面向境内用户的交易所视为可能违规。",
    },
  },
  examples: {
    asOf: "2021-10-01",
    pass: { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: false }, token: { trading: { operatesPlatform: true, startDate: "2018-01-01" } } },
    fail: { operator: { registeredIn: "abroad" }, service: { servesMainlandUsers: true }, token: { trading: { operatesPlatform: true, startDate: "2018-01-01" } } },
  },
  evaluate(subject, ctx) {
    const registeredIn = subject.operator?.registeredIn;
    if (registeredIn === "mainland") return ctx.notApplicable("mainlandOperator", { evidence: [REGISTERED_IN] });
    const trading = subject.token?.trading;
    const operates = trading?.operatesPlatform;
    if (operates === false) return ctx.notApplicable("noPlatform", { evidence: [OPERATES] });
    const serves = subject.service?.servesMainlandUsers;
    const missing: Path[] = [];
    if (registeredIn === undefined) missing.push(REGISTERED_IN);
    if (operates === undefined) missing.push(OPERATES);
    if (serves === undefined) missing.push(SERVES);
    if (missing.length > 0) return ctx.needsInfo(missing);
    if (!serves) return ctx.pass("noMainlandUsers", { evidence: [REGISTERED_IN, OPERATES, SERVES] });

    const start = trading?.startDate;
    const end = trading?.endDate;
    const data = { start: start ?? "unknown", end: end ?? "now", endZh: end ?? "今" };
    const evidence = [REGISTERED_IN, OPERATES, SERVES, ...(start ? [START] : []), ...(end ? [END] : [])];
    const position = periodPosition({ start, end, paths: { start: START, end: END }, endAbsentMeans: "continuing" }, PBOC_2021_EFFECTIVE, ctx.asOf);
    if (position.kind === "not-started") return ctx.risk("planned", "plannedReading", { data, evidence });
    if (position.kind === "stopped-before") return ctx.pass("stoppedBefore", { data, evidence });
    if (position.kind === "unknown") return ctx.needsInfo(position.missing, undefined, { data, evidence });
    return ctx.violation("servesMainland", { data, evidence });
  },
});
