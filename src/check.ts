import { z } from "zod";
import { createCalendar, getDefaultCalendar, type CalendarYear } from "./calendar/index.js";
import { isRule } from "./engine/define-rule.js";
import { evaluateRules } from "./engine/evaluate.js";
import type { ComplianceReport, Rule, RuleLevel, Severity, Waiver } from "./engine/types.js";
import { InvalidOptionsError, InvalidSubjectError, type ValidationIssue } from "./errors.js";
import { presets, rules as builtInRules, type PresetName } from "./presets.js";
import { beijingToday, calendarDate } from "./subject/date.js";
import { safeParseSubject, toValidationIssues } from "./subject/parse.js";
import { TOOL } from "./version.js";

/**
 * Options of {@link checkCompliance}, like a linter's configuration.
 *
 * @example
 * ```ts
 * const options: CheckOptions = {
 *   asOf: "2019-11-01",
 *   preset: "all",
 *   rules: { "cac-2019/record-retention": "warn" },
 *   waivers: [{ rule: "cac-2019/filing-deadline", justification: "Accepted by the CAC; ticket LEGAL-42", expires: "2020-12-31" }],
 * };
 * checkCompliance(subject, options);
 * ```
 */
export interface CheckOptions {
  /** The date the check is made as of, `YYYY-MM-DD`. Default: today in Beijing. */
  asOf?: string;
  /** A named rule set. Default `recommended`. */
  preset?: PresetName;
  /** Your own rule set instead of a preset (built-in rules, your rules, or both). */
  ruleSet?: readonly Rule[];
  /** Rules to run in addition to the preset or rule set. */
  extraRules?: readonly Rule[];
  /**
   * Per-rule levels: `off` does not run the rule, `warn` reports without failing, `error` fails.
   * Naming a known rule that the preset leaves out turns it on. An unknown id is an error.
   */
  rules?: Readonly<Record<string, RuleLevel>>;
  /** Extra calendar years (a new State Council notice, before the library ships it). */
  calendar?: readonly CalendarYear[];
  /** Approved exceptions: see {@link Waiver}. A waiver naming an unknown rule is an error. */
  waivers?: readonly Waiver[];
}

const ruleValue = z.custom<Rule>(isRule, { error: "expected a rule made with defineRule" });

const optionsSchema = z.strictObject({
  asOf: calendarDate.optional(),
  preset: z.enum(Object.keys(presets) as [PresetName, ...PresetName[]]).optional(),
  ruleSet: z.array(ruleValue).optional(),
  extraRules: z.array(ruleValue).optional(),
  rules: z.record(z.string(), z.enum(["off", "warn", "error"])).optional(),
  calendar: z.array(z.unknown()).optional(),
  waivers: z
    .array(
      z.strictObject({
        rule: z.string().min(1),
        subject: z.string().min(1).optional(),
        justification: z.string().trim().min(1, { error: "a waiver needs a justification" }),
        approvedBy: z.string().min(1).optional(),
        expires: calendarDate.optional(),
      }),
    )
    .optional(),
});

const optionFieldsAt = (path: (string | number)[]): string[] =>
  path.length === 0 ? Object.keys(optionsSchema.shape) : path[0] === "waivers" && path.length === 2 ? Object.keys(optionsSchema.shape.waivers.unwrap().element.shape) : [];

interface Plan {
  asOf: string;
  rules: Rule[];
  severityOf: (rule: Rule) => Severity;
  calendar: ReturnType<typeof createCalendar>;
  waivers: Waiver[];
}

function plan(options: CheckOptions | undefined): Plan {
  const parsed = optionsSchema.safeParse(options ?? {});
  // Unknown option names are listed with the options' own fields (the default would be the subject's).
  if (!parsed.success) throw new InvalidOptionsError(toValidationIssues(parsed.error.issues, optionFieldsAt));
  const { asOf = beijingToday(), preset, ruleSet, extraRules = [], rules: levels = {}, calendar, waivers = [] } = parsed.data;
  const issues: ValidationIssue[] = [];
  if (preset && ruleSet) issues.push({ path: ["ruleSet"], message: "give either preset or ruleSet, not both" });

  const base = ruleSet ?? presets[preset ?? "recommended"];
  const known = new Map<string, Rule>();
  for (const rule of [...builtInRules, ...base, ...extraRules]) {
    const existing = known.get(rule.id);
    if (existing && existing !== rule) issues.push({ path: ["extraRules"], message: `two different rules share the id "${rule.id}"` });
    known.set(rule.id, rule);
  }
  const selected = new Map<string, Rule>([...base, ...extraRules].map((rule) => [rule.id, rule]));
  // zod's record drops a "__proto__" key (from JSON.parse) without checking it: report it, not ignore it.
  const rawLevels: unknown = options?.rules;
  if (rawLevels !== null && typeof rawLevels === "object" && Object.hasOwn(rawLevels, "__proto__")) {
    issues.push({ path: ["rules", "__proto__"], message: `unknown rule id; known ids: ${[...known.keys()].sort().join(", ")}` });
  }
  for (const [id, level] of Object.entries(levels)) {
    const rule = known.get(id);
    if (!rule) {
      issues.push({ path: ["rules", id], message: `unknown rule id; known ids: ${[...known.keys()].sort().join(", ")}` });
    } else if (level === "off") {
      selected.delete(id);
    } else {
      selected.set(id, rule);
    }
  }
  waivers.forEach((waiver, index) => {
    if (!known.has(waiver.rule)) issues.push({ path: ["waivers", index, "rule"], message: `unknown rule id "${waiver.rule}"` });
  });
  let workingCalendar = getDefaultCalendar();
  if (calendar) {
    try {
      workingCalendar = createCalendar(calendar as CalendarYear[]);
    } catch (error) {
      issues.push({ path: ["calendar"], message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (issues.length > 0) throw new InvalidOptionsError(issues);
  return {
    asOf,
    rules: [...selected.values()],
    severityOf: (rule) => {
      const level = levels[rule.id];
      return level === "warn" || level === "error" ? level : rule.defaultSeverity;
    },
    calendar: workingCalendar,
    waivers,
  };
}

/**
 * Checks a subject against the rules and returns the report: every rule that ran with its status,
 * the summary and verdict, and the questions to ask next. Synchronous and deterministic: the same
 * subject, options and `asOf` give the same report, byte for byte as JSON. The subject is never mutated.
 *
 * @throws {@link InvalidSubjectError} when the subject is not valid (every problem with its path).
 * @throws {@link InvalidOptionsError} when the options are not (an unknown preset or rule id, a bad `asOf`).
 *
 * @example
 * ```ts
 * import { checkCompliance } from "cn-blockchain-compliance";
 *
 * const report = checkCompliance(
 *   { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" },
 *     filing: { filed: true, filedDate: "2019-10-17" } },
 *   { asOf: "2019-11-01" },
 * );
 * report.summary.verdict; // "non-compliant": filed 2 working days after the 10-working-day deadline
 * report.missingFacts;    // the questions to ask next
 * ```
 */
export function checkCompliance(subject: unknown, options?: CheckOptions): ComplianceReport {
  const settings = plan(options);
  const parsed = safeParseSubject(subject);
  if (!parsed.ok) throw parsed.error;
  return evaluateRules(parsed.subject, settings.rules, {
    asOf: settings.asOf,
    calendar: settings.calendar,
    severityOf: settings.severityOf,
    waivers: settings.waivers,
    tool: { ...TOOL },
  });
}

/**
 * The outcome of {@link safeCheckCompliance}: check `ok` to narrow it to the report or the error.
 *
 * @example
 * ```ts
 * const result: SafeCheckResult = safeCheckCompliance(subject);
 * const verdict = result.ok ? result.report.summary.verdict : `invalid: ${result.error.issues.length} problems`;
 * ```
 */
export type SafeCheckResult =
  | {
      /** The input was valid. */
      ok: true;
      /** The report of the check. */
      report: ComplianceReport;
    }
  | {
      /** The subject or the options were not valid. */
      ok: false;
      /** What was wrong, with every problem's path. */
      error: InvalidSubjectError | InvalidOptionsError;
    };

/**
 * {@link checkCompliance} without throwing for bad input: returns the report, or the typed error.
 * Suited to forms that check on every keystroke.
 *
 * @example
 * ```ts
 * const result = safeCheckCompliance(formState, { asOf: "2019-10-20" });
 * if (result.ok) show(result.report.missingFacts);
 * else showErrors(result.error.issues);
 * ```
 */
export function safeCheckCompliance(subject: unknown, options?: CheckOptions): SafeCheckResult {
  try {
    return { ok: true, report: checkCompliance(subject, options) };
  } catch (error) {
    if (error instanceof InvalidSubjectError || error instanceof InvalidOptionsError) return { ok: false, error };
    throw error;
  }
}
