import type { Calendar, DeadlineBlock } from "../calendar/index.js";
import type { Bilingual, Citation, ResolvedCitation, ResolvedPenalty } from "../corpus/index.js";
import type { Subject, SubjectInput } from "../subject/schema.js";

/**
 * What a finding says about the subject:
 * - `violation`: a fact breaks an obligation;
 * - `risk`: the facts likely break it, or the law is ambiguous on this point (the finding says how);
 * - `needs-info`: a fact the rule needs is missing (the finding names it);
 * - `pass`: the facts meet the obligation;
 * - `not-applicable`: the rule does not apply (out of scope, not in force on `asOf`, superseded), with the reason;
 * - `error`: the rule itself failed; the finding names it and the check goes on;
 * - `waived`: a violation or risk that a current waiver covers; the finding keeps its original status and the waiver.
 */
export type Status = "violation" | "risk" | "needs-info" | "pass" | "not-applicable" | "error" | "waived";

/**
 * A documented, approved exception: findings of `rule` (for the subject named `subject`, or any
 * subject) that are violations or risks become `waived` until `expires`. An expired waiver waives
 * nothing, and the finding says it expired.
 */
export interface Waiver {
  /** The rule id the waiver covers. */
  rule: string;
  /** The subject's `name` it covers; absent: every subject. */
  subject?: string;
  /** Why the exception is acceptable. Required. */
  justification: string;
  /** Who approved it. */
  approvedBy?: string;
  /** `YYYY-MM-DD`, the last day it holds. */
  expires?: string;
}

/** A waiver as a finding carries it. */
export interface AppliedWaiver extends Waiver {
  /** The status the finding would have without the waiver. */
  originalStatus: "violation" | "risk";
  /** `true` when the waiver had expired on `asOf` and so did not apply. */
  expired: boolean;
}

/** How much a finding matters: `error` findings fail a check, `warn` findings are reported only. */
export type Severity = "error" | "warn";

/** A rule's level in the options, like a linter's: `off` does not run it. */
export type RuleLevel = "off" | Severity;

/** A path into the subject, e.g. `["service", "channels", 0, "address"]`. */
export type Path = readonly (string | number)[];

/** Values a message may interpolate. */
export type MessageData = Readonly<Record<string, string | number | boolean | null>>;

/** One fact a finding rests on: where it is in the subject and its value (`undefined` values are omitted). */
export interface Evidence {
  /** The path as an array. */
  path: (string | number)[];
  /** The same path as text, e.g. `service.channels[0].address`. */
  field: string;
  value?: unknown;
}

/** What a rule returns for one finding, before the engine renders it. Build it with the context's helpers. */
export interface Outcome {
  status: Exclude<Status, "error" | "waived">;
  messageId: string;
  /** The message template in both languages; `{name}` is replaced by `data.name`. */
  template: Bilingual;
  data: MessageData;
  evidence: Path[];
  missing: Path[];
  deadline?: DeadlineBlock;
  /** How the law was read where it is ambiguous; carried by risks. */
  interpretation?: Bilingual;
  /** Narrows the rule's citations for this finding (a subset of the rule's `cites`). */
  cites?: Citation[];
}

/** Options of an outcome. */
export interface OutcomeOptions {
  data?: MessageData;
  /** Subject paths the finding rests on. */
  evidence?: Path[];
  deadline?: DeadlineBlock;
  /** Only these of the rule's citations apply to this finding. */
  cites?: Citation[];
}

/** The scope decision shared by the rules of a pack. */
export type ScopeResult =
  | { applies: true; uncertainty?: { interpretation: Bilingual; evidence: Path[] } }
  | { applies: false; outcome: Outcome };

/** What a rule's `evaluate` receives besides the subject. */
export interface RuleContext<M extends string = string> {
  /** The date the check is made as of, `YYYY-MM-DD` in Beijing time. */
  readonly asOf: string;
  /** The statutory working-day calendar (official data, user-supplied years, provisional years). */
  readonly calendar: Calendar;
  pass(messageId: M, options?: OutcomeOptions): Outcome;
  violation(messageId: M, options?: OutcomeOptions): Outcome;
  /** A likely breach, or a point where the law is ambiguous: `interpretation` says how the rule read it. */
  risk(messageId: M, interpretation: M, options?: OutcomeOptions): Outcome;
  notApplicable(messageId: M, options?: OutcomeOptions): Outcome;
  /** Facts are missing: name each by its path. Without `messageId`, a standard message lists them. */
  needsInfo(missing: Path[], messageId?: M, options?: OutcomeOptions): Outcome;
  /** A deadline counted in statutory working days as of `asOf`. */
  deadline(args: { start: string; workingDays: number; direction: "after" | "before"; actual?: string | null }): DeadlineBlock;
}

/** The definition of a rule, as given to {@link defineRule}. */
export interface RuleDefinition<M extends string = string> {
  /** Stable kebab-case id prefixed by its instrument (or your own namespace): `cac-2019/filing-deadline`. */
  id: string;
  title: Bilingual;
  /** What the rule checks, in a sentence or two. */
  description: Bilingual;
  /** The provisions the rule encodes; the engine resolves their text from the corpus. */
  cites: Citation[];
  /** `YYYY-MM-DD` from which the obligation is in force; before it, the rule is `not-applicable`. */
  appliesFrom?: string;
  /** `YYYY-MM-DD` after which the obligation no longer applies (repealed, superseded). */
  appliesUntil?: string;
  /** The severity unless the options say otherwise. Default `error`. */
  defaultSeverity?: Severity;
  /** The rule's messages, `{name}` placeholders filled from the outcome's data. */
  messages: Record<M, Bilingual>;
  /** The pack's shared scope decision, run before `evaluate`. */
  scope?: (subject: Subject, context: RuleContext<string>) => ScopeResult;
  /** The rule's logic: one outcome, or several (one per channel, per change …). */
  evaluate: (subject: Subject, context: RuleContext<M>) => Outcome | Outcome[];
  /** Example subjects for docs and tests: a passing and a failing one as of a date. */
  examples?: { asOf: string; pass?: SubjectInput; fail?: SubjectInput };
  /** Penalty ids to attach instead of those the corpus maps to the cited articles. */
  penalties?: string[];
}

/** A rule, as {@link defineRule} returns it: frozen, with its citations resolved. */
export interface Rule<M extends string = string> extends Readonly<Omit<RuleDefinition<M>, "defaultSeverity">> {
  readonly defaultSeverity: Severity;
  /** The instrument prefix of the id (`cac-2019`). */
  readonly namespace: string;
  readonly citations: readonly ResolvedCitation[];
  readonly penaltyProvisions: readonly ResolvedPenalty[];
}

/** A finding: what one rule says about the subject. */
export interface Finding {
  ruleId: string;
  title: Bilingual;
  status: Status;
  severity: Severity;
  /** Stable id of the message, for programs; `message` is it rendered in both languages. */
  messageId: string;
  data: MessageData;
  message: Bilingual;
  evidence: Evidence[];
  /** For `needs-info`: the missing facts' paths as text; see the report's `missingFacts` for the questions. */
  missingFacts: string[];
  citations: ResolvedCitation[];
  /** How an ambiguous point of law was read (risks). */
  interpretation?: Bilingual;
  deadline?: DeadlineBlock;
  /** The penalty provisions for a violation or risk. */
  penalties?: ResolvedPenalty[];
  /** The waiver that covers (or, expired, no longer covers) this finding. */
  waiver?: AppliedWaiver;
}

/** A question an onboarding flow should ask next. */
export interface MissingFact {
  /** The subject path, e.g. `service.startDate`. */
  field: string;
  path: (string | number)[];
  question: Bilingual;
  /** The rules that need it. */
  neededBy: string[];
}

/** The overall verdict. */
export type Verdict = "compliant" | "non-compliant" | "incomplete";

/** Counts and the verdict. */
export interface ReportSummary {
  total: number;
  byStatus: Record<Status, number>;
  /** Findings that fail a check: violations and risks at `error` severity, and rule errors. */
  failing: number;
  /**
   * `non-compliant` when any finding fails; otherwise `incomplete` when facts are missing
   * (`needs-info`) or a rule errored; otherwise `compliant`. Warnings never change the verdict.
   */
  verdict: Verdict;
}

/** The result of a check. JSON-serialisable and deterministic. */
export interface ComplianceReport {
  /** The report format's version; changes only with a breaking change of this shape. */
  reportVersion: 1;
  tool: { name: string; version: string };
  asOf: string;
  subjectName: string | null;
  /** The rule ids that ran, sorted. */
  rules: string[];
  findings: Finding[];
  summary: ReportSummary;
  missingFacts: MissingFact[];
  /** Years of the working-day calendar that were provisional (no official notice) in any deadline. */
  provisionalCalendarYears: number[];
}
