/**
 * 第十一条第一款 区块链信息服务提供者应当在提供服务之日起十个工作日内通过国家互联网信息办公室区块链信息服务备案管理系统填报服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等信息，履行备案手续。
 *
 * 第二十二条 区块链信息服务提供者违反本规定第十一条第一款的规定，未按照本规定履行备案手续或者填报虚假备案信息的，由国家和省、自治区、直辖市互联网信息办公室依据职责责令限期改正；拒不改正或者情节严重的，给予警告，并处一万元以上三万元以下罚款。
 *
 * Art. 11 ¶1: the provider completes the filing by entering its name, service category, form of
 * service, field of application, server address and other details in the CAC filing system.
 * Art. 22: a provider that, in breach of Art. 11 ¶1, fails to file or enters false filing information
 * (填报虚假备案信息) is ordered to rectify within a time limit; if it refuses or the circumstances are
 * serious, it is given a warning and fined 10,000–30,000 yuan.
 *
 * Penalty: Art. 22, attached by the corpus to Art. 11 ¶1 (one copy of Art. 22's text, which names
 * 第十一条第一款 itself).
 *
 * This rule covers the truth of the information filed; whether and when the filing was made is the
 * filing-deadline rule's. Nothing filed yet: not-applicable here.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const FILED: Path = ["filing", "filed"];
const FILED_DATE: Path = ["filing", "filedDate"];
const ACCURATE: Path = ["filing", "informationAccurate"];
const COMPLETE: Path = ["filing", "informationComplete"];

export const filingInformation = defineRule({
  id: "cac-2019/filing-information",
  title: { en: "True filing information", zh: "备案信息真实" },
  description: {
    en: "The information entered in the CAC filing system is true and accurate: entering false filing information breaches Art. 11 ¶1 and is penalised by Art. 22.",
    zh: "通过备案管理系统填报的备案信息真实准确；填报虚假备案信息违反第十一条第一款，依第二十二条处罚。",
  },
  cites: [
    { instrument: "cac-2019", article: 11, paragraph: 1 },
    { instrument: "cac-2019", article: 22, paragraph: 1 },
  ],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    accurate: {
      en: "The information filed is complete (name, service category, form of service, field of application, server address) and true.",
      zh: "填报的备案信息完整（名称、服务类别、服务形式、应用领域、服务器地址等）且真实准确。",
    },
    incompleteInformation: {
      en: "The filing does not include every item Art. 11 ¶1 names (the provider's name, service category, form of service, field of application, server address): the filing procedures are not complete.",
      zh: "备案未填报第十一条第一款所列全部信息（服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等）：备案手续未履行完毕。",
    },
    falseInformation: {
      en: "The information filed is not true and accurate: entering false filing information breaches Art. 11 ¶1 (Art. 22).",
      zh: "填报的备案信息不真实准确：填报虚假备案信息违反第十一条第一款（第二十二条）。",
    },
    notFiled: {
      en: "Nothing has been filed yet, so there is no filed information to check; whether the filing is due is checked by cac-2019/filing-deadline.",
      zh: "尚未备案，无已填报的备案信息可供检查；是否应当备案由 cac-2019/filing-deadline 规则检查。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true, filedDate: "2019-10-15", informationAccurate: true, informationComplete: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      filing: { filed: true, filedDate: "2019-10-15", informationAccurate: false, informationComplete: true },
    },
  },
  evaluate(subject, ctx) {
    const filing = subject.filing;
    // A filing date says something was filed.
    const filed = filing?.filed ?? (filing?.filedDate !== undefined ? true : undefined);
    const accurate = filing?.informationAccurate;
    const complete = filing?.informationComplete;
    if (filed === false) return ctx.notApplicable("notFiled", { evidence: [FILED] });

    const outcomes: Outcome[] = [];
    if (accurate === false) outcomes.push(ctx.violation("falseInformation", { evidence: [ACCURATE] }));
    if (complete === false) outcomes.push(ctx.violation("incompleteInformation", { evidence: [COMPLETE] }));
    const missing: Path[] = [];
    if (accurate === undefined) missing.push(ACCURATE);
    if (complete === undefined) missing.push(COMPLETE);
    if (missing.length > 0) {
      // Whether anything was filed matters only while nothing else is known to be wrong.
      if (filed === undefined && outcomes.length === 0) missing.unshift(FILED);
      const evidence = filed === undefined ? [] : [filing?.filed !== undefined ? FILED : FILED_DATE];
      outcomes.push(ctx.needsInfo(missing, undefined, { evidence }));
    }
    if (outcomes.length > 0) return outcomes;
    return ctx.pass("accurate", { evidence: [ACCURATE, COMPLETE] });
  },
});
