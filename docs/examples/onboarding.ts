/**
 * An onboarding flow: start from what the applicant has told you, ask the report's `missingFacts`
 * questions a step at a time, and stop when nothing is missing. Here the answers come from a canned
 * map (in a real flow, a form or a chat); the questions and the subject paths come from the library.
 *
 * In your project, import from "cn-blockchain-compliance" instead of "../../src/index.js".
 * test/docs/examples.test.ts runs `main()`.
 */
import { readFileSync } from "node:fs";
import { checkCompliance, type ComplianceReport, type MissingFact } from "../../src/index.js";

/** The applicant's answers, by the field a question names (`MissingFact.field`). */
export const cannedAnswers: Readonly<Record<string, unknown>> = {
  "operator.registeredIn": "mainland",
  "operator.institutionType": "none",
  "service.providedFromMainland": true,
  "service.servesMainlandUsers": true,
  "service.startDate": "2019-09-02",
  "service.channels": [{ type: "website", address: "https://chain.example.cn" }],
  "service.channels[0].filingNumberDisplayed": true,
  "filing.filed": true,
  "filing.filedDate": "2019-09-12",
  "filing.informationAccurate": true,
  "filing.informationComplete": true,
  "filing.verificationRequested": false,
  changes: [],
  "termination.planned": false,
  newFeatures: [],
  "identityVerification.methods": ["mobile-number"],
  "identityVerification.unverifiedUsersServed": false,
  "managementSystems.userRegistration": true,
  "managementSystems.informationReview": true,
  "managementSystems.emergencyResponse": true,
  "managementSystems.securityProtection": true,
  "technical.conditionsAppropriate": true,
  "technical.prohibitedContentDisposal": true,
  "technical.meetsNationalStandards": true,
  "platformRules.managementRulesPublished": true,
  "platformRules.platformConventionPublished": true,
  "platformRules.serviceAgreementSigned": true,
  "platformRules.usersUndertakeCompliance": true,
  "prohibitedUse.declaresNone": true,
  "prohibitedUse.incidentsKnown": false,
  "securityHazards.identified": false,
  "violatingUsers.measures": ["warning", "restrict-functions", "close-account"],
  "violatingUsers.illegalContentHandled": true,
  "violatingUsers.recordsKept": true,
  "violatingUsers.reportedToAuthorities": true,
  "records.userContentRecorded": true,
  "records.logsRecorded": true,
  "records.retention": { value: 6, unit: "months" },
  "records.providedOnLawfulRequest": true,
  "supervision.cooperatesWithInspections": true,
  "supervision.complaintEntry": true,
  "supervision.complaintsHandledPromptly": true,
  "token.issuance.issued": false,
  "token.issuance.investorsIncludeMainland": false,
  "token.trading.operatesPlatform": false,
  "token.treatedAsMoney": false,
  "token.financialServices.servesTokenBusinesses": false,
};

/** One step of the flow: the questions asked and the answers given. */
export interface OnboardingStep {
  verdict: ComplianceReport["summary"]["verdict"];
  asked: { field: string; question: string; answer: unknown }[];
}

/** The result of the flow. */
export interface OnboardingResult {
  steps: OnboardingStep[];
  subject: Record<string, unknown>;
  /** The last report: nothing missing, unless an answer was not available. */
  report: ComplianceReport;
  /** Questions the canned answers could not answer (empty when the flow completed). */
  unanswered: string[];
}

/** Writes `value` at `path` in `target`, creating objects and arrays on the way. */
function setAt(target: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((segment, index) => {
    if (index === path.length - 1) {
      node[segment] = value;
      return;
    }
    node[segment] ??= typeof path[index + 1] === "number" ? [] : {};
    node = node[segment] as Record<string | number, unknown>;
  });
}

/** Asks, step by step, until the report has no missing facts (or no answer is left to give). */
export function onboard(
  start: Record<string, unknown>,
  answers: Readonly<Record<string, unknown>>,
  asOf: string,
  maxSteps = 10,
): OnboardingResult {
  const subject = structuredClone(start);
  const steps: OnboardingStep[] = [];
  for (;;) {
    const report = checkCompliance(subject, { asOf });
    const open: MissingFact[] = report.missingFacts;
    const answerable = open.filter((fact) => Object.hasOwn(answers, fact.field));
    const unanswered = open.filter((fact) => !Object.hasOwn(answers, fact.field)).map((fact) => fact.field);
    if (open.length === 0 || answerable.length === 0 || steps.length === maxSteps) return { steps, subject, report, unanswered };
    // Ask one screen of questions: in a real flow, show fact.question.en or fact.question.zh.
    const asked = answerable.map((fact) => ({ field: fact.field, question: fact.question.en, answer: answers[fact.field] }));
    for (const fact of answerable) setAt(subject, fact.path, structuredClone(answers[fact.field]));
    steps.push({ verdict: report.summary.verdict, asked });
  }
}

/** Runs the flow from the first onboarding step's subject (docs/examples/subjects/partial-description.json). */
export function main(log: (line: string) => void = console.log): OnboardingResult {
  const start = JSON.parse(readFileSync(new URL("subjects/partial-description.json", import.meta.url), "utf8")) as Record<string, unknown>;
  const result = onboard(start, cannedAnswers, "2020-01-01");
  result.steps.forEach((step, index) => {
    log(`step ${index + 1} (verdict so far: ${step.verdict})`);
    for (const { field, question, answer } of step.asked) log(`  ${question} [${field}] -> ${JSON.stringify(answer)}`);
  });
  log(`done: ${result.report.summary.verdict}, ${result.report.missingFacts.length} facts missing`);
  return result;
}
