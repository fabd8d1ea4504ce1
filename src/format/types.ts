import type { ComplianceReport, Path, Rule } from "../engine/types.js";

/**
 * The output formats of {@link formatReport}.
 *
 * @example
 * ```ts
 * const format: ReportFormat = process.env.CI ? "sarif" : "pretty";
 * console.log(formatReport(report, format));
 * ```
 */
export type ReportFormat = "json" | "pretty" | "sarif" | "junit" | "markdown";

/**
 * The formats, in the order the CLI lists them.
 *
 * @example
 * ```ts
 * reportFormats; // ["pretty", "json", "sarif", "junit", "markdown"]
 * const isFormat = (value: string): value is ReportFormat => (reportFormats as readonly string[]).includes(value);
 * ```
 */
export const reportFormats: readonly ReportFormat[] = Object.freeze(["pretty", "json", "sarif", "junit", "markdown"]);

/**
 * The language of the human-readable formats (reports always carry both).
 *
 * @example
 * ```ts
 * const locale: FormatLocale = navigator.language.startsWith("zh") ? "zh" : "en";
 * formatReport(report, "markdown", { locale });
 * ```
 */
export type FormatLocale = "en" | "zh";

/**
 * Options of {@link formatReport} and {@link formatReports}.
 *
 * @example
 * ```ts
 * const options: FormatOptions = { locale: "zh", onlyFailing: true, artifactUri: "compliance/subject.yaml", rules: [myRule] };
 * formatReport(report, "sarif", options);
 * ```
 */
export interface FormatOptions {
  /** The language of messages and labels. Default `en`. `json` is unaffected (it carries both). */
  locale?: FormatLocale;
  /** ANSI colours in `pretty`. Default `false`; the CLI turns it on only on a terminal without `NO_COLOR`. */
  color?: boolean;
  /**
   * The subject file, as SARIF's `artifactLocation.uri` (a path relative to the repository root, `/`
   * separators) and as the heading of the other formats. Default for SARIF: `subject.json`.
   */
  artifactUri?: string;
  /**
   * Finds a subject path in the subject file, so SARIF can point at the evidence's line and column.
   * The CLI builds one from the file's JSON or YAML text; without it, results point at line 1.
   */
  locate?: Locator;
  /**
   * Only failing findings (violations and risks at `error` severity, rule errors) are listed; the
   * summary still counts every finding. Default `false`.
   */
  onlyFailing?: boolean;
  /**
   * Rules to describe in SARIF's `tool.driver.rules` besides the built-in ones (your own rules, made
   * with `defineRule`). A rule that ran and is in neither is described from its findings' titles.
   */
  rules?: readonly Rule[];
  /**
   * The base of each SARIF rule's `helpUri`: the rule's page is `<base>docs/rules/<instrument>/<name>.md`.
   * Default: the published package's files on unpkg for this version (see docs/cli.md).
   */
  helpBaseUri?: string;
}

/**
 * One subject's report, with its file, for {@link formatReports}.
 *
 * @example
 * ```ts
 * const entries: FormatEntry[] = files.map((file) => ({ report: checkCompliance(load(file)), artifactUri: file }));
 * formatReports(entries, "junit");
 * ```
 */
export interface FormatEntry {
  /** The subject's report. */
  report: ComplianceReport;
  /** See {@link FormatOptions.artifactUri}. */
  artifactUri?: string;
  /** See {@link FormatOptions.locate}. */
  locate?: Locator;
}

/**
 * Options shared by every entry of {@link formatReports}.
 *
 * @example
 * ```ts
 * const options: FormatManyOptions = { locale: "en", onlyFailing: true };
 * formatReports(entries, "markdown", options);
 * ```
 */
export type FormatManyOptions = Omit<FormatOptions, "artifactUri" | "locate">;

/**
 * A region of a text file, 1-based; `endColumn` is the column after the region's last character (SARIF).
 *
 * @example
 * ```ts
 * // line 4 is `    "startDate": "2019-09-26",`; the region of the key and its value:
 * const region: SourceRegion = { startLine: 4, startColumn: 5, endLine: 4, endColumn: 30 };
 * ```
 */
export interface SourceRegion {
  /** The line the region starts on. */
  startLine: number;
  /** The column of its first character. */
  startColumn: number;
  /** The line it ends on. */
  endLine: number;
  /** The column after its last character. */
  endColumn: number;
}

/**
 * Where a path was found: the region, and how many of its segments were found (a parent, when short of the whole path).
 *
 * @example
 * ```ts
 * // ["service", "startDate"] asked for, only "service" is in the file: its region, depth 1
 * const located: Located = { region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 12 }, depth: 1 };
 * ```
 */
export interface Located {
  /** The region of the deepest part of the path that is in the file. */
  region: SourceRegion;
  /** How many of the path's segments were found; the path's length when all were. */
  depth: number;
}

/**
 * Finds a subject path in a subject file: the region of the deepest part of the path that is there.
 *
 * @example
 * ```ts
 * // A toy locator that knows one line per top-level field; the CLI's reads the JSON or YAML text.
 * const lines = new Map([["service", 2], ["filing", 9]]);
 * const locate: Locator = (path) => {
 *   const line = lines.get(String(path[0]));
 *   return line === undefined ? undefined : { region: { startLine: line, startColumn: 3, endLine: line, endColumn: 3 + String(path[0]).length + 2 }, depth: 1 };
 * };
 * formatReport(report, "sarif", { artifactUri: "subject.json", locate });
 * ```
 */
export type Locator = (path: Path) => Located | undefined;
