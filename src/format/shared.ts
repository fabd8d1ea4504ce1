import type { Bilingual } from "../corpus/types.js";
import type { ComplianceReport, Finding, Status, Verdict } from "../engine/types.js";
import type { FormatEntry, FormatLocale } from "./types.js";

/** Statuses in the order the formats list them: failing kinds first, then what needs attention, then the rest. */
export const STATUS_ORDER: readonly Status[] = ["error", "violation", "risk", "needs-info", "waived", "pass", "not-applicable"];

/** Whether a finding fails a check (as the report's `summary.failing` counts it). */
export function isFailing(finding: Finding): boolean {
  return finding.status === "error" || ((finding.status === "violation" || finding.status === "risk") && finding.severity === "error");
}

/** Findings sorted by status (failing first), stably: the report's order within a status. */
export function orderedFindings(findings: readonly Finding[]): Finding[] {
  const rank = (finding: Finding): number => {
    const base = STATUS_ORDER.indexOf(finding.status) * 2;
    const warnOnly = (finding.status === "violation" || finding.status === "risk") && !isFailing(finding);
    return base + (warnOnly ? 1 : 0);
  };
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding) - rank(b.finding) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** The entries with only failing findings kept, when asked. */
export function selectFindings(entries: readonly FormatEntry[], onlyFailing: boolean | undefined): FormatEntry[] {
  if (!onlyFailing) return [...entries];
  return entries.map((entry) => ({ ...entry, report: { ...entry.report, findings: entry.report.findings.filter(isFailing) } }));
}

const STATUS_LABELS: Record<Status, Bilingual> = {
  violation: { en: "violation", zh: "违规" },
  risk: { en: "risk", zh: "风险" },
  "needs-info": { en: "needs info", zh: "需补充信息" },
  pass: { en: "pass", zh: "通过" },
  "not-applicable": { en: "not applicable", zh: "不适用" },
  error: { en: "rule error", zh: "规则出错" },
  waived: { en: "waived", zh: "已豁免" },
};

const VERDICT_LABELS: Record<Verdict, Bilingual> = {
  compliant: { en: "compliant", zh: "合规" },
  "non-compliant": { en: "non-compliant", zh: "不合规" },
  incomplete: { en: "incomplete (facts missing)", zh: "信息不全" },
};

/** Labels of the human-readable formats. */
const TEXT = {
  checkedAsOf: { en: "checked as of {asOf} with {count} rules", zh: "核查基准日 {asOf}，共 {count} 条规则" },
  evidence: { en: "evidence", zh: "依据事实" },
  missing: { en: "missing facts", zh: "缺少的事实" },
  deadline: { en: "deadline", zh: "期限" },
  cites: { en: "cites", zh: "引用" },
  penalty: { en: "penalty", zh: "罚则" },
  interpretation: { en: "interpretation", zh: "解释" },
  verdict: { en: "verdict", zh: "结论" },
  failing: { en: "failing", zh: "项未通过" },
  questions: { en: "questions to ask next", zh: "待回答的问题" },
  waivedBy: { en: "waived: {justification}", zh: "已豁免：{justification}" },
  waiverExpired: { en: "waiver expired on {expires}: {justification}", zh: "豁免已于 {expires} 到期：{justification}" },
  approvedBy: { en: "approved by {who}", zh: "批准人：{who}" },
  expires: { en: "until {expires}", zh: "有效至 {expires}" },
  verified: { en: "verified", zh: "已核实" },
  notVerified: { en: "not verified", zh: "未核实" },
  fine: { en: "fine CNY {min}–{max}", zh: "罚款 {min}至{max}元" },
  noFindings: { en: "no findings", zh: "无核查结果" },
  onlyFailingNote: { en: "only failing findings are listed", zh: "仅列出未通过的核查结果" },
  subjects: { en: "{count} subjects", zh: "{count} 个核查对象" },
  unnamed: { en: "(unnamed subject)", zh: "（未命名核查对象）" },
  rule: { en: "Rule", zh: "规则" },
  status: { en: "Status", zh: "状态" },
  message: { en: "Message", zh: "说明" },
  citation: { en: "Citation", zh: "依据" },
  summary: { en: "Summary", zh: "小结" },
  passedAndNa: { en: "{pass} passed, {na} not applicable", zh: "{pass} 项通过，{na} 项不适用" },
} satisfies Record<string, Bilingual>;

export type TextKey = keyof typeof TEXT;

/** A label in the locale, `{name}` filled from `data`. */
export function t(key: TextKey, locale: FormatLocale, data: Record<string, string | number> = {}): string {
  return TEXT[key][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : placeholder,
  );
}

export function statusLabel(status: Status, locale: FormatLocale): string {
  return STATUS_LABELS[status][locale];
}

export function verdictLabel(verdict: Verdict, locale: FormatLocale): string {
  return VERDICT_LABELS[verdict][locale];
}

/** 10000 → "10,000", without the host's locale data. */
export function thousands(value: number): string {
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "1 violation, 6 needs info, 1 pass": the non-zero counts in status order. */
export function countsLine(report: ComplianceReport, locale: FormatLocale): string {
  const parts = STATUS_ORDER.filter((status) => report.summary.byStatus[status] > 0).map(
    (status) => `${statusLabel(status, locale)}${locale === "zh" ? "" : ":"} ${report.summary.byStatus[status]}`,
  );
  return parts.length > 0 ? parts.join(locale === "zh" ? "，" : ", ") : t("noFindings", locale);
}

/** What a waiver on a finding says, or `null`. */
export function waiverLine(finding: Finding, locale: FormatLocale): string | null {
  const waiver = finding.waiver;
  if (!waiver) return null;
  const extras = [
    waiver.approvedBy ? t("approvedBy", locale, { who: waiver.approvedBy }) : null,
    !waiver.expired && waiver.expires ? t("expires", locale, { expires: waiver.expires }) : null,
  ].filter((part): part is string => part !== null);
  const head = waiver.expired
    ? t("waiverExpired", locale, { expires: waiver.expires ?? "?", justification: waiver.justification })
    : t("waivedBy", locale, { justification: waiver.justification });
  return extras.length > 0 ? `${head} (${extras.join("; ")})` : head;
}

/** A subject's display name: its file, else its name. */
export function entryTitle(entry: FormatEntry, locale: FormatLocale): string {
  const name = entry.report.subjectName ?? t("unnamed", locale);
  return entry.artifactUri ? `${name} (${entry.artifactUri})` : name;
}

/** Renders an evidence value compactly for a line of text. */
export function evidenceValue(value: unknown): string {
  if (value === undefined) return "";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** Whether to list a finding's missing facts besides its message (the standard needs-info message already lists them). */
export function listsMissingFacts(finding: Finding): boolean {
  return finding.missingFacts.length > 0 && finding.messageId !== "missing-facts";
}
