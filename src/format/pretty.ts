import type { Finding, Status } from "../engine/types.js";
import {
  countsLine,
  entryTitle,
  evidenceValue,
  listsMissingFacts,
  orderedFindings,
  STATUS_ORDER,
  statusLabel,
  t,
  thousands,
  verdictLabel,
  waiverLine,
} from "./shared.js";
import type { FormatEntry, FormatManyOptions, FormatLocale } from "./types.js";

type Paint = (text: string) => string;

interface Palette {
  bold: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  green: Paint;
  cyan: Paint;
  magenta: Paint;
}

function ansi(open: number, close: number): Paint {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const plain: Paint = (text) => text;
const COLOURS: Palette = {
  bold: ansi(1, 22),
  dim: ansi(2, 22),
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  green: ansi(32, 39),
  cyan: ansi(36, 39),
  magenta: ansi(35, 39),
};
const NO_COLOURS: Palette = { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain, magenta: plain };

const SYMBOLS: Record<Status, string> = {
  error: "✖",
  violation: "✖",
  risk: "▲",
  "needs-info": "?",
  waived: "~",
  pass: "✔",
  "not-applicable": "–",
};

function statusPaint(status: Status, palette: Palette): Paint {
  switch (status) {
    case "error":
    case "violation":
      return palette.red;
    case "risk":
      return palette.yellow;
    case "needs-info":
      return palette.cyan;
    case "waived":
      return palette.magenta;
    case "pass":
      return palette.green;
    default:
      return palette.dim;
  }
}

/** Whether a status's findings get their details (the others get one line each). */
function detailed(status: Status): boolean {
  return status !== "pass" && status !== "not-applicable";
}

function findingLines(finding: Finding, locale: FormatLocale, palette: Palette): string[] {
  const severity = (finding.status === "violation" || finding.status === "risk") && finding.severity === "warn" ? palette.dim(" (warn)") : "";
  const lines = [`  ${palette.bold(finding.ruleId)}${severity}  ${finding.title[locale]}`, `    ${finding.message[locale]}`];
  if (!detailed(finding.status)) return lines;
  const label = (key: Parameters<typeof t>[0]): string => palette.dim(`${t(key, locale)}:`);
  if (finding.evidence.length > 0) {
    const facts = finding.evidence.map((item) => (item.value === undefined ? item.field : `${item.field} = ${evidenceValue(item.value)}`));
    lines.push(`    ${label("evidence")} ${facts.join(", ")}`);
  }
  if (listsMissingFacts(finding)) lines.push(`    ${label("missing")} ${finding.missingFacts.join(", ")}`);
  if (finding.interpretation) lines.push(`    ${label("interpretation")} ${finding.interpretation[locale]}`);
  if (finding.deadline) lines.push(`    ${label("deadline")} ${finding.deadline.explanation[locale]}`);
  for (const citation of finding.citations) {
    const flag = citation.verified ? t("verified", locale) : `${t("notVerified", locale)}: ${citation.textStatus}`;
    lines.push(`    ${label("cites")} ${citation.label[locale]} (${flag})`);
  }
  for (const penalty of finding.penalties ?? []) {
    const fine = penalty.fineCny ? `; ${t("fine", locale, { min: thousands(penalty.fineCny.min), max: thousands(penalty.fineCny.max) })}` : "";
    const flag = penalty.verified ? t("verified", locale) : t("notVerified", locale);
    lines.push(`    ${label("penalty")} ${penalty.label[locale]}${fine} (${flag})`);
  }
  const waiver = waiverLine(finding, locale);
  if (waiver) lines.push(`    ${palette.magenta(waiver)}`);
  return lines;
}

function entryLines(entry: FormatEntry, options: FormatManyOptions, palette: Palette): string[] {
  const locale = options.locale ?? "en";
  const { report } = entry;
  const lines = [palette.bold(entryTitle(entry, locale)), palette.dim(t("checkedAsOf", locale, { asOf: report.asOf, count: report.rules.length }))];
  if (options.onlyFailing) lines.push(palette.dim(t("onlyFailingNote", locale)));
  const findings = orderedFindings(report.findings);
  for (const status of STATUS_ORDER) {
    const group = findings.filter((finding) => finding.status === status);
    if (group.length === 0) continue;
    const paint = statusPaint(status, palette);
    lines.push("", paint(`${SYMBOLS[status]} ${statusLabel(status, locale)} (${group.length})`));
    for (const finding of group) lines.push(...findingLines(finding, locale, palette));
  }
  const { summary } = report;
  const verdictPaint = summary.verdict === "non-compliant" ? palette.red : summary.verdict === "incomplete" ? palette.yellow : palette.green;
  lines.push(
    "",
    `${t("verdict", locale)}: ${palette.bold(verdictPaint(verdictLabel(summary.verdict, locale)))}: ${summary.failing} ${t("failing", locale)} (${countsLine(report, locale)})`,
  );
  if (report.missingFacts.length > 0 && !options.onlyFailing) {
    lines.push("", `${t("questions", locale)}:`);
    for (const fact of report.missingFacts) lines.push(`  - ${fact.field}: ${fact.question[locale]}`);
  }
  return lines;
}

/** Human-readable text: per subject, findings grouped by status (failing first), the verdict and the questions to ask. */
export function formatPretty(entries: readonly FormatEntry[], options: FormatManyOptions): string {
  const palette = options.color ? COLOURS : NO_COLOURS;
  const sections = entries.map((entry) => entryLines(entry, options, palette).join("\n"));
  if (entries.length > 1) {
    const locale = options.locale ?? "en";
    const failing = entries.reduce((sum, entry) => sum + entry.report.summary.failing, 0);
    const line = `${t("subjects", locale, { count: entries.length })}: ${failing} ${t("failing", locale)}`;
    sections.push((failing > 0 ? palette.red : palette.green)(line));
  }
  return sections.join("\n\n");
}
