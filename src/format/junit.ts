import type { Finding } from "../engine/types.js";
import { TOOL } from "../version.js";
import { entryTitle, evidenceValue, isFailing, listsMissingFacts, statusLabel, t, thousands, waiverLine } from "./shared.js";
import type { FormatEntry, FormatLocale, FormatManyOptions } from "./types.js";

// Characters XML 1.0 does not allow at all (C0 controls other than tab, newline, carriage return; lone surrogates; U+FFFE/U+FFFF).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for an XML element's content or an attribute's value (double-quoted). */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** An attribute value: escaped, with line breaks kept as character references (parsers normalise raw ones to spaces). */
function attr(text: string): string {
  return escapeXml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

function details(finding: Finding, locale: FormatLocale): string {
  const lines = [finding.message[locale]];
  if (finding.evidence.length > 0) {
    lines.push(`${t("evidence", locale)}: ${finding.evidence.map((item) => (item.value === undefined ? item.field : `${item.field} = ${evidenceValue(item.value)}`)).join(", ")}`);
  }
  if (listsMissingFacts(finding)) lines.push(`${t("missing", locale)}: ${finding.missingFacts.join(", ")}`);
  if (finding.interpretation) lines.push(`${t("interpretation", locale)}: ${finding.interpretation[locale]}`);
  if (finding.deadline) lines.push(`${t("deadline", locale)}: ${finding.deadline.explanation[locale]}`);
  for (const citation of finding.citations) {
    lines.push(`${t("cites", locale)}: ${citation.label[locale]} (${citation.verified ? t("verified", locale) : t("notVerified", locale)})`);
  }
  for (const penalty of finding.penalties ?? []) {
    const fine = penalty.fineCny ? `; ${t("fine", locale, { min: thousands(penalty.fineCny.min), max: thousands(penalty.fineCny.max) })}` : "";
    lines.push(`${t("penalty", locale)}: ${penalty.label[locale]}${fine}`);
  }
  const waiver = waiverLine(finding, locale);
  if (waiver) lines.push(waiver);
  return lines.join("\n");
}

function testcaseName(finding: Finding, locale: FormatLocale): string {
  const fields = finding.evidence.map((item) => item.field);
  return fields.length > 0 ? `${finding.title[locale]} [${fields.join(", ")}]` : finding.title[locale];
}

function testcase(finding: Finding, locale: FormatLocale): string {
  const open = `    <testcase classname="${attr(finding.ruleId)}" name="${attr(testcaseName(finding, locale))}" time="0"`;
  const body = escapeXml(details(finding, locale));
  const message = attr(finding.message[locale]);
  const type = attr(finding.status);
  if (finding.status === "error") return `${open}>\n      <error message="${message}" type="${type}">${body}</error>\n    </testcase>`;
  if (isFailing(finding)) return `${open}>\n      <failure message="${message}" type="${type}">${body}</failure>\n    </testcase>`;
  if (finding.status === "needs-info" || finding.status === "not-applicable") {
    return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
  }
  if (finding.status === "pass") return `${open}/>`;
  // Waived findings and warn-level breaches pass the build: the testcase passes and says why in system-out.
  return `${open}>\n      <system-out>${escapeXml(`${statusLabel(finding.status, locale)}${finding.severity === "warn" ? " (warn)" : ""}\n${details(finding, locale)}`)}</system-out>\n    </testcase>`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function countsOf(findings: readonly Finding[]): Counts {
  return {
    tests: findings.length,
    failures: findings.filter((finding) => isFailing(finding) && finding.status !== "error").length,
    errors: findings.filter((finding) => finding.status === "error").length,
    skipped: findings.filter((finding) => finding.status === "needs-info" || finding.status === "not-applicable").length,
  };
}

function countAttrs(counts: Counts): string {
  return `tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="0"`;
}

/**
 * JUnit XML: `<testsuites>` with one `<testsuite>` per subject and one `<testcase>` per finding
 * (classname = rule id). Failing findings are `<failure>`, rule errors `<error>`, missing facts and
 * rules that do not apply `<skipped>`; waived findings and warn-level breaches pass with `<system-out>`.
 */
export function formatJunit(entries: readonly FormatEntry[], options: FormatManyOptions): string {
  const locale = options.locale ?? "en";
  const suites = entries.map((entry) => {
    const { report } = entry;
    const cases = report.findings.map((finding) => testcase(finding, locale));
    const properties = [
      `      <property name="asOf" value="${attr(report.asOf)}"/>`,
      `      <property name="verdict" value="${attr(report.summary.verdict)}"/>`,
      ...(entry.artifactUri ? [`      <property name="file" value="${attr(entry.artifactUri)}"/>`] : []),
    ];
    return [
      `  <testsuite name="${attr(entryTitle(entry, locale))}" ${countAttrs(countsOf(report.findings))}>`,
      "    <properties>",
      ...properties,
      "    </properties>",
      ...cases,
      "  </testsuite>",
    ].join("\n");
  });
  const total = countsOf(entries.flatMap((entry) => entry.report.findings));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(TOOL.name)}" ${countAttrs(total)}>`,
    ...suites,
    "</testsuites>",
  ].join("\n");
}
