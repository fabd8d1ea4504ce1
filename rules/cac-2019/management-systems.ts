/**
 * 第五条 区块链信息服务提供者应当落实信息内容安全管理责任，建立健全用户注册、信息审核、应急处置、安全防护等管理制度。
 *
 * Art. 5 (one paragraph): a provider must carry out its responsibility for the security management of
 * information content, and establish and improve management systems for user registration,
 * information review, emergency handling, security protection and the like.
 *
 * Penalty: the corpus maps Art. 5 to the general penalty (Art. 19: warning, order to rectify, business
 * suspended until rectified; if refused or serious, a fine of 5,000–30,000 yuan). That mapping and
 * Art. 19's text are unverified; findings say so (`verified: false`).
 *
 * Reading: the four named systems are each required; "等" (and the like) means the list is not closed, so
 * a pass says only that the four named systems are in place. A missing system is a violation naming it;
 * a system not said to exist or not is asked for (needs-info), never assumed.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { evaluateChecklist, type ChecklistItem } from "./checklist.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const SYSTEMS: readonly ChecklistItem[] = [
  { path: ["managementSystems", "userRegistration"], en: "user registration", zh: "用户注册" },
  { path: ["managementSystems", "informationReview"], en: "information review", zh: "信息审核" },
  { path: ["managementSystems", "emergencyResponse"], en: "emergency response", zh: "应急处置" },
  { path: ["managementSystems", "securityProtection"], en: "security protection", zh: "安全防护" },
];


export const managementSystems = defineRule({
  id: "cac-2019/management-systems",
  title: { en: "Content-security management systems", zh: "信息内容安全管理制度" },
  description: {
    en: "The provider has management systems for user registration, information review, emergency response and security protection (Art. 5).",
    zh: "区块链信息服务提供者建立健全用户注册、信息审核、应急处置、安全防护等管理制度（第五条）。",
  },
  cites: [{ instrument: "cac-2019", article: 5, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    allInPlace: {
      en: "The four management systems Art. 5 names are in place: user registration, information review, emergency response and security protection. Art. 5's list ends with \"and the like\", so other systems may also be expected.",
      zh: "第五条列明的四项管理制度均已建立：用户注册、信息审核、应急处置、安全防护。第五条以“等”结尾，可能还需要其他管理制度。",
    },
    systemsMissing: {
      en: "Art. 5 requires management systems for user registration, information review, emergency response and security protection; missing: {unmet}.",
      zh: "第五条要求建立健全用户注册、信息审核、应急处置、安全防护等管理制度；尚未建立：{unmetZh}。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      managementSystems: { userRegistration: true, informationReview: true, emergencyResponse: true, securityProtection: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      managementSystems: { userRegistration: true, informationReview: false, emergencyResponse: true, securityProtection: true },
    },
  },
  evaluate(subject, ctx) {
    return evaluateChecklist(ctx, subject.managementSystems, SYSTEMS, { met: "allInPlace", unmet: "systemsMissing" }, { en: ", ", zh: "、" });
  },
});
