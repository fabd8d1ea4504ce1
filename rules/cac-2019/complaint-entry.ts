/**
 * 第十八条第二款 — Chinese text not available (substance only). The article number and the split of
 * Art. 18 into two paragraphs are UNVERIFIED (the research's recollection); the substance is supported
 * by the CAC's Q&A and a compliance checklist.
 *
 * Substance (our English): the provider must accept supervision by the public, set up a convenient entry
 * point for complaints and reports, and deal promptly with complaints and reports from the public.
 *
 * Penalty: the corpus maps Art. 19 to Art. 18 (UNVERIFIED mapping; the engine attaches it).
 *
 * One finding per duty: the entry point, and the prompt handling. Whether an entry is "convenient" is
 * the operator's answer (supervision.complaintEntry asks for a convenient entry); its location, when
 * given, is shown as evidence.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const ENTRY: Path = ["supervision", "complaintEntry"];
const LOCATION: Path = ["supervision", "complaintEntryLocation"];
const HANDLED: Path = ["supervision", "complaintsHandledPromptly"];

export const complaintEntry = defineRule({
  id: "cac-2019/complaint-entry",
  title: { en: "Convenient complaint and reporting entry; complaints handled promptly", zh: "设置便捷的投诉举报入口，及时处理公众投诉举报" },
  description: {
    en: "The provider accepts public supervision: it sets up a convenient entry for complaints and reports and deals with them promptly (our summary of the substance; the wording has not been seen).",
    zh: "服务提供者应接受公众监督，提供便捷的投诉举报入口，并及时处理投诉举报（实质内容概述，未见条文原文）。",
  },
  cites: [{ instrument: "cac-2019", article: 18, paragraph: 2 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    entry: {
      en: "A convenient complaint and reporting entry is provided.",
      zh: "设置了便捷的投诉举报入口。",
    },
    entryAt: {
      en: "A convenient complaint and reporting entry is provided: {location}.",
      zh: "设置了便捷的投诉举报入口：{location}。",
    },
    noEntry: {
      en: "No convenient complaint and reporting entry is provided.",
      zh: "未设置便捷的投诉举报入口。",
    },
    handledPromptly: {
      en: "Public complaints and reports are handled promptly.",
      zh: "及时处理公众投诉举报。",
    },
    notHandledPromptly: {
      en: "Public complaints and reports are not handled promptly.",
      zh: "未及时处理公众投诉举报。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      supervision: { complaintEntry: true, complaintEntryLocation: "https://example.cn/report", complaintsHandledPromptly: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      supervision: { complaintEntry: false, complaintsHandledPromptly: true },
    },
  },
  evaluate(subject, ctx) {
    const supervision = subject.supervision;
    return [entry(), handling()];

    function entry(): Outcome {
      const provided = supervision?.complaintEntry;
      if (provided === undefined) return ctx.needsInfo([ENTRY]);
      if (!provided) return ctx.violation("noEntry", { evidence: [ENTRY] });
      const location = supervision?.complaintEntryLocation;
      if (location === undefined) return ctx.pass("entry", { evidence: [ENTRY] });
      return ctx.pass("entryAt", { data: { location }, evidence: [ENTRY, LOCATION] });
    }

    function handling(): Outcome {
      const prompt = supervision?.complaintsHandledPromptly;
      if (prompt === undefined) return ctx.needsInfo([HANDLED]);
      return prompt ? ctx.pass("handledPromptly", { evidence: [HANDLED] }) : ctx.violation("notHandledPromptly", { evidence: [HANDLED] });
    }
  },
});
