/**
 * （九）第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus). Section number (九) from a spun copy, medium confidence.
 *
 * §9 ¶1 (our English substance): financial institutions and non-bank payment institutions may not
 * provide services for virtual-currency-related business activities: no account opening, fund
 * transfer, clearing or settlement for them, no acceptance of virtual currency as collateral, no
 * related insurance business; leads of such activity are to be reported. (Only the first sentence is
 * reported in news quotations; the detailed list rests on a spun copy and a summary.)
 *
 * Penalty: none known (the corpus maps none).
 *
 * Reading: the institution is the operator (operator.institutionType other than `none`); its services
 * are token.financialServices. Services given on or after 2021-09-15 breach §9; services that stopped
 * before do not. The reporting duty has no subject fact and is not encoded.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { institutionServices } from "../ico-2017/institution-services.js";
import { PBOC_2021_EFFECTIVE, pboc2021MarketScope } from "./scope.js";


export const pboc2021FinancialInstitutions = defineRule({
  id: "pboc-2021/financial-institutions",
  title: { en: "Financial and payment institutions: no services for virtual-currency business (2021)", zh: "金融机构和非银行支付机构不得为虚拟货币相关业务活动提供服务（2021）" },
  description: {
    en: "From 2021-09-15 financial institutions and non-bank payment institutions may not provide services (accounts, transfers, clearing, settlement, insurance and the like) for virtual-currency-related business activities.",
    zh: "（本项目的概括，非通知原文）自2021年9月15日起，金融机构和非银行支付机构不得为与虚拟货币有关的业务提供开户、资金划转、清算结算、保险等服务。",
  },
  cites: [{ instrument: "pboc-2021", article: 9, paragraph: 1 }],
  appliesFrom: PBOC_2021_EFFECTIVE,
  scope: pboc2021MarketScope,
  messages: {
    notInstitution: {
      en: "Not applicable: the operator is neither a financial institution nor a non-bank payment institution.",
      zh: "不适用：运营主体既非金融机构，也非非银行支付机构。",
    },
    noServices: {
      en: "The institution provides no services for virtual-currency business.",
      zh: "该机构未为虚拟货币相关业务活动提供服务。",
    },
    prohibited: {
      en: "The institution provides {services} for virtual-currency business on or after 2021-09-15 (from {start} to {end}): financial and non-bank payment institutions may not provide services for virtual-currency-related business activities (2021 Notice §9).",
      zh: "该机构在2021年9月15日或之后为虚拟货币相关业务提供{servicesZh}（自{start}至{endZh}）：金融机构和非银行支付机构不得为虚拟货币相关业务活动提供服务（2021年通知第九部分）。",
    },
    stoppedBefore: {
      en: "The institution's services for virtual-currency business stopped on {end}, before the 2021 Notice (2021-09-15).",
      zh: "该机构为虚拟货币业务提供的服务已于{end}停止，早于2021年9月15日通知印发。",
    },
    planned: {
      en: "The institution plans to provide {services} for virtual-currency business from {start} (2021 Notice §9).",
      zh: "该机构计划自{start}起为虚拟货币业务提供{servicesZh}（2021年通知第九部分）。",
    },
    plannedReading: {
      en: "Services not yet provided have not yet breached §9; this check reads planned services as a likely breach.",
      zh: "尚未提供的服务尚未违反第九部分；本检查将计划提供的服务视为可能违规。",
    },
  },
  examples: {
    asOf: "2021-10-01",
    pass: { operator: { registeredIn: "mainland", institutionType: "bank" }, token: { financialServices: { servesTokenBusinesses: false } } },
    fail: {
      operator: { registeredIn: "mainland", institutionType: "non-bank-payment" },
      token: { financialServices: { servesTokenBusinesses: true, services: ["settlement"], startDate: "2019-01-01" } },
    },
  },
  evaluate(subject, ctx) {
    const read = institutionServices(subject, PBOC_2021_EFFECTIVE, ctx.asOf);
    switch (read.kind) {
      case "needs-info":
        return ctx.needsInfo(read.missing, undefined, { data: read.data, evidence: read.evidence });
      case "not-institution":
        return ctx.notApplicable("notInstitution", { evidence: read.evidence });
      case "no-services":
        return ctx.pass("noServices", { data: read.data, evidence: read.evidence });
      case "not-started":
        return ctx.risk("planned", "plannedReading", { data: read.data, evidence: read.evidence });
      case "stopped-before":
        return ctx.pass("stoppedBefore", { data: read.data, evidence: read.evidence });
      case "on-or-after":
        return ctx.violation("prohibited", { data: read.data, evidence: read.evidence });
    }
  },
});
