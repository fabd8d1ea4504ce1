/**
 * cn-blockchain-compliance: China's blockchain and crypto-asset rules as code.
 *
 * Give {@link checkCompliance} a plain description of a service or project (a subject); it returns
 * findings, each citing the article and paragraph it comes from with the statute's words.
 *
 * @example
 * ```ts
 * import { checkCompliance } from "cn-blockchain-compliance";
 * const report = checkCompliance(subject, { asOf: "2019-10-20" });
 * report.findings; report.summary; report.missingFacts;
 * ```
 * @module
 */
export { checkCompliance, safeCheckCompliance, type CheckOptions, type SafeCheckResult } from "./check.js";
export { rules, presets, type PresetName } from "./presets.js";
export { defineRule, isRule } from "./engine/define-rule.js";
export { makeOutcome } from "./engine/outcome.js";
export type {
  AppliedWaiver,
  ComplianceReport,
  Evidence,
  Finding,
  MessageData,
  MissingFact,
  Outcome,
  OutcomeOptions,
  Path,
  ReportSummary,
  Rule,
  RuleContext,
  RuleDefinition,
  RuleLevel,
  ScopeResult,
  Severity,
  Status,
  Verdict,
  Waiver,
} from "./engine/types.js";
export {
  ComplianceError,
  InvalidOptionsError,
  InvalidRuleError,
  InvalidSubjectError,
  formatPath,
  type ValidationIssue,
} from "./errors.js";
export {
  instruments,
  penaltiesFor,
  penaltyById,
  resolveCitation,
  type Citation,
  type ResolvedCitation,
  type ResolvedPenalty,
} from "./corpus/index.js";
export type * from "./corpus/types.js";
export { parseSubject, safeParseSubject, type SubjectParseResult } from "./subject/parse.js";
export { subjectSchema, type Subject, type SubjectInput } from "./subject/schema.js";
export { subjectJsonSchema, type JsonSchemaNode } from "./subject/json-schema.js";
export * from "./calendar/index.js";
export { TOOL } from "./version.js";
export {
  cacFilingBatches,
  filingNumberPattern,
  provinceAbbreviations,
  observedFilingNumbers,
  type CacFilingBatch,
  type ProvinceAbbreviation,
} from "../seeds/cac-filing-batches.js";
export {
  formatReport,
  formatReports,
  reportFormats,
  type FormatEntry,
  type FormatLocale,
  type FormatManyOptions,
  type FormatOptions,
  type Located,
  type Locator,
  type ReportFormat,
  type SourceRegion,
} from "./format/index.js";
