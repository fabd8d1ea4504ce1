/**
 * Output formats of a report: `json`, `pretty`, `sarif`, `junit`, `markdown`. Browser-safe: no
 * Node APIs, no clock, no host locale: the same report gives the same text everywhere.
 * @module
 */
import type { ComplianceReport } from "../engine/types.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatPretty } from "./pretty.js";
import { formatSarif } from "./sarif.js";
import { selectFindings } from "./shared.js";
import { reportFormats, type FormatEntry, type FormatManyOptions, type FormatOptions, type ReportFormat } from "./types.js";

export {
  reportFormats,
  type FormatEntry,
  type FormatLocale,
  type FormatManyOptions,
  type FormatOptions,
  type Located,
  type Locator,
  type ReportFormat,
  type SourceRegion,
} from "./types.js";

function render(entries: readonly FormatEntry[], format: ReportFormat, options: FormatManyOptions, single: boolean): string {
  if (!reportFormats.includes(format)) {
    throw new RangeError(`unknown format ${JSON.stringify(format)}; expected one of: ${reportFormats.join(", ")}`);
  }
  const selected = selectFindings(entries, options.onlyFailing);
  switch (format) {
    case "json":
      return formatJson(
        selected.map((entry) => entry.report),
        single,
      );
    case "pretty":
      return formatPretty(selected, options);
    case "sarif":
      return formatSarif(selected, options);
    case "junit":
      return formatJunit(selected, options);
    case "markdown":
      return formatMarkdown(selected, options);
  }
}

/**
 * Renders a report as text: `json` (the report as is, 2-space indented), `pretty` (for a terminal),
 * `sarif` (SARIF 2.1.0 for GitHub code scanning), `junit` (JUnit XML for CI dashboards) or
 * `markdown` (a table for pull-request comments). Deterministic; no trailing newline.
 *
 * @example
 * ```ts
 * import { checkCompliance, formatReport } from "cn-blockchain-compliance";
 * const report = checkCompliance(subject, { asOf: "2019-11-01" });
 * console.log(formatReport(report, "pretty", { locale: "zh" }));
 * const sarif = formatReport(report, "sarif", { artifactUri: "compliance/subject.yaml", locate: (path) => findInMyFile(path) });
 * ```
 */
export function formatReport(report: ComplianceReport, format: ReportFormat, options: FormatOptions = {}): string {
  const { artifactUri, locate, ...rest } = options;
  const entry: FormatEntry = { report, ...(artifactUri !== undefined ? { artifactUri } : {}), ...(locate !== undefined ? { locate } : {}) };
  return render([entry], format, rest, true);
}

/**
 * Renders several subjects' reports as one output: `json` an array of reports, `sarif` one run with
 * every result, `junit` one testsuite per subject, `pretty` and `markdown` a section per subject.
 *
 * @example
 * ```ts
 * formatReports([{ report: a, artifactUri: "a.json" }, { report: b, artifactUri: "b.yaml" }], "sarif");
 * ```
 */
export function formatReports(entries: readonly FormatEntry[], format: ReportFormat, options: FormatManyOptions = {}): string {
  return render(entries, format, options, false);
}
