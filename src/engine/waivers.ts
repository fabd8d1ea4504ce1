import type { Finding, Waiver } from "./types.js";

function covers(waiver: Waiver, finding: Finding, subjectName: string | null): boolean {
  return waiver.rule === finding.ruleId && (waiver.subject === undefined || waiver.subject === subjectName);
}

/**
 * Applies waivers to findings: a violation or risk covered by a waiver in force becomes `waived`;
 * one covered only by an expired waiver keeps its status and says the waiver expired. Other
 * statuses are never waived: a missing fact is still a question to ask.
 */
export function applyWaivers(findings: Finding[], waivers: readonly Waiver[], asOf: string, subjectName: string | null): Finding[] {
  if (waivers.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.status !== "violation" && finding.status !== "risk") return finding;
    const matching = waivers.filter((waiver) => covers(waiver, finding, subjectName));
    if (matching.length === 0) return finding;
    const current = matching.find((waiver) => waiver.expires === undefined || waiver.expires >= asOf);
    const originalStatus = finding.status;
    if (current) return { ...finding, status: "waived", waiver: { ...current, originalStatus, expired: false } };
    return { ...finding, waiver: { ...matching[0]!, originalStatus, expired: true } };
  });
}
