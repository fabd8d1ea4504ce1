/**
 * 第六条: Chinese text not available (substance only). The corpus has no copy of the article's wording
 * (textStatus "substance-only"); its article number rests on the order of secondary sources.
 *
 * Art. 6 ¶1, substance (our English, not the statute's words): the provider must have technical
 * conditions suited to its services; for information content prohibited by laws and administrative
 * regulations, it must be able to deal immediately and in an emergency with its publication, recording,
 * storage and dissemination; and its technical scheme must meet the relevant national standards and
 * specifications.
 *
 * Penalty: the corpus maps Art. 6 to the general penalty (Art. 19: warning, order to rectify, business
 * suspended until rectified; if refused or serious, a fine of 5,000–30,000 yuan). That mapping and
 * Art. 19's text are unverified; findings say so (`verified: false`).
 *
 * Reading: the three conditions are separate requirements; each one the subject says is not met is a
 * violation named in the finding; one not stated is asked for (needs-info).
 */
import { defineRule } from "../../src/engine/define-rule.js";
import { evaluateChecklist, type ChecklistItem } from "./checklist.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const CONDITIONS: readonly ChecklistItem[] = [
  { path: ["technical", "conditionsAppropriate"], en: "technical conditions suited to the service", zh: "与其服务相适应的技术条件" },
  {
    path: ["technical", "prohibitedContentDisposal"],
    en: "the ability to deal immediately and in an emergency with prohibited content",
    zh: "对法律、行政法规禁止的信息内容的即时和应急处置能力",
  },
  { path: ["technical", "meetsNationalStandards"], en: "a technical scheme meeting the national standards", zh: "符合国家相关标准规范的技术方案" },
];


export const technicalConditions = defineRule({
  id: "cac-2019/technical-conditions",
  title: { en: "Technical conditions", zh: "技术条件" },
  description: {
    en: "The provider has technical conditions suited to its service, can deal immediately with prohibited content, and its technical scheme meets the national standards (Art. 6, substance only).",
    zh: "区块链信息服务提供者具备与其服务相适应的技术条件和对法律、行政法规禁止的信息内容的即时和应急处置能力，技术方案符合国家相关标准规范（第六条，仅有实质内容）。",
  },
  cites: [{ instrument: "cac-2019", article: 6, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    allMet: {
      en: "The technical conditions of Art. 6 are met: conditions suited to the service, immediate and emergency handling of prohibited content, and a technical scheme meeting the national standards.",
      zh: "符合第六条的技术条件：具备与服务相适应的技术条件、对法律、行政法规禁止的信息内容的即时和应急处置能力，技术方案符合国家相关标准规范。",
    },
    conditionsUnmet: {
      en: "Art. 6 requires technical conditions suited to the service, immediate and emergency handling of prohibited content, and a technical scheme meeting the national standards; not met: {unmet}.",
      zh: "第六条要求具备与服务相适应的技术条件、对法律、行政法规禁止的信息内容的即时和应急处置能力，且技术方案符合国家相关标准规范；不符合：{unmetZh}。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      technical: { conditionsAppropriate: true, prohibitedContentDisposal: true, meetsNationalStandards: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      technical: { conditionsAppropriate: true, prohibitedContentDisposal: false, meetsNationalStandards: true },
    },
  },
  evaluate(subject, ctx) {
    return evaluateChecklist(ctx, subject.technical, CONDITIONS, { met: "allMet", unmet: "conditionsUnmet" });
  },
});
