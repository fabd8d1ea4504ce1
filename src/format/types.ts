import type { ComplianceReport, Path, Rule } from "../engine/types.js";

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

/** One subject's report, with its file, for {@link formatReports}. */
export interface FormatEntry {
  report: ComplianceReport;
  /** See {@link FormatOptions.artifactUri}. */
  artifactUri?: string;
  /** See {@link FormatOptions.locate}. */
  locate?: Locator;
}

/** Options shared by every entry of {@link formatReports}. */
export type FormatManyOptions = Omit<FormatOptions, "artifactUri" | "locate">;

/** A region of a text file, 1-based; `endColumn` is the column after the region's last character (SARIF). */
export interface SourceRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Where a path was found: the region, and how many of its segments were found (a parent, when short of the whole path). */
export interface Located {
  region: SourceRegion;
  depth: number;
}

/** Finds a subject path in a subject file: the region of the deepest part of the path that is there. */
export type Locator = (path: Path) => Located | undefined;
