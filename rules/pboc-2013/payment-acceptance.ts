/**
 * 二、第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus); its section number is unverified.
 *
 * §2 ¶1 (our English substance, the limb encoded here): financial institutions and payment
 * institutions may not directly or indirectly provide customers with bitcoin-related services,
 * including accepting bitcoin or using it as a means of payment and settlement.
 *
 * Penalty: none known (the corpus maps none).
 *
 * Reading: for an institution, token.treatedAsMoney ("tokens or virtual currencies are accepted,
 * promoted or used as money") is its acceptance of them as a means of payment. The Notice names
 * bitcoin: a breach is a violation when token.virtualCurrencies includes bitcoin, and otherwise a risk
 * (see BITCOIN_READING). The fact is a present one (as of the check), so no dates are compared.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { BITCOIN_READING, bitcoinInvolved, PBOC_2013_EFFECTIVE, pboc2013Scope, VIRTUAL_CURRENCIES } from "./scope.js";

const INSTITUTION: Path = ["operator", "institutionType"];
const AS_MONEY: Path = ["token", "treatedAsMoney"];

export const paymentAcceptance = defineRule({
  id: "pboc-2013/payment-acceptance",
  title: { en: "Financial and payment institutions: no acceptance of bitcoin as payment (2013)", zh: "金融机构和支付机构不得将比特币用作支付手段（2013）" },
  description: {
    en: "From 2013-12-05 financial institutions and payment institutions may not accept bitcoin or use it as a means of payment and settlement.",
    zh: "（本项目的概括，非通知原文）自2013年12月5日起，金融机构和支付机构不得收取比特币或将其用作支付结算手段。",
  },
  cites: [{ instrument: "pboc-2013", article: 2, paragraph: 1 }],
  appliesFrom: PBOC_2013_EFFECTIVE,
  scope: pboc2013Scope,
  messages: {
    notInstitution: {
      en: "Not applicable: the operator is neither a financial institution nor a payment institution.",
      zh: "不适用：运营主体既非金融机构，也非支付机构。",
    },
    notAccepted: {
      en: "The institution does not accept or use tokens or virtual currencies as money.",
      zh: "该机构未将代币或虚拟货币作为货币接受或使用。",
    },
    accepted: {
      en: "The institution accepts or uses tokens or virtual currencies as money: financial and payment institutions may not accept bitcoin or use it as a means of payment and settlement (2013 Notice §2).",
      zh: "该机构将代币或虚拟货币作为货币接受或使用：金融机构和支付机构不得收取比特币或将其用作支付结算手段（2013年通知第二部分）。",
    },
    bitcoinReading: BITCOIN_READING,
  },
  examples: {
    asOf: "2014-06-01",
    pass: { operator: { registeredIn: "mainland", institutionType: "non-bank-payment" }, token: { treatedAsMoney: false } },
    fail: { operator: { registeredIn: "mainland", institutionType: "non-bank-payment" }, token: { treatedAsMoney: true } },
  },
  evaluate(subject, ctx) {
    const institutionType = subject.operator?.institutionType;
    if (institutionType === undefined) return ctx.needsInfo([INSTITUTION]);
    if (institutionType === "none") return ctx.notApplicable("notInstitution", { evidence: [INSTITUTION] });
    const asMoney = subject.token?.treatedAsMoney;
    if (asMoney === undefined) return ctx.needsInfo([AS_MONEY], undefined, { evidence: [INSTITUTION] });
    if (!asMoney) return ctx.pass("notAccepted", { evidence: [INSTITUTION, AS_MONEY] });
    return bitcoinInvolved(subject)
      ? ctx.violation("accepted", { evidence: [INSTITUTION, AS_MONEY, VIRTUAL_CURRENCIES] })
      : ctx.risk("accepted", "bitcoinReading", { evidence: [INSTITUTION, AS_MONEY] });
  },
});
