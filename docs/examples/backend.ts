/**
 * A fintech backend: before switching a service on (or onboarding a partner), check its description
 * and act on the verdict. Bad input is a 400 with every problem's path; a non-compliant subject is
 * blocked with the findings that fail, each citing its article and penalties; an incomplete one gets
 * the questions to ask; a compliant one is approved.
 *
 * In your project, import from "cn-blockchain-compliance" instead of "../../src/index.js".
 * test/docs/examples.test.ts runs `main()`.
 */
import { readFileSync } from "node:fs";
import { formatPath, safeCheckCompliance, type CheckOptions, type Finding } from "../../src/index.js";

/** Why a subject is blocked: one failing finding, ready for a case-management screen. */
export interface BlockReason {
  ruleId: string;
  status: Finding["status"];
  message: string;
  /** The articles, e.g. `CAC Blockchain Provisions (2019), Art. 11 ¶1`, with `(unverified text)` where the corpus is not sure. */
  citations: string[];
  penalties: string[];
}

/** What the backend does with a subject. */
export type Decision =
  | { action: "reject-input"; status: 400; issues: { field: string; message: string }[] }
  | { action: "block"; reasons: BlockReason[] }
  | { action: "ask"; questions: { field: string; en: string; zh: string }[] }
  | { action: "approve" };

/** Checks a subject (any JSON, e.g. a request body) and decides. */
export function decide(subject: unknown, options: CheckOptions): Decision {
  const result = safeCheckCompliance(subject, options);
  if (!result.ok) {
    // InvalidSubjectError or InvalidOptionsError: every problem, each with its path.
    return {
      action: "reject-input",
      status: 400,
      issues: result.error.issues.map((issue) => ({ field: formatPath(issue.path), message: issue.message })),
    };
  }
  const { summary, findings, missingFacts } = result.report;
  if (summary.verdict === "non-compliant") {
    const failing = findings.filter(
      (f) => f.status === "error" || (f.severity === "error" && (f.status === "violation" || f.status === "risk")),
    );
    return {
      action: "block",
      reasons: failing.map((f) => ({
        ruleId: f.ruleId,
        status: f.status,
        message: f.message.en,
        citations: f.citations.map((c) => `${c.label.en}${c.verified ? "" : " (unverified text)"}`),
        penalties: (f.penalties ?? []).map((p) => `${p.label.en}${p.fineCny ? `: fine ${p.fineCny.min}–${p.fineCny.max} CNY` : ""}${p.verified ? "" : " (unverified)"}`),
      })),
    };
  }
  if (summary.verdict === "incomplete") {
    return { action: "ask", questions: missingFacts.map((fact) => ({ field: fact.field, ...fact.question })) };
  }
  return { action: "approve" };
}

function example(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`subjects/${name}.json`, import.meta.url), "utf8"));
}

/** Decides on four example subjects and one with a typo, as of 2022-01-01, with every built-in rule. */
export function main(log: (line: string) => void = console.log): Record<string, Decision> {
  const options: CheckOptions = { asOf: "2022-01-01", preset: "all" };
  const subjects: Record<string, unknown> = {
    "payment-company-settling": example("payment-company-settling"),
    "consumer-app-late-filing": example("consumer-app-late-filing"),
    "partial-description": example("partial-description"),
    "foreign-no-mainland-users": example("foreign-no-mainland-users"),
    typo: { service: { usesBlockChain: true, startDate: "2019-02-30" } },
  };
  const decisions: Record<string, Decision> = {};
  for (const [name, subject] of Object.entries(subjects)) {
    const decision = decide(subject, options);
    decisions[name] = decision;
    log(`${name}: ${decision.action}`);
    if (decision.action === "block") for (const r of decision.reasons) log(`  [${r.status}] ${r.ruleId}: ${r.message} (${r.citations.join("; ")})`);
    if (decision.action === "ask") log(`  ${decision.questions.length} questions, first: ${decision.questions[0]?.en}`);
    if (decision.action === "reject-input") for (const i of decision.issues) log(`  ${i.field}: ${i.message}`);
  }
  return decisions;
}
