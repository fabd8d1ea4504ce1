/**
 * 第十一条第一款 区块链信息服务提供者应当在提供服务之日起十个工作日内通过国家互联网信息办公室区块链信息服务备案管理系统填报服务提供者的名称、服务类别、服务形式、应用领域、服务器地址等信息，履行备案手续。
 *
 * Art. 11 ¶1: within ten working days of the day it starts providing the service, a provider must
 * complete the filing procedures in the CAC's blockchain information service filing system, entering
 * its name, service category, form of service, field of application, server address and other details.
 *
 * Penalty: Art. 22 (order to rectify; if refused or serious, a warning and a fine of 10,000–30,000 yuan).
 * Transition: services that started before the Provisions took effect (2019-02-15) are counted from
 * that date; the transitional article could not be verified, so a late result there is only a risk.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const START: Path = ["service", "startDate"];
const FILED: Path = ["filing", "filed"];
const FILED_DATE: Path = ["filing", "filedDate"];

export const filingDeadline = defineRule({
  id: "cac-2019/filing-deadline",
  title: { en: "Filing within 10 working days of starting the service", zh: "提供服务之日起十个工作日内履行备案手续" },
  description: {
    en: "The provider completes its filing in the CAC blockchain filing system within 10 statutory working days of the day the service started.",
    zh: "区块链信息服务提供者应当在提供服务之日起十个工作日内履行备案手续。",
  },
  cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    filedInTime: {
      en: "Filed on {filed}, within 10 working days of {start} (due {due}).",
      zh: "已于{filed}履行备案手续，在{start}起十个工作日内（截止{due}）。",
    },
    filedLate: {
      en: "Filed on {filed}, {late} working days after the deadline of {due} (10 working days from {start}).",
      zh: "于{filed}履行备案手续，超过截止日期{due}（自{start}起十个工作日）{late}个工作日。",
    },
    notFiledOverdue: {
      en: "Not filed: the filing was due by {due} (10 working days from {start}) and is {late} working days overdue as of {asOf}.",
      zh: "未履行备案手续：应于{due}前备案（自{start}起十个工作日），截至{asOf}已逾期{late}个工作日。",
    },
    notFiledYetDue: {
      en: "Not filed yet; the filing is due by {due} (10 working days from {start}).",
      zh: "尚未备案；应于{due}前履行备案手续（自{start}起十个工作日）。",
    },
    notStarted: {
      en: "The service has not started as of {asOf} (it starts {start}); the filing will be due 10 working days after it starts.",
      zh: "截至{asOf}服务尚未开始（{start}开始）；应在提供服务之日起十个工作日内备案。",
    },
    transitional: {
      en: "The service started on {serviceStart}, before the Provisions took effect on 2019-02-15. This check counts the 10 working days from 2019-02-15. The transitional article (Art. 23 or 24) could not be verified and may give existing services a different period, so a late result is reported as a risk.",
      zh: "该服务于{serviceStart}开始，早于本规定2019年2月15日施行。本检查自2019年2月15日起计算十个工作日。过渡条款（第二十三条或第二十四条）原文未能核实，可能对存量服务另有期限，故逾期结果报告为风险。",
    },
  },
  examples: {
    asOf: "2019-11-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" },
      filing: { filed: true, filedDate: "2019-10-15" },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" },
      filing: { filed: true, filedDate: "2019-10-17" },
    },
  },
  evaluate(subject, ctx) {
    const startDate = subject.service?.startDate;
    const filed = subject.filing?.filed;
    const filedDate = subject.filing?.filedDate;
    const missing: Path[] = [];
    if (startDate === undefined) missing.push(START);
    if (filed === undefined && filedDate === undefined) missing.push(FILED);
    if (filed === true && filedDate === undefined) missing.push(FILED_DATE);
    if (startDate === undefined || missing.length > 0) return ctx.needsInfo(missing, undefined, { evidence: [START, FILED, FILED_DATE].filter((p) => !missing.includes(p)) });

    if (startDate > ctx.asOf) return ctx.pass("notStarted", { data: { start: startDate, asOf: ctx.asOf }, evidence: [START] });

    const transitional = startDate < CAC_2019_EFFECTIVE;
    const countFrom = transitional ? CAC_2019_EFFECTIVE : startDate;
    const actual = filed === false ? null : (filedDate ?? null);
    const deadline = ctx.deadline({ start: countFrom, workingDays: 10, direction: "after", actual });
    const data = { start: countFrom, serviceStart: startDate, due: deadline.due, filed: actual, late: deadline.workingDaysLate, asOf: ctx.asOf };
    const evidence = actual === null ? [START, FILED] : [START, FILED_DATE];

    if (deadline.status === "met") return ctx.pass("filedInTime", { data, evidence, deadline });
    if (deadline.status === "pending") return ctx.pass("notFiledYetDue", { data, evidence, deadline });
    const messageId = deadline.status === "late" ? "filedLate" : "notFiledOverdue";
    if (transitional) return ctx.risk(messageId, "transitional", { data, evidence, deadline });
    return ctx.violation(messageId, { data, evidence, deadline });
  },
});
