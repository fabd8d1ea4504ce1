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
 *
 * @example
 * ```ts
 * const toFix = report.findings.filter((finding) => finding.status === "violation" || finding.status === "risk");
 * report.summary.byStatus["needs-info"]; // how many findings wait for a fact
 * ```
 */
export type Status = "violation" | "risk" | "needs-info" | "pass" | "not-applicable" | "error" | "waived";

/**
 * A documented, approved exception: findings of `rule` (for the subject named `subject`, or any
 * subject) that are violations or risks become `waived` until `expires`. An expired waiver waives
 * nothing, and the finding says it expired.
 *
 * @example
 * ```ts
 * const waiver: Waiver = {
 *   rule: "cac-2019/filing-deadline",
 *   subject: "Acme Chain",
 *   justification: "Filed late in 2019; the CAC accepted the filing. Ticket LEGAL-42.",
 *   approvedBy: "Head of Compliance",
 *   expires: "2020-12-31",
 * };
 * checkCompliance(subject, { waivers: [waiver] });
 * ```
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

/**
 * A waiver as a finding carries it.
 *
 * @example
 * ```ts
 * for (const finding of report.findings) {
 *   if (finding.waiver?.expired) console.warn(`${finding.ruleId}: the waiver expired on ${finding.waiver.expires}`);
 * }
 * ```
 */
export interface AppliedWaiver extends Waiver {
  /** The status the finding would have without the waiver. */
  originalStatus: "violation" | "risk";
  /** `true` when the waiver had expired on `asOf` and so did not apply. */
  expired: boolean;
}

/**
 * How much a finding matters: `error` findings fail a check, `warn` findings are reported only.
 *
 * @example
 * ```ts
 * const warnings = report.findings.filter((finding) => finding.severity === "warn");
 * ```
 */
export type Severity = "error" | "warn";

/**
 * A rule's level in the options, like a linter's: `off` does not run it.
 *
 * @example
 * ```ts
 * checkCompliance(subject, { rules: { "cac-2019/filing-deadline": "warn", "cac-2019/record-retention": "off" } });
 * ```
 */
export type RuleLevel = "off" | Severity;

/**
 * A path into the subject, e.g. `["service", "channels", 0, "address"]`.
 *
 * @example
 * ```ts
 * const START: Path = ["service", "startDate"];
 * formatPath(START); // "service.startDate"
 * ```
 */
export type Path = readonly (string | number)[];

/**
 * Values a message may interpolate.
 *
 * @example
 * ```ts
 * const data: MessageData = { due: "2019-10-15", late: 2, filed: null };
 * ctx.violation("filedLate", { data }); // fills "{due}", "{late}" and "{filed}" in the message
 * ```
 */
export type MessageData = Readonly<Record<string, string | number | boolean | null>>;

/**
 * One fact a finding rests on: where it is in the subject and its value (`undefined` values are omitted).
 *
 * @example
 * ```ts
 * for (const { field, value } of finding.evidence) console.log(`${field} = ${JSON.stringify(value)}`);
 * // service.startDate = "2019-09-26"
 * ```
 */
export interface Evidence {
  /** The path as an array. */
  path: (string | number)[];
  /** The same path as text, e.g. `service.channels[0].address`. */
  field: string;
  /** The subject's value at the path; absent when the subject has none there. */
  value?: unknown;
}

/**
 * What a rule returns for one finding, before the engine renders it. Build it with the context's helpers.
 *
 * @example
 * ```ts
 * evaluate(subject, ctx) {
 *   const outcome: Outcome = ctx.pass("ok", { evidence: [["filing", "filed"]] });
 *   return outcome;
 * }
 * ```
 */
export interface Outcome {
  /** What the finding will say; `error` and `waived` are set by the engine, never by a rule. */
  status: Exclude<Status, "error" | "waived">;
  /** The key of the message in the rule's `messages`; it becomes the finding's `messageId`. */
  messageId: string;
  /** The message template in both languages; `{name}` is replaced by `data.name`. */
  template: Bilingual;
  /** The values the template's placeholders are filled with. */
  data: MessageData;
  /** Subject paths the finding rests on; the engine reads their values into the finding's `evidence`. */
  evidence: Path[];
  /** Subject paths of the facts that are missing (`needs-info`); they become the report's questions. */
  missing: Path[];
  /** The deadline the finding is about, computed with the context's `deadline`. */
  deadline?: DeadlineBlock;
  /** How the law was read where it is ambiguous; carried by risks. */
  interpretation?: Bilingual;
  /** Narrows the rule's citations for this finding (a subset of the rule's `cites`). */
  cites?: Citation[];
}

/**
 * Options of an outcome.
 *
 * @example
 * ```ts
 * const options: OutcomeOptions = {
 *   data: { where: "https://example.com/complaints" },
 *   evidence: [["supervision", "complaintEntryLocation"]],
 *   cites: [{ instrument: "cac-2019", article: 18 }],
 * };
 * return ctx.pass("ok", options);
 * ```
 */
export interface OutcomeOptions {
  /** The values of the message's placeholders. */
  data?: MessageData;
  /** Subject paths the finding rests on. */
  evidence?: Path[];
  /** The deadline the finding is about (from the context's `deadline`), shown with the finding. */
  deadline?: DeadlineBlock;
  /** Only these of the rule's citations apply to this finding. */
  cites?: Citation[];
}

/**
 * The scope decision shared by the rules of a pack.
 *
 * @example
 * ```ts
 * const NOT_BLOCKCHAIN = { en: "Not a blockchain service.", zh: "不是区块链服务。" };
 * const acmeScope = (subject: Subject): ScopeResult =>
 *   subject.service?.usesBlockchain === false
 *     ? { applies: false, outcome: makeOutcome("not-applicable", "scope-not-blockchain", NOT_BLOCKCHAIN) }
 *     : { applies: true };
 * ```
 */
export type ScopeResult =
  | {
      /** The rules of the pack run. */
      applies: true;
      /** Set when it is not settled that the law reaches the subject: the rules' violations become risks. */
      uncertainty?: {
        /** How the rule read the unsettled point, added to each risk. */
        interpretation: Bilingual;
        /** The facts that raise the doubt, added to each risk's evidence. */
        evidence: Path[];
      };
    }
  | {
      /** The rules of the pack do not run. */
      applies: false;
      /** The finding each rule of the pack gives instead: `not-applicable` or `needs-info`. */
      outcome: Outcome;
    };

/**
 * What a rule's `evaluate` receives besides the subject.
 *
 * @example
 * ```ts
 * evaluate(subject, ctx) {
 *   const start = subject.service?.startDate;
 *   if (start === undefined) return ctx.needsInfo([["service", "startDate"]]);
 *   const deadline = ctx.deadline({ start, workingDays: 10, direction: "after", actual: subject.filing?.filedDate ?? null });
 *   return deadline.status === "met" ? ctx.pass("inTime", { deadline }) : ctx.violation("late", { deadline });
 * }
 * ```
 */
export interface RuleContext<M extends string = string> {
  /** The date the check is made as of, `YYYY-MM-DD` in Beijing time. */
  readonly asOf: string;
  /** The statutory working-day calendar (official data, user-supplied years, provisional years). */
  readonly calendar: Calendar;
  /** The facts meet the obligation. */
  pass(messageId: M, options?: OutcomeOptions): Outcome;
  /** A fact breaks the obligation. */
  violation(messageId: M, options?: OutcomeOptions): Outcome;
  /** A likely breach, or a point where the law is ambiguous: `interpretation` says how the rule read it. */
  risk(messageId: M, interpretation: M, options?: OutcomeOptions): Outcome;
  /** The rule does not apply to this subject; the message says why. */
  notApplicable(messageId: M, options?: OutcomeOptions): Outcome;
  /** Facts are missing: name each by its path. Without `messageId`, a standard message lists them. */
  needsInfo(missing: Path[], messageId?: M, options?: OutcomeOptions): Outcome;
  /** A deadline counted in statutory working days as of `asOf`. */
  deadline(args: { start: string; workingDays: number; direction: "after" | "before"; actual?: string | null }): DeadlineBlock;
}

/**
 * The definition of a rule, as given to {@link defineRule}.
 *
 * @example
 * ```ts
 * const definition: RuleDefinition<"filed" | "notFiled"> = {
 *   id: "acme/filed",
 *   title: { en: "Filed", zh: "已备案" },
 *   description: { en: "The service is filed.", zh: "服务已备案。" },
 *   cites: [{ instrument: "cac-2019", article: 11, paragraph: 1 }],
 *   messages: { filed: { en: "Filed.", zh: "已备案。" }, notFiled: { en: "Not filed.", zh: "未备案。" } },
 *   evaluate: (subject, ctx) => (subject.filing?.filed ? ctx.pass("filed") : ctx.violation("notFiled")),
 * };
 * const rule = defineRule(definition);
 * ```
 */
export interface RuleDefinition<M extends string = string> {
  /** Stable kebab-case id prefixed by its instrument (or your own namespace): `cac-2019/filing-deadline`. */
  id: string;
  /** A short name of the obligation, shown with every finding. */
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
  examples?: {
    /** The date both examples are checked as of, `YYYY-MM-DD`. */
    asOf: string;
    /** A subject the rule passes (see docs/subject.md for its fields). */
    pass?: SubjectInput;
    /** A subject the rule reports as a violation or risk. */
    fail?: SubjectInput;
  };
  /** Penalty ids to attach instead of those the corpus maps to the cited articles. */
  penalties?: string[];
}

/**
 * A rule, as {@link defineRule} returns it: frozen, with its citations resolved.
 *
 * @example
 * ```ts
 * const rule = rules.find((r) => r.id === "cac-2019/filing-deadline");
 * rule?.namespace;                 // "cac-2019"
 * rule?.citations[0]?.label.en;    // "CAC Blockchain Provisions (2019), Art. 11 ¶1"
 * rule?.penaltyProvisions[0]?.id;  // "cac-2019/art-22"
 * ```
 */
export interface Rule<M extends string = string> extends Readonly<Omit<RuleDefinition<M>, "defaultSeverity">> {
  /** The severity the rule runs at unless the options say otherwise. */
  readonly defaultSeverity: Severity;
  /** The instrument prefix of the id (`cac-2019`). */
  readonly namespace: string;
  /** The rule's `cites`, resolved against the corpus: labels, text and how sure it is. */
  readonly citations: readonly ResolvedCitation[];
  /** The penalty provisions its violations and risks carry. */
  readonly penaltyProvisions: readonly ResolvedPenalty[];
}

/**
 * A finding: what one rule says about the subject.
 *
 * @example
 * ```ts
 * for (const finding of report.findings) {
 *   if (finding.status !== "violation") continue;
 *   console.log(`${finding.ruleId}: ${finding.message.en}`);
 *   for (const citation of finding.citations) console.log(`  ${citation.label.zh}: ${citation.text.zh ?? citation.text.en}`);
 * }
 * ```
 */
export interface Finding {
  /** The id of the rule that made it. */
  ruleId: string;
  /** The rule's title. */
  title: Bilingual;
  /** What the finding says about the subject. */
  status: Status;
  /** The severity the rule ran at; only `error` findings fail a check. */
  severity: Severity;
  /** Stable id of the message, for programs; `message` is it rendered in both languages. */
  messageId: string;
  /** The values filled into the message. */
  data: MessageData;
  /** The rendered message, for people. */
  message: Bilingual;
  /** The facts of the subject the finding rests on. */
  evidence: Evidence[];
  /** For `needs-info`: the missing facts' paths as text; see the report's `missingFacts` for the questions. */
  missingFacts: string[];
  /** The provisions the finding rests on, with their text. */
  citations: ResolvedCitation[];
  /** How an ambiguous point of law was read (risks). */
  interpretation?: Bilingual;
  /** The deadline the finding is about: start, due date, and whether it was met. */
  deadline?: DeadlineBlock;
  /** The penalty provisions for a violation or risk. */
  penalties?: ResolvedPenalty[];
  /** The waiver that covers (or, expired, no longer covers) this finding. */
  waiver?: AppliedWaiver;
}

/**
 * A question an onboarding flow should ask next.
 *
 * @example
 * ```ts
 * for (const fact of report.missingFacts) askUser(fact.field, fact.question.zh);
 * // "service.startDate", "该服务从哪一天开始提供？" (the schema's x-question for the field)
 * ```
 */
export interface MissingFact {
  /** The subject path, e.g. `service.startDate`. */
  field: string;
  /** The same path as an array, to set the answer in the subject. */
  path: (string | number)[];
  /** What to ask a person, in both languages (the schema's `x-question`). */
  question: Bilingual;
  /** The rules that need it. */
  neededBy: string[];
}

/**
 * The overall verdict.
 *
 * @example
 * ```ts
 * const verdict: Verdict = checkCompliance(subject).summary.verdict;
 * process.exitCode = verdict === "non-compliant" ? 1 : 0;
 * ```
 */
export type Verdict = "compliant" | "non-compliant" | "incomplete";

/**
 * Counts and the verdict.
 *
 * @example
 * ```ts
 * const { total, failing, byStatus, verdict } = report.summary;
 * console.log(`${verdict}: ${failing} failing of ${total}; ${byStatus["needs-info"]} need facts`);
 * ```
 */
export interface ReportSummary {
  /** The number of findings. */
  total: number;
  /** The number of findings of each status (every status is present, 0 when none). */
  byStatus: Record<Status, number>;
  /** Findings that fail a check: violations and risks at `error` severity, and rule errors. */
  failing: number;
  /**
   * `non-compliant` when any finding fails; otherwise `incomplete` when facts are missing
   * (`needs-info`) or a rule errored; otherwise `compliant`. Warnings never change the verdict.
   */
  verdict: Verdict;
}

/**
 * The result of a check. JSON-serialisable and deterministic.
 *
 * @example
 * ```ts
 * const report: ComplianceReport = checkCompliance(subject, { asOf: "2019-11-01" });
 * report.summary.verdict;
 * writeFileSync("report.json", JSON.stringify(report, null, 2)); // the same bytes on every run
 * ```
 */
export interface ComplianceReport {
  /** The report format's version; changes only with a breaking change of this shape. */
  reportVersion: 1;
  /** The library that made the report. */
  tool: {
    /** The package name, `cn-blockchain-compliance`. */
    name: string;
    /** The package version. */
    version: string;
  };
  /** The date the check was made as of, `YYYY-MM-DD` in Beijing time. */
  asOf: string;
  /** The subject's `name`, or `null` when it has none. */
  subjectName: string | null;
  /** The rule ids that ran, sorted. */
  rules: string[];
  /** Every finding, in rule id order. */
  findings: Finding[];
  /** Counts by status, and the verdict. */
  summary: ReportSummary;
  /** The facts the rules still need, each with the question to ask. */
  missingFacts: MissingFact[];
  /** Years of the working-day calendar that were provisional (no official notice) in any deadline. */
  provisionalCalendarYears: number[];
}
