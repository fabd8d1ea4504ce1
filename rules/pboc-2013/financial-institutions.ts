/**
 * 二、第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus); its section number is unverified.
 *
 * §2 ¶1 (our English substance): at the present stage, financial institutions and payment
 * institutions may not price products or services in bitcoin, may not buy or sell bitcoin or act as
 * central counterparty in its trading, may not underwrite bitcoin-related insurance or bring bitcoin
 * within insurance liability, and may not directly or indirectly provide customers with other
 * bitcoin-related services, including registration, trading, clearing and settlement services for
 * bitcoin, accepting bitcoin or using it as a means of payment and settlement, and exchange between
 * bitcoin and renminbi (the rest of the list is not known).
 *
 * Penalty: none known (the corpus maps none).
 *
 * This rule checks the services-to-customers limb (registration, trading, clearing, settlement,
 * insurance and the like: token.financialServices). The acceptance of virtual currency as a means of
 * payment is checked by pboc-2013/payment-acceptance.
 *
 * Interpretation: the Notice names bitcoin. A breach is a violation when token.virtualCurrencies
 * includes bitcoin, and otherwise a risk (see BITCOIN_READING). Services given on or after 2013-12-05 are
 * checked; services that stopped before are not a breach.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { institutionServices } from "../ico-2017/institution-services.js";
import { BITCOIN_READING, bitcoinInvolved, PBOC_2013_EFFECTIVE, pboc2013Scope, VIRTUAL_CURRENCIES } from "./scope.js";


export const pboc2013FinancialInstitutions = defineRule({
  id: "pboc-2013/financial-institutions",
  title: { en: "Financial and payment institutions: no bitcoin-related services (2013)", zh: "金融机构和支付机构不得开展与比特币相关的业务（2013）" },
  description: {
    en: "From 2013-12-05 financial institutions and payment institutions may not provide customers with bitcoin-related services such as registration, trading, clearing, settlement or insurance.",
    zh: "（本项目的概括，非通知原文）自2013年12月5日起，金融机构和支付机构不得为客户提供与比特币有关的登记、交易、清算、结算、保险等服务。",
  },
  cites: [{ instrument: "pboc-2013", article: 2, paragraph: 1 }],
  appliesFrom: PBOC_2013_EFFECTIVE,
  scope: pboc2013Scope,
  messages: {
    notInstitution: {
      en: "Not applicable: the operator is neither a financial institution nor a payment institution.",
      zh: "不适用：运营主体既非金融机构，也非支付机构。",
    },
    noServices: {
      en: "The institution provides no services for token or virtual-currency businesses.",
      zh: "该机构未为代币或虚拟货币业务提供服务。",
    },
    services: {
      en: "The institution provides {services} for token or virtual-currency businesses on or after 2013-12-05 (from {start} to {end}): financial and payment institutions may not provide bitcoin-related services (2013 Notice §2).",
      zh: "该机构在2013年12月5日或之后为代币或虚拟货币业务提供{servicesZh}（自{start}至{endZh}）：金融机构和支付机构不得提供与比特币相关的服务（2013年通知第二部分）。",
    },
    stoppedBefore: {
      en: "The institution's services for token businesses stopped on {end}, before the 2013 Notice (2013-12-05).",
      zh: "该机构为代币业务提供的服务已于{end}停止，早于2013年12月5日通知发布。",
    },
    planned: {
      en: "The institution plans to provide {services} for token businesses from {start}: financial and payment institutions may not provide bitcoin-related services (2013 Notice §2).",
      zh: "该机构计划自{start}起为代币业务提供{servicesZh}：金融机构和支付机构不得提供与比特币相关的服务（2013年通知第二部分）。",
    },
    bitcoinReading: BITCOIN_READING,
  },
  examples: {
    asOf: "2014-06-01",
    pass: { operator: { registeredIn: "mainland", institutionType: "bank" }, token: { financialServices: { servesTokenBusinesses: false } } },
    fail: {
      operator: { registeredIn: "mainland", institutionType: "non-bank-payment" },
      token: { financialServices: { servesTokenBusinesses: true, services: ["settlement"], startDate: "2014-01-01" } },
    },
  },
  evaluate(subject, ctx) {
    const read = institutionServices(subject, PBOC_2013_EFFECTIVE, ctx.asOf);
    switch (read.kind) {
      case "needs-info":
        return ctx.needsInfo(read.missing, undefined, { data: read.data, evidence: read.evidence });
      case "not-institution":
        return ctx.notApplicable("notInstitution", { evidence: read.evidence });
      case "no-services":
        return ctx.pass("noServices", { data: read.data, evidence: read.evidence });
      case "not-started":
        return ctx.risk("planned", "bitcoinReading", { data: read.data, evidence: read.evidence });
      case "stopped-before":
        return ctx.pass("stoppedBefore", { data: read.data, evidence: read.evidence });
      case "on-or-after":
        return bitcoinInvolved(subject)
          ? ctx.violation("services", { data: read.data, evidence: [...read.evidence, VIRTUAL_CURRENCIES] })
          : ctx.risk("services", "bitcoinReading", { data: read.data, evidence: read.evidence });
    }
  },
});
