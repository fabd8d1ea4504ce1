import type { Finding, Status } from "../engine/types.js";
import { countsLine, entryTitle, listsMissingFacts, orderedFindings, statusLabel, t, verdictLabel, waiverLine } from "./shared.js";
import type { FormatEntry, FormatLocale, FormatManyOptions } from "./types.js";

const ICONS: Record<Status, string> = {
  error: "💥",
  violation: "❌",
  risk: "⚠️",
  "needs-info": "❓",
  waived: "🔕",
  pass: "✅",
  "not-applicable": "➖",
};

/** Escapes text for a GitHub-flavoured Markdown table cell: no raw HTML, no table breaks, no stray emphasis or links. */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|~#])/g, "\\$1")
    .replace(/\r?\n/g, "<br>");
}

function row(finding: Finding, locale: FormatLocale): string {
  const severity = (finding.status === "violation" || finding.status === "risk") && finding.severity === "warn" ? " (warn)" : "";
  const status = `${ICONS[finding.status]} ${statusLabel(finding.status, locale)}${severity}`;
  const extra = [
    listsMissingFacts(finding) ? `${t("missing", locale)}: ${finding.missingFacts.join(", ")}` : null,
    waiverLine(finding, locale),
  ].filter((part): part is string => part !== null);
  const message = [finding.message[locale], ...extra].map(escapeCell).join("<br>");
  const citation = finding.citations.map((c) => escapeCell(c.label[locale])).join("<br>");
  return `| ${status} | \`${finding.ruleId}\` | ${message} | ${citation} |`;
}

function table(findings: readonly Finding[], locale: FormatLocale): string[] {
  return [
    `| ${t("status", locale)} | ${t("rule", locale)} | ${t("message", locale)} | ${t("citation", locale)} |`,
    "| --- | --- | --- | --- |",
    ...findings.map((finding) => row(finding, locale)),
  ];
}

function section(entry: FormatEntry, options: FormatManyOptions, level: string): string {
  const locale = options.locale ?? "en";
  const { report } = entry;
  const icon = report.summary.verdict === "non-compliant" ? "❌" : report.summary.verdict === "incomplete" ? "❓" : "✅";
  const lines = [`${level} ${icon} ${escapeCell(entryTitle(entry, locale))}: ${verdictLabel(report.summary.verdict, locale)}`, ""];
  lines.push(escapeCell(t("checkedAsOf", locale, { asOf: report.asOf, count: report.rules.length })), "");
  const findings = orderedFindings(report.findings);
  const main = findings.filter((finding) => finding.status !== "pass" && finding.status !== "not-applicable");
  const rest = findings.filter((finding) => finding.status === "pass" || finding.status === "not-applicable");
  if (main.length > 0) lines.push(...table(main, locale), "");
  if (rest.length > 0) {
    const pass = rest.filter((finding) => finding.status === "pass").length;
    lines.push(
      "<details>",
      `<summary>${escapeCell(t("passedAndNa", locale, { pass, na: rest.length - pass }))}</summary>`,
      "",
      ...table(rest, locale),
      "",
      "</details>",
      "",
    );
  }
  if (main.length === 0 && rest.length === 0) lines.push(`_${t(options.onlyFailing ? "onlyFailingNote" : "noFindings", locale)}_`, "");
  lines.push(`**${t("summary", locale)}:** ${verdictLabel(report.summary.verdict, locale)}: ${report.summary.failing} ${t("failing", locale)} (${countsLine(report, locale)})`);
  return lines.join("\n");
}

/** Markdown for pull-request comments: per subject, a table (status, rule, message, citation) and a summary line. */
export function formatMarkdown(entries: readonly FormatEntry[], options: FormatManyOptions): string {
  const locale = options.locale ?? "en";
  if (entries.length === 1) return section(entries[0]!, options, "###");
  const failing = entries.reduce((sum, entry) => sum + entry.report.summary.failing, 0);
  const head = `### ${failing > 0 ? "❌" : "✅"} cn-blockchain-compliance: ${t("subjects", locale, { count: entries.length })}, ${failing} ${t("failing", locale)}`;
  return [head, ...entries.map((entry) => section(entry, options, "####"))].join("\n\n");
}
