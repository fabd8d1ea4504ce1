/**
 * 第十八条第一款 — Chinese text not available (substance only). The article number and the split of
 * Art. 18 into two paragraphs are UNVERIFIED (the research's recollection); the substance is supported
 * by the CAC's Q&A and a compliance checklist.
 *
 * Substance (our English): the provider must cooperate with the supervision and inspection that the
 * cyberspace authorities carry out according to law, and provide the necessary technical support and
 * assistance.
 *
 * Penalty: the corpus maps Art. 19 to Art. 18 (UNVERIFIED mapping; the engine attaches it).
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const COOPERATES: Path = ["supervision", "cooperatesWithInspections"];

export const inspectionCooperation = defineRule({
  id: "cac-2019/inspection-cooperation",
  title: { en: "Cooperation with inspections by the cyberspace authorities", zh: "配合网信部门的监督检查" },
  description: {
    en: "The provider cooperates with supervision and inspection by the cyberspace authorities according to law and gives the technical support and assistance they need (our summary of the substance; the wording has not been seen).",
    zh: "服务提供者应配合网信部门依法进行的监督检查，并给予必要的技术支持和协助（实质内容概述，未见条文原文）。",
  },
  cites: [{ instrument: "cac-2019", article: 18, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    cooperates: {
      en: "The operator cooperates with inspections by the cyberspace authorities and gives the necessary technical support and assistance.",
      zh: "运营主体配合网信部门依法实施的监督检查，并提供必要的技术支持和协助。",
    },
    doesNotCooperate: {
      en: "The operator does not cooperate with inspections by the cyberspace authorities, or does not give the necessary technical support and assistance.",
      zh: "运营主体未配合网信部门依法实施的监督检查，或未提供必要的技术支持和协助。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      supervision: { cooperatesWithInspections: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      supervision: { cooperatesWithInspections: false },
    },
  },
  evaluate(subject, ctx) {
    const cooperates = subject.supervision?.cooperatesWithInspections;
    if (cooperates === undefined) return ctx.needsInfo([COOPERATES]);
    return cooperates ? ctx.pass("cooperates", { evidence: [COOPERATES] }) : ctx.violation("doesNotCooperate", { evidence: [COOPERATES] });
  },
});
