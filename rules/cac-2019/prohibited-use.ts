/**
 * 第十条 区块链信息服务提供者和使用者不得利用区块链信息服务从事危害国家安全、扰乱社会秩序、侵犯他人合法权益等法律、行政法规禁止的活动，不得利用区块链信息服务制作、复制、发布、传播法律、行政法规禁止的信息内容。
 *
 * Art. 10 (one paragraph): providers and users may not use blockchain information services for
 * activities prohibited by laws and administrative regulations (endangering national security,
 * disrupting social order, infringing others' lawful rights and interests, and the like), nor to
 * produce, copy, publish or disseminate information content prohibited by laws and administrative
 * regulations.
 *
 * Penalty: Art. 21 (providers breaching Art. 10: suspension of the related business and an order to
 * rectify; if not rectified or serious, a fine of 20,000–30,000 yuan; criminal liability where a crime is
 * constituted). Its terms are substance only; the engine attaches it from the corpus.
 *
 * This rule reads only the operator's own declaration (prohibitedUse.declaresNone, incidentsKnown,
 * incidentsBy), never a guess from other facts. A known incident by the provider is its violation of
 * Art. 10 (with the Art. 21 penalty); one by users only is a risk for the provider, whose own duty then is
 * Art. 16; while it is not known who was involved, the incident is reported as a violation and the
 * question is asked. A refusal to declare is not itself a breach (Art. 10 requires no declaration), so it
 * is a risk stating that reading.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const DECLARES_NONE: Path = ["prohibitedUse", "declaresNone"];
const INCIDENTS: Path = ["prohibitedUse", "incidentsKnown"];
const INCIDENTS_BY: Path = ["prohibitedUse", "incidentsBy"];

export const prohibitedUse = defineRule({
  id: "cac-2019/prohibited-use",
  title: { en: "No use for prohibited activities or content", zh: "不得利用区块链信息服务从事禁止的活动或信息内容" },
  description: {
    en: "The service is not used for activities or content prohibited by laws and administrative regulations (Art. 10), as the operator declares it.",
    zh: "不得利用区块链信息服务从事法律、行政法规禁止的活动或制作、复制、发布、传播禁止的信息内容（第十条），以运营主体的声明为准。",
  },
  cites: [{ instrument: "cac-2019", article: 10, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    declaredClean: {
      en: "The operator declares that the service is not used for prohibited activities or content, and no such use is known.",
      zh: "运营主体声明未利用该服务从事禁止的活动或信息内容，且未知存在此类情况。",
    },
    incidentsKnown: {
      en: "Use of the service for activities or content prohibited by laws and administrative regulations is known; Art. 10 forbids it to providers and users alike.",
      zh: "已知存在利用该服务从事法律、行政法规禁止的活动或信息内容的情况；第十条对提供者和使用者均予禁止。",
    },
    incidentsByUsers: {
      en: "Users are known to have used the service for activities or content prohibited by laws and administrative regulations; Art. 10 forbids it to users as well as providers.",
      zh: "已知用户利用该服务从事法律、行政法规禁止的活动或信息内容；第十条对使用者和提供者均予禁止。",
    },
    usersReading: {
      en: "The known prohibited use is by users, not by the provider. Art. 21's penalty is for providers; a provider's own duty when users break the law is to act against them (Art. 16, checked by cac-2019/violating-users). This check reports users' misuse as a risk for the provider to review, not as the provider's violation.",
      zh: "已知的禁止利用行为系用户所为，而非提供者。第二十一条的罚则针对提供者；用户违法时，提供者自身的义务是依第十六条对其采取处置措施（由 cac-2019/violating-users 规则检查）。本检查将用户的违法利用报告为提供者需要复核的风险，而非提供者的违规。",
    },
    noDeclaration: {
      en: "The operator does not declare that the service is free of prohibited activities and content.",
      zh: "运营主体未声明该服务未被用于禁止的活动或信息内容。",
    },
    declarationReading: {
      en: "Art. 10 forbids the prohibited use; it does not require a declaration. The absence of the operator's declaration is not proof of a breach, so this check reports it as a risk to review, not as a violation.",
      zh: "第十条禁止相关利用行为，并未要求作出声明。运营主体未作声明并不证明存在违法行为，故本检查将其报告为需要复核的风险，而非违规。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      prohibitedUse: { declaresNone: true, incidentsKnown: false },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      prohibitedUse: { declaresNone: false, incidentsKnown: true, incidentsBy: ["provider"] },
    },
  },
  evaluate(subject, ctx) {
    const declaresNone = subject.prohibitedUse?.declaresNone;
    const incidents = subject.prohibitedUse?.incidentsKnown;
    const by = subject.prohibitedUse?.incidentsBy;
    if (incidents === true) {
      if (by?.includes("provider")) return ctx.violation("incidentsKnown", { evidence: [INCIDENTS, INCIDENTS_BY] });
      if (by !== undefined && by.length > 0) return ctx.risk("incidentsByUsers", "usersReading", { evidence: [INCIDENTS, INCIDENTS_BY] });
      // Who was involved is not known: reported as the provider's breach until the answer says otherwise.
      return [ctx.violation("incidentsKnown", { evidence: [INCIDENTS] }), ctx.needsInfo([INCIDENTS_BY])];
    }

    const outcomes: Outcome[] = [];
    if (declaresNone === false) outcomes.push(ctx.risk("noDeclaration", "declarationReading", { evidence: [DECLARES_NONE] }));
    const missing: Path[] = [];
    if (declaresNone === undefined) missing.push(DECLARES_NONE);
    if (incidents === undefined) missing.push(INCIDENTS);
    if (missing.length > 0) outcomes.push(ctx.needsInfo(missing));
    if (outcomes.length > 0) return outcomes;
    return ctx.pass("declaredClean", { evidence: [DECLARES_NONE, INCIDENTS] });
  },
});
