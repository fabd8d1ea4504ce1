/**
 * 四、第一段 Chinese text not available (substance only): the corpus has no copy of the
 * Announcement's wording for §4 (zh: null).
 *
 * §4 ¶1 (our English substance): financial institutions and non-bank payment institutions may not
 * carry out business related to token issuance financing: they may not, directly or indirectly,
 * provide account opening, registration, trading, clearing, settlement or similar products or services
 * for token issuance financing or "virtual currencies", and may not underwrite insurance business
 * related to tokens or "virtual currencies" or bring them within the scope of insurance liability.
 *
 * Penalty: none mapped in the corpus (the Announcement has no fine schedule).
 *
 * Reading: the subject's operator is the institution (operator.institutionType other than `none`);
 * the services are token.financialServices (servesTokenBusinesses, or a non-empty services list).
 * "等产品或服务" (and similar) makes the list open, so `other` services count too. Services given on
 * or after 2017-09-04 breach §4; services that stopped before do not. A reporting duty sometimes
 * recalled for §4 is found in no source and is not encoded.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { institutionServices } from "./institution-services.js";
import { ICO_2017_EFFECTIVE, icoScope } from "./scope.js";


export const financialInstitutions = defineRule({
  id: "ico-2017/financial-institutions",
  title: { en: "Financial and payment institutions: no services for token financing or virtual currencies", zh: "金融机构和非银行支付机构不得为代币融资或虚拟货币提供服务" },
  description: {
    en: "From 2017-09-04 financial institutions and non-bank payment institutions may not provide account opening, registration, trading, clearing, settlement, insurance or similar services for token issuance financing or virtual currencies.",
    zh: "（本项目的概括，非公告原文）自2017年9月4日起，金融机构和非银行支付机构不得为代币融资或虚拟货币提供开户、登记、交易、清算、结算、保险等服务。",
  },
  cites: [{ instrument: "ico-2017", article: 4, paragraph: 1 }],
  appliesFrom: ICO_2017_EFFECTIVE,
  scope: icoScope,
  messages: {
    notInstitution: {
      en: "Not applicable: the operator is neither a financial institution nor a non-bank payment institution.",
      zh: "不适用：运营主体既非金融机构，也非非银行支付机构。",
    },
    noServices: {
      en: "The operator, {institution}, provides no services for token issuance financing or virtual currencies.",
      zh: "运营主体（{institutionZh}）未为代币发行融资或虚拟货币提供产品或服务。",
    },
    prohibited: {
      en: "The operator, {institution}, provides {services} for token issuance financing or virtual currencies, on or after 2017-09-04 (from {start} to {end}): financial institutions and non-bank payment institutions may not provide such services (§4).",
      zh: "运营主体（{institutionZh}）在2017年9月4日或之后为代币发行融资或虚拟货币提供{servicesZh}（自{start}至{endZh}）：金融机构和非银行支付机构不得提供此类产品或服务（第四部分）。",
    },
    stoppedBefore: {
      en: "The operator, {institution}, provided {services} for token businesses, but stopped on {end}, before the Announcement of 2017-09-04.",
      zh: "运营主体（{institutionZh}）曾为代币业务提供{servicesZh}，但已于{end}停止，早于2017年9月4日公告发布。",
    },
    planned: {
      en: "The operator, {institution}, plans to provide {services} for token businesses from {start}: financial institutions and non-bank payment institutions may not provide such services (§4).",
      zh: "运营主体（{institutionZh}）计划自{start}起为代币业务提供{servicesZh}：金融机构和非银行支付机构不得提供此类产品或服务（第四部分）。",
    },
    plannedReading: {
      en: "Services not yet provided have not yet breached §4; this check reads planned services as a likely breach.",
      zh: "尚未提供的服务尚未违反第四部分；本检查将计划提供的服务视为可能违规。",
    },
  },
  examples: {
    asOf: "2018-03-01",
    pass: {
      operator: { registeredIn: "mainland", institutionType: "non-bank-payment" },
      token: { financialServices: { servesTokenBusinesses: false } },
    },
    fail: {
      operator: { registeredIn: "mainland", institutionType: "non-bank-payment" },
      token: { financialServices: { servesTokenBusinesses: true, services: ["settlement"], startDate: "2017-06-01" } },
    },
  },
  evaluate(subject, ctx) {
    const read = institutionServices(subject, ICO_2017_EFFECTIVE, ctx.asOf);
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
