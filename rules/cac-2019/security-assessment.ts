/**
 * 第九条 区块链信息服务提供者开发上线新产品、新应用、新功能的，应当按照有关规定报国家和省、自治区、直辖市互联网信息办公室进行安全评估。
 *
 * Art. 9 (one paragraph): a provider that develops and launches a new product, new application or new
 * function shall, in accordance with the relevant provisions, submit it to the national and the
 * provincial cyberspace offices for a security assessment.
 *
 * Penalty: the corpus maps Art. 9 to the general penalty (Art. 19: warning, order to rectify, business
 * suspended until rectified; if refused or serious, a fine of 5,000–30,000 yuan). That mapping and
 * Art. 19's text are unverified; findings say so (`verified: false`).
 *
 * Interpretation: the article says "按照有关规定" (in accordance with the relevant provisions) and fixes
 * no time for the report. This rule reads the duty, tied to "开发上线" (developing and going live), as a
 * report made before the feature goes live: a report dated after the launch is a risk stating that
 * reading, not a violation; no report at all is a violation. One finding per feature launched on or
 * after 2019-02-15 (the Provisions' effective date); features launched before it are not-applicable.
 * A feature whose launch date is still ahead is a pass when reported, and a pass showing that the
 * report is due before launch when it is not reported yet.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const FEATURES: Path = ["newFeatures"];

export const securityAssessment = defineRule({
  id: "cac-2019/security-assessment",
  title: { en: "Security assessment of new products, applications and functions", zh: "新产品、新应用、新功能安全评估" },
  description: {
    en: "Each new product, application or function launched is reported to the national and provincial cyberspace offices for a security assessment (Art. 9); this check expects the report before it goes live.",
    zh: "开发上线的新产品、新应用、新功能均报国家和省、自治区、直辖市互联网信息办公室进行安全评估（第九条）；本检查按上线前报送理解。",
  },
  cites: [{ instrument: "cac-2019", article: 9, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    noFeatures: {
      en: "No new product, application or function has been launched, so none needed a security assessment.",
      zh: "未开发上线新产品、新应用、新功能，无需报送安全评估。",
    },
    reportedBeforeLaunch: {
      en: "\"{name}\" was reported for security assessment on {reported}, on or before its launch on {launch}.",
      zh: "“{name}”于{reported}报送安全评估，不晚于其上线日期{launch}。",
    },
    notYetLaunched: {
      en: "\"{name}\" goes live on {launch}, after {asOf}; it has not been reported for security assessment yet, and should be before it goes live.",
      zh: "“{name}”将于{launch}上线（晚于{asOf}），尚未报送安全评估，应在上线前报送。",
    },
    notReported: {
      en: "\"{name}\", launched on {launch}, was not reported to the cyberspace offices for security assessment.",
      zh: "“{name}”于{launch}上线，未报网信部门进行安全评估。",
    },
    reportedAfterLaunch: {
      en: "\"{name}\" went live on {launch} but was reported for security assessment only on {reported}.",
      zh: "“{name}”于{launch}上线，但直至{reported}才报送安全评估。",
    },
    timingReading: {
      en: "Art. 9 requires the report \"in accordance with the relevant provisions\" (按照有关规定) and does not itself say whether it must precede the launch. This check reads the duty, tied to developing and launching (开发上线), as a report before going live, so a report after launch is a risk, not a violation.",
      zh: "第九条要求“按照有关规定”报送安全评估，本身未规定是否须在上线前报送。本检查结合“开发上线”的表述，理解为应在上线前报送，故上线后才报送的报告为风险而非违规。",
    },
    launchedBeforeEffective: {
      en: "\"{name}\" went live on {launch}, before the Provisions took effect on 2019-02-15.",
      zh: "“{name}”于{launch}上线，早于本规定2019年2月15日施行。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      newFeatures: [
        { name: "NFT minting", launchDate: "2019-06-01", securityAssessmentReported: true, securityAssessmentReportedDate: "2019-05-20" },
      ],
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      newFeatures: [{ name: "NFT minting", launchDate: "2019-06-01", securityAssessmentReported: false }],
    },
  },
  evaluate(subject, ctx) {
    const features = subject.newFeatures;
    if (features === undefined) return ctx.needsInfo([FEATURES]);
    if (features.length === 0) return ctx.pass("noFeatures", { evidence: [FEATURES] });

    return features.map((feature, i): Outcome => {
      const at: Path = ["newFeatures", i];
      const launch = feature.launchDate;
      const reportedDate = feature.securityAssessmentReportedDate;
      // A report date says it was reported; an explicit "no" without a date says it was not.
      const reported = feature.securityAssessmentReported ?? (reportedDate !== undefined ? true : undefined);
      const data = { name: feature.name ?? `new feature #${i + 1}`, launch: launch ?? null, reported: reportedDate ?? null, asOf: ctx.asOf };
      const options = { data, evidence: [at] };

      if (launch !== undefined && launch < CAC_2019_EFFECTIVE) return ctx.notApplicable("launchedBeforeEffective", options);

      const missing: Path[] = [];
      if (launch === undefined) missing.push([...at, "launchDate"]);
      if (reported === undefined) missing.push([...at, "securityAssessmentReported"]);
      else if (reported === true && reportedDate === undefined) missing.push([...at, "securityAssessmentReportedDate"]);
      // Without the launch date the feature may predate the Provisions, so it is always asked for.
      if (launch === undefined || missing.length > 0) return ctx.needsInfo(missing, undefined, options);

      if (reported === false) {
        return launch > ctx.asOf ? ctx.pass("notYetLaunched", options) : ctx.violation("notReported", options);
      }
      if (reportedDate !== undefined && reportedDate > launch) return ctx.risk("reportedAfterLaunch", "timingReading", options);
      return ctx.pass("reportedBeforeLaunch", options);
    });
  },
});
