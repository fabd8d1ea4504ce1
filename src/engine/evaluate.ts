import { computeDeadline, type Calendar, type DeadlineBlock } from "../calendar/index.js";
import { resolveCitation, type Bilingual, type Citation } from "../corpus/index.js";
import { formatPath } from "../errors.js";
import { schemaNodeAt } from "../subject/json-schema.js";
import type { Subject } from "../subject/schema.js";
import { makeOutcome } from "./outcome.js";
import { renderMessage } from "./render.js";
import type {
  ComplianceReport,
  Evidence,
  Finding,
  MissingFact,
  Outcome,
  Path,
  Rule,
  RuleContext,
  ScopeResult,
  Severity,
  Status,
  Waiver,
} from "./types.js";
import { applyWaivers } from "./waivers.js";

/** What the evaluator needs besides the subject and the rules. */
export interface EvaluationSettings {
  asOf: string;
  calendar: Calendar;
  /** The severity each rule runs at (rules set to `off` are not passed in at all). */
  severityOf: (rule: Rule) => Severity;
  /** Waivers to apply (already validated). */
  waivers: readonly Waiver[];
  tool: { name: string; version: string };
}

const ENGINE_MESSAGES = {
  notYetInForce: {
    en: "Not applicable as of {asOf}: the obligation is in force from {from}.",
    zh: "截至{asOf}不适用：该义务自{from}起施行。",
  },
  noLongerInForce: {
    en: "Not applicable as of {asOf}: the obligation ceased to apply after {until}.",
    zh: "截至{asOf}不适用：该义务已于{until}后不再适用。",
  },
  missingFacts: {
    en: "Cannot decide without these facts: {facts}.",
    zh: "缺少以下事实，无法判断：{facts}。",
  },
  ruleError: {
    en: "The rule failed while checking this subject: {error}. The other rules ran.",
    zh: "该规则在检查时出错：{error}。其他规则照常运行。",
  },
  noOutcome: {
    en: "The rule returned no finding.",
    zh: "该规则未返回任何结论。",
  },
} satisfies Record<string, Bilingual>;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STATUSES: Status[] = ["violation", "risk", "needs-info", "pass", "not-applicable", "error", "waived"];

function valueAt(subject: Subject, path: Path): unknown {
  let value: unknown = subject;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

function evidenceOf(subject: Subject, paths: Path[]): Evidence[] {
  return paths.map((path) => {
    const value = valueAt(subject, path);
    return { path: [...path], field: formatPath(path), ...(value !== undefined ? { value } : {}) };
  });
}

function context<M extends string>(rule: Rule<M>, settings: EvaluationSettings): RuleContext<M> {
  const template = (messageId: M): Bilingual => {
    const found = rule.messages[messageId];
    if (!found) throw new Error(`message "${messageId}" is not defined by the rule`);
    return found;
  };
  return {
    asOf: settings.asOf,
    calendar: settings.calendar,
    pass: (id, options) => makeOutcome("pass", id, template(id), options),
    violation: (id, options) => makeOutcome("violation", id, template(id), options),
    risk: (id, interpretation, options) =>
      makeOutcome("risk", id, template(id), { ...options, interpretation: template(interpretation) }),
    notApplicable: (id, options) => makeOutcome("not-applicable", id, template(id), options),
    needsInfo: (missing, id, options) =>
      id === undefined
        ? makeOutcome("needs-info", "missing-facts", ENGINE_MESSAGES.missingFacts, {
            ...options,
            missing,
            evidence: options?.evidence ?? [],
            data: { facts: missing.map(formatPath).join(", "), ...options?.data },
          })
        : makeOutcome("needs-info", id, template(id), { ...options, missing }),
    deadline: (args) => computeDeadline(settings.calendar, { ...args, asOf: settings.asOf }),
  };
}

function inForce(rule: Rule, asOf: string): Outcome | null {
  if (rule.appliesFrom && asOf < rule.appliesFrom) {
    return makeOutcome("not-applicable", "not-yet-in-force", ENGINE_MESSAGES.notYetInForce, {
      data: { asOf, from: rule.appliesFrom },
    });
  }
  if (rule.appliesUntil && asOf > rule.appliesUntil) {
    return makeOutcome("not-applicable", "no-longer-in-force", ENGINE_MESSAGES.noLongerInForce, {
      data: { asOf, until: rule.appliesUntil },
    });
  }
  return null;
}

function joinInterpretations(a: Bilingual | undefined, b: Bilingual): Bilingual {
  return a ? { en: `${a.en} ${b.en}`, zh: `${a.zh}${b.zh}` } : b;
}

/** Runs one rule; a rule that throws yields an `error` finding instead of crashing the check. */
/** Scope decisions of one check, by scope function: the rules of a pack share one, and it depends only on the subject and asOf. */
type ScopeCache = Map<NonNullable<Rule["scope"]>, ScopeResult>;

function scopeOf(rule: Rule, subject: Subject, ctx: RuleContext<string>, cache: ScopeCache): ScopeResult | undefined {
  if (!rule.scope) return undefined;
  let result = cache.get(rule.scope);
  if (!result) {
    result = rule.scope(subject, ctx);
    cache.set(rule.scope, result);
  }
  return result;
}

function runRule(rule: Rule, subject: Subject, settings: EvaluationSettings, scopes: ScopeCache): Outcome[] | Error {
  const notInForce = inForce(rule, settings.asOf);
  if (notInForce) return [notInForce];
  try {
    const ctx = context(rule, settings);
    const scope = scopeOf(rule, subject, ctx as RuleContext<string>, scopes);
    if (scope && !scope.applies) return [scope.outcome];
    const result = rule.evaluate(subject, ctx);
    const outcomes = Array.isArray(result) ? result : [result];
    if (outcomes.length === 0) return new Error(ENGINE_MESSAGES.noOutcome.en);
    const uncertainty = scope?.applies ? scope.uncertainty : undefined;
    if (!uncertainty) return outcomes;
    return outcomes.map((outcome) =>
      outcome.status === "violation"
        ? {
            ...outcome,
            status: "risk" as const,
            interpretation: joinInterpretations(outcome.interpretation, uncertainty.interpretation),
            evidence: [...outcome.evidence, ...uncertainty.evidence],
          }
        : outcome.status === "risk"
          ? { ...outcome, interpretation: joinInterpretations(outcome.interpretation, uncertainty.interpretation) }
          : outcome,
    );
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function sameProvision(a: Citation, b: { article: number; paragraph?: number }): boolean {
  return a.article === b.article && (a.paragraph === undefined || b.paragraph === undefined || a.paragraph === b.paragraph);
}

function toFinding(rule: Rule, outcome: Outcome, subject: Subject, severity: Severity): Finding {
  const cites = outcome.cites;
  const citations = cites ? cites.map(resolveCitation) : [...rule.citations];
  const penalties =
    outcome.status === "violation" || outcome.status === "risk"
      ? rule.penaltyProvisions.filter(
          (penalty) =>
            !cites ||
            penalty.appliesTo.some((target) =>
              cites.some((cited) => cited.instrument === penalty.instrument && sameProvision(cited, target)),
            ),
        )
      : [];
  return {
    ruleId: rule.id,
    title: rule.title,
    status: outcome.status,
    severity,
    messageId: outcome.messageId,
    data: { ...outcome.data },
    message: renderMessage(outcome.template, outcome.data),
    evidence: evidenceOf(subject, outcome.evidence),
    missingFacts: outcome.missing.map(formatPath),
    citations,
    ...(outcome.interpretation ? { interpretation: renderMessage(outcome.interpretation, outcome.data) } : {}),
    ...(outcome.deadline ? { deadline: outcome.deadline } : {}),
    ...(penalties.length > 0 ? { penalties } : {}),
  };
}

function errorFinding(rule: Rule, error: Error, severity: Severity): Finding {
  const data = { error: error.message };
  return {
    ruleId: rule.id,
    title: rule.title,
    status: "error",
    severity,
    messageId: "rule-error",
    data,
    message: renderMessage(ENGINE_MESSAGES.ruleError, data),
    evidence: [],
    missingFacts: [],
    citations: [...rule.citations],
  };
}

const GENERIC_QUESTION = (field: string): Bilingual => ({
  en: `Please provide ${field}.`,
  zh: `请提供 ${field}。`,
});

/** Questions by field: the same few dozen fields are asked for in check after check. */
const questions = new Map<string, Bilingual>();
const MAX_QUESTIONS_CACHED = 10_000;

function questionFor(field: string, path: Path): Bilingual {
  let question = questions.get(field);
  if (!question) {
    question = schemaNodeAt(path)?.["x-question"] ?? GENERIC_QUESTION(field);
    if (questions.size >= MAX_QUESTIONS_CACHED) questions.clear();
    questions.set(field, question);
  }
  return question;
}

function collectMissingFacts(findings: Finding[], pathsByField: Map<string, Path>): MissingFact[] {
  // Findings come sorted by rule id, so each field's rule list is built sorted, without duplicates.
  const neededBy = new Map<string, string[]>();
  for (const finding of findings) {
    for (const field of finding.missingFacts) {
      const rules = neededBy.get(field);
      if (!rules) neededBy.set(field, [finding.ruleId]);
      else if (rules[rules.length - 1] !== finding.ruleId) rules.push(finding.ruleId);
    }
  }
  return [...neededBy.keys()].sort(byCodeUnits).map((field) => {
    const path = pathsByField.get(field)!;
    return { field, path: [...path], question: { ...questionFor(field, path) }, neededBy: neededBy.get(field)! };
  });
}

function summarise(findings: Finding[]): ComplianceReport["summary"] {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let failing = 0;
  for (const finding of findings) {
    byStatus[finding.status] += 1;
    const fails =
      finding.status === "error" ||
      (finding.severity === "error" && (finding.status === "violation" || finding.status === "risk"));
    if (fails) failing += 1;
  }
  const verdict =
    failing > 0 ? "non-compliant" : byStatus["needs-info"] > 0 || byStatus.error > 0 ? "incomplete" : "compliant";
  return { total: findings.length, byStatus, failing, verdict };
}

/** The provisional calendar years a deadline's count ran through. */
function provisionalYearsOf(deadline: DeadlineBlock, calendar: Calendar): number[] {
  const dates = [deadline.start, deadline.due, deadline.actual ?? (deadline.status === "missed" ? deadline.asOf : deadline.due)].sort();
  return calendar.provisionalYears(dates[0]!, dates[dates.length - 1]!);
}


/**
 * Evaluates rules against a validated subject and assembles the report. Knows nothing of any
 * particular rule: selection, presets and options are decided by the caller.
 */
export function evaluateRules(subject: Subject, rules: readonly Rule[], settings: EvaluationSettings): ComplianceReport {
  const ordered = [...rules].sort((a, b) => byCodeUnits(a.id, b.id));
  const findings: Finding[] = [];
  const pathsByField = new Map<string, Path>();
  const provisionalYears = new Set<number>();
  const scopes: ScopeCache = new Map();
  for (const rule of ordered) {
    const severity = settings.severityOf(rule);
    const result = runRule(rule, subject, settings, scopes);
    if (result instanceof Error) {
      findings.push(errorFinding(rule, result, severity));
      continue;
    }
    for (const outcome of result) {
      for (const path of outcome.missing) pathsByField.set(formatPath(path), path);
      if (outcome.deadline?.provisional) {
        for (const year of provisionalYearsOf(outcome.deadline, settings.calendar)) provisionalYears.add(year);
      }
      findings.push(toFinding(rule, outcome, subject, severity));
    }
  }
  const subjectName = subject.name ?? null;
  const waived = applyWaivers(findings, settings.waivers, settings.asOf, subjectName);
  return {
    reportVersion: 1,
    tool: settings.tool,
    asOf: settings.asOf,
    subjectName,
    rules: ordered.map((rule) => rule.id),
    findings: waived,
    summary: summarise(waived),
    missingFacts: collectMissingFacts(waived, pathsByField),
    provisionalCalendarYears: [...provisionalYears].sort((a, b) => a - b),
  };
}
