import { checkCompliance, type Finding, type Rule } from "../../src/index.js";

/** The findings one rule gives for a subject as of a date. */
export function findingsOf(rule: Rule, subject: unknown, asOf: string): Finding[] {
  return checkCompliance(subject, { asOf, ruleSet: [rule] }).findings;
}

/** The single finding one rule gives (fails the test if it gives several). */
export function findingOf(rule: Rule, subject: unknown, asOf: string): Finding {
  const findings = findingsOf(rule, subject, asOf);
  if (findings.length !== 1) throw new Error(`expected one finding from ${rule.id}, got ${findings.length}`);
  return findings[0]!;
}

/** A subject in scope of the CAC Provisions: blockchain-based, public, provided from the mainland. */
export const inCacScope = { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true } as const;
