/**
 * 第十六条 区块链信息服务提供者应当对违反法律、行政法规规定和服务协议的区块链信息服务使用者，依法依约采取警示、限制功能、关闭账号等处置措施，对违法信息内容及时采取相应的处理措施，防止信息扩散，保存有关记录，并向有关主管部门报告。
 *
 * Art. 16: against users who breach laws, administrative regulations or the service agreement, the
 * provider must take measures such as warnings, restricting functions and closing accounts, as the law
 * and the agreement allow; must promptly deal with illegal content by appropriate measures, prevent its
 * spread and keep the related records; and must report to the competent authorities.
 *
 * Penalty: the corpus maps Art. 20 (breaches of Arts 8 and 16 dealt with under the Cybersecurity Law)
 * to Art. 16, but Art. 20's content and that mapping are UNVERIFIED; the engine attaches it as such.
 *
 * One finding per duty: measures against users, handling of illegal content, records, reporting.
 * Interpretation: "警示、限制功能、关闭账号等" names examples; other measures can qualify (等), but
 * a service whose only measures are none of the named ones is reported as a risk, since whether they
 * suffice depends on what they are.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const MEASURES: Path = ["violatingUsers", "measures"];
const CONTENT: Path = ["violatingUsers", "illegalContentHandled"];
const RECORDS: Path = ["violatingUsers", "recordsKept"];
const REPORTED: Path = ["violatingUsers", "reportedToAuthorities"];

const MEASURE = {
  warning: { en: "warning", zh: "警示" },
  "restrict-functions": { en: "restricting functions", zh: "限制功能" },
  "close-account": { en: "closing accounts", zh: "关闭账号" },
  other: { en: "other measures", zh: "其他措施" },
} as const;

export const violatingUsers = defineRule({
  id: "cac-2019/violating-users",
  title: { en: "Measures against users in breach; illegal content handled, recorded and reported", zh: "对违法违约用户采取处置措施，处理违法信息，保存记录并报告" },
  description: {
    en: "The provider takes measures such as warnings, restricting functions and closing accounts against users who break the law or the service agreement, promptly deals with illegal content to stop its spread, keeps the records and reports to the competent authorities.",
    zh: "区块链信息服务提供者应当对违法违约的使用者采取警示、限制功能、关闭账号等处置措施，及时处理违法信息内容、防止信息扩散，保存有关记录，并向有关主管部门报告。",
  },
  cites: [{ instrument: "cac-2019", article: 16, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    measuresTaken: {
      en: "Measures against users who break the law or the service agreement: {measuresEn}.",
      zh: "对违法违约用户的处置措施：{measuresZh}。",
    },
    noMeasures: {
      en: "No measures are taken against users who break the law or the service agreement (such as warnings, restricting functions or closing accounts).",
      zh: "未对违法违约用户采取警示、限制功能、关闭账号等处置措施。",
    },
    otherMeasuresOnly: {
      en: "The only measures against users in breach are measures other than warnings, restricting functions and closing accounts.",
      zh: "对违法违约用户仅采取警示、限制功能、关闭账号以外的其他措施。",
    },
    otherMeasuresReading: {
      en: "Art. 16 names warnings, restricting functions and closing accounts \"and the like\" (等), so other measures can qualify; whether these do depends on what they are. This check reports them as a risk until they are shown to be of the same kind.",
      zh: "第十六条列举“警示、限制功能、关闭账号等处置措施”，其他措施也可能符合；是否符合取决于措施的具体内容。在确认其属于同类措施之前，本检查将其报告为风险。",
    },
    contentHandled: {
      en: "Illegal content is promptly dealt with to stop it spreading.",
      zh: "对违法信息内容及时采取处理措施，防止信息扩散。",
    },
    contentNotHandled: {
      en: "Illegal content is not promptly dealt with to stop it spreading.",
      zh: "未对违法信息内容及时采取处理措施、防止信息扩散。",
    },
    recordsKept: {
      en: "Records of the handling are kept.",
      zh: "保存有关记录。",
    },
    recordsNotKept: {
      en: "Records of the handling of users in breach and of illegal content are not kept.",
      zh: "未保存处置违法违约用户及违法信息内容的有关记录。",
    },
    reported: {
      en: "Such cases are reported to the competent authorities.",
      zh: "向有关主管部门报告。",
    },
    notReported: {
      en: "Cases of users in breach and of illegal content are not reported to the competent authorities.",
      zh: "未向有关主管部门报告违法违约用户及违法信息内容的情况。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      violatingUsers: { measures: ["warning", "close-account"], illegalContentHandled: true, recordsKept: true, reportedToAuthorities: true },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      violatingUsers: { measures: ["warning", "close-account"], illegalContentHandled: true, recordsKept: true, reportedToAuthorities: false },
    },
  },
  evaluate(subject, ctx) {
    const facts = subject.violatingUsers;
    const duty = (path: Path, value: boolean | undefined, ok: "contentHandled" | "recordsKept" | "reported", breach: "contentNotHandled" | "recordsNotKept" | "notReported"): Outcome => {
      if (value === undefined) return ctx.needsInfo([path]);
      return value ? ctx.pass(ok, { evidence: [path] }) : ctx.violation(breach, { evidence: [path] });
    };
    return [
      measures(),
      duty(CONTENT, facts?.illegalContentHandled, "contentHandled", "contentNotHandled"),
      duty(RECORDS, facts?.recordsKept, "recordsKept", "recordsNotKept"),
      duty(REPORTED, facts?.reportedToAuthorities, "reported", "notReported"),
    ];

    function measures(): Outcome {
      const taken = facts?.measures;
      if (taken === undefined) return ctx.needsInfo([MEASURES]);
      if (taken.length === 0) return ctx.violation("noMeasures", { evidence: [MEASURES] });
      const unique = [...new Set(taken)];
      const data = { measuresEn: unique.map((m) => MEASURE[m].en).join(", "), measuresZh: unique.map((m) => MEASURE[m].zh).join("、") };
      if (unique.every((m) => m === "other")) return ctx.risk("otherMeasuresOnly", "otherMeasuresReading", { data, evidence: [MEASURES] });
      return ctx.pass("measuresTaken", { data, evidence: [MEASURES] });
    }
  },
});
