import type { ComplianceReport, Rule } from "../engine/types.js";

/** The output formats of {@link formatReport}. */
export type ReportFormat = "json" | "pretty" | "sarif" | "junit" | "markdown";

/** The formats, in the order the CLI lists them. */
export const reportFormats: readonly ReportFormat[] = Object.freeze(["pretty", "json", "sarif", "junit", "markdown"]);

/** The language of the human-readable formats (reports always carry both). */
export type FormatLocale = "en" | "zh";

/** Options of {@link formatReport} and {@link formatReports}. */
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
  /** The subject file's text (JSON or YAML): SARIF locates each finding's evidence in it (line and column). */
  source?: string;
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

/** One subject's report, with its file, for {@link formatReports}. */
export interface FormatEntry {
  report: ComplianceReport;
  /** See {@link FormatOptions.artifactUri}. */
  artifactUri?: string;
  /** See {@link FormatOptions.source}. */
  source?: string;
}

/** Options shared by every entry of {@link formatReports}. */
export type FormatManyOptions = Omit<FormatOptions, "artifactUri" | "source">;
