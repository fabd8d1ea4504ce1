/**
 * 第七条: Chinese text not available (substance only). The corpus has no copy of the article's wording
 * (textStatus "substance-only"); its article number rests on the order of secondary sources.
 *
 * Art. 7 ¶1, substance (our English, not the statute's words): the provider must draw up and make public
 * management rules and platform conventions, sign service agreements with users that set out the rights
 * and obligations of each side, and have users undertake to comply with the law and with the platform
 * conventions.
 *
 * Penalty: the corpus maps Art. 7 to the general penalty (Art. 19: warning, order to rectify, business
 * suspended until rectified; if refused or serious, a fine of 5,000–30,000 yuan). That mapping and
 * Art. 19's text are unverified; findings say so (`verified: false`).
 *
 * Reading: four separate duties (rules published, convention published, agreements signed, users'
 * undertaking); each one the subject says is not done is a violation named in the finding; one not
 * stated is asked for (needs-info).
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { evaluateChecklist, type ChecklistItem } from "./checklist.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const DUTIES: readonly ChecklistItem[] = [
  { path: ["platformRules", "managementRulesPublished"], en: "management rules drawn up and published", zh: "制定并公开管理规则" },
  { path: ["platformRules", "platformConventionPublished"], en: "a platform convention drawn up and published", zh: "制定并公开平台公约" },
  { path: ["platformRules", "serviceAgreementSigned"], en: "service agreements signed with users", zh: "与用户签订服务协议" },
  { path: ["platformRules", "usersUndertakeCompliance"], en: "users' undertaking to comply with the law and the platform convention", zh: "用户承诺遵守法律规定和平台公约" },
];


export const platformRules = defineRule({
  id: "cac-2019/platform-rules",
  title: { en: "Management rules, platform convention and service agreements", zh: "管理规则、平台公约和服务协议" },
  description: {
    en: "The provider publishes management rules and a platform convention, signs service agreements with users, and has users undertake to comply with the law and the convention (Art. 7, substance only).",
    zh: "区块链信息服务提供者制定并公开管理规则和平台公约，与用户签订服务协议，并要求用户承诺遵守法律规定和平台公约（第七条，仅有实质内容）。",
  },
  cites: [{ instrument: "cac-2019", article: 7, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    allDone: {
      en: "The duties of Art. 7 are met: management rules and a platform convention are published, service agreements are signed with users, and users undertake to comply with the law and the convention.",
      zh: "符合第七条：已制定并公开管理规则和平台公约，与用户签订服务协议，并由用户承诺遵守法律规定和平台公约。",
    },
    dutiesUnmet: {
      en: "Art. 7 requires published management rules and a platform convention, service agreements with users, and users' undertaking to comply; not done: {unmet}.",
      zh: "第七条要求制定并公开管理规则和平台公约、与用户签订服务协议、由用户承诺遵守法律规定和平台公约；未做到：{unmetZh}。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      platformRules: {
        managementRulesPublished: true,
        platformConventionPublished: true,
        serviceAgreementSigned: true,
        usersUndertakeCompliance: true,
      },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      platformRules: {
        managementRulesPublished: true,
        platformConventionPublished: false,
        serviceAgreementSigned: true,
        usersUndertakeCompliance: true,
      },
    },
  },
  evaluate(subject, ctx) {
    return evaluateChecklist(ctx, subject.platformRules, DUTIES, { met: "allDone", unmet: "dutiesUnmet" });
  },
});
