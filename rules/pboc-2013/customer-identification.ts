/**
 * 四、第一段 Chinese text not available (substance only): no copy of the Notice's wording has been
 * found (zh: null in the corpus); the section number and heading are unverified.
 *
 * §4 ¶1 (our English substance): guards against money-laundering risks: bitcoin trading platforms must
 * perform customer-identification duties; the details are not known.
 *
 * Penalty: none known (the corpus maps none).
 *
 * Reading: the closest subject fact is identityVerification.unverifiedUsersServed ("can users who have
 * not verified their real identity use the service?"). A platform that lets unverified users trade is
 * read as not performing customer identification. Two uncertainties make every breach a risk: the
 * details of the duty are unknown (only its substance is), and the Notice names bitcoin while the
 * subject's facts do not say which virtual currencies are traded.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { PBOC_2013_EFFECTIVE, pboc2013Scope } from "./scope.js";

const OPERATES: Path = ["token", "trading", "operatesPlatform"];
const UNVERIFIED: Path = ["identityVerification", "unverifiedUsersServed"];

export const customerIdentification = defineRule({
  id: "pboc-2013/customer-identification",
  title: { en: "Trading platforms identify their customers (2013)", zh: "比特币交易平台应当履行客户身份识别义务（2013）" },
  description: {
    en: "From 2013-12-05 bitcoin trading platforms must perform customer-identification duties against money laundering; a platform serving users who have not verified their identity is reported as a risk.",
    zh: "自2013年12月5日起，比特币交易平台应当履行客户身份识别等反洗钱义务；向未认证身份的用户提供服务的平台报告为风险。",
  },
  cites: [{ instrument: "pboc-2013", article: 4, paragraph: 1 }],
  appliesFrom: PBOC_2013_EFFECTIVE,
  scope: pboc2013Scope,
  messages: {
    noPlatform: {
      en: "Not applicable: the subject does not operate a platform on which tokens or virtual currencies are traded.",
      zh: "不适用：该主体未运营代币或虚拟货币交易平台。",
    },
    identified: {
      en: "The platform does not serve users who have not verified their real identity.",
      zh: "该平台不向未进行真实身份认证的用户提供服务。",
    },
    unidentified: {
      en: "The platform lets users who have not verified their real identity use it: trading platforms must perform customer-identification duties (2013 Notice §4).",
      zh: "该平台允许未进行真实身份认证的用户使用：交易平台应当履行客户身份识别义务（2013年通知第四部分）。",
    },
    reading: {
      en: "The details of the 2013 Notice's customer-identification duty are not known (substance only), and the Notice speaks of bitcoin platforms while the subject does not say which virtual currencies it trades. This check reads serving unverified users as a failure to identify customers, so it reports a risk.",
      zh: "2013年通知客户身份识别义务的具体内容未知（仅有实质内容），且该通知针对比特币交易平台，而该主体未说明交易何种虚拟货币。本检查将向未认证用户提供服务视为未履行客户身份识别义务，故报告为风险。",
    },
  },
  examples: {
    asOf: "2014-06-01",
    pass: { operator: { registeredIn: "mainland" }, token: { trading: { operatesPlatform: true } }, identityVerification: { unverifiedUsersServed: false } },
    fail: { operator: { registeredIn: "mainland" }, token: { trading: { operatesPlatform: true } }, identityVerification: { unverifiedUsersServed: true } },
  },
  evaluate(subject, ctx) {
    const operates = subject.token?.trading?.operatesPlatform;
    if (operates === undefined) return ctx.needsInfo([OPERATES]);
    if (!operates) return ctx.notApplicable("noPlatform", { evidence: [OPERATES] });
    const unverified = subject.identityVerification?.unverifiedUsersServed;
    if (unverified === undefined) return ctx.needsInfo([UNVERIFIED], undefined, { evidence: [OPERATES] });
    return unverified
      ? ctx.risk("unidentified", "reading", { evidence: [OPERATES, UNVERIFIED] })
      : ctx.pass("identified", { evidence: [OPERATES, UNVERIFIED] });
  },
});
