import { citationProblem, penaltiesFor, penaltyById, resolveCitation, type ResolvedPenalty } from "../corpus/index.js";
import { InvalidRuleError } from "../errors.js";
import type { Rule, RuleDefinition } from "./types.js";

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function uniquePenalties(penalties: ResolvedPenalty[]): ResolvedPenalty[] {
  const seen = new Set<string>();
  return penalties.filter((p) => !seen.has(p.id) && seen.add(p.id));
}

function penaltiesById(ids: string[], ruleId: string): ResolvedPenalty[] {
  return ids.map((penaltyId) => {
    const penalty = penaltyById(penaltyId);
    if (!penalty) throw new InvalidRuleError(`${ruleId}: penalty "${penaltyId}" is not in the corpus`);
    return penalty;
  });
}

/**
 * Defines a rule: checks its id, dates and messages, resolves its citations against the corpus
 * (throwing {@link InvalidRuleError} if one does not exist) and finds the penalty provisions that
 * cover what it cites. Built-in rules and your own are made the same way and mix freely.
 *
 * @example
 * ```ts
 * const complaintEmail = defineRule({
 *   id: "acme/complaint-email",
 *   title: { en: "Complaint e-mail address", zh: "投诉邮箱" },
 *   description: { en: "Our policy: the complaint entry is an e-mail address.", zh: "内部政策：投诉入口为邮箱。" },
 *   cites: [{ instrument: "cac-2019", article: 18 }],
 *   messages: {
 *     ok: { en: "Complaint entry: {where}.", zh: "投诉入口：{where}。" },
 *     notEmail: { en: "The complaint entry {where} is not an e-mail address.", zh: "投诉入口{where}不是邮箱。" },
 *   },
 *   evaluate(subject, ctx) {
 *     const where = subject.supervision?.complaintEntryLocation;
 *     if (where === undefined) return ctx.needsInfo([["supervision", "complaintEntryLocation"]]);
 *     const evidence = [["supervision", "complaintEntryLocation"]];
 *     return where.includes("@") ? ctx.pass("ok", { data: { where }, evidence }) : ctx.violation("notEmail", { data: { where }, evidence });
 *   },
 * });
 * checkCompliance(subject, { extraRules: [complaintEmail] });
 * ```
 */
export function defineRule<M extends string>(definition: RuleDefinition<M>): Rule<M> {
  const { id } = definition;
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    throw new InvalidRuleError(`rule id ${JSON.stringify(id)}: expected kebab-case "<namespace>/<name>", e.g. "cac-2019/filing-deadline"`);
  }
  for (const key of ["appliesFrom", "appliesUntil"] as const) {
    const value = definition[key];
    if (value !== undefined && !(DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
      throw new InvalidRuleError(`${id}: ${key} ${JSON.stringify(value)} is not a YYYY-MM-DD date`);
    }
  }
  if (definition.appliesFrom && definition.appliesUntil && definition.appliesUntil < definition.appliesFrom) {
    throw new InvalidRuleError(`${id}: appliesUntil is before appliesFrom`);
  }
  if (typeof definition.evaluate !== "function") throw new InvalidRuleError(`${id}: evaluate must be a function`);
  for (const citation of definition.cites) {
    const problem = citationProblem(citation);
    if (problem) throw new InvalidRuleError(`${id}: ${problem}`);
  }
  for (const [messageId, template] of Object.entries<{ en: string; zh: string }>(definition.messages)) {
    if (!template || typeof template.en !== "string" || typeof template.zh !== "string" || !template.en || !template.zh) {
      throw new InvalidRuleError(`${id}: message "${messageId}" needs non-empty en and zh texts`);
    }
  }
  const penaltyProvisions = definition.penalties
    ? penaltiesById(definition.penalties, id)
    : uniquePenalties(definition.cites.flatMap((citation) => penaltiesFor(citation)));
  return Object.freeze({
    ...definition,
    defaultSeverity: definition.defaultSeverity ?? "error",
    namespace: id.slice(0, id.indexOf("/")),
    citations: Object.freeze(definition.cites.map((citation) => resolveCitation(citation))),
    penaltyProvisions: Object.freeze(penaltyProvisions),
  });
}

/**
 * Whether a value looks like a rule made by {@link defineRule} (an id, an `evaluate` function and
 * resolved citations): for checking rules loaded from a plugin or a config file.
 *
 * @example
 * ```ts
 * const loaded: unknown = (await import("./my-rules.js")).default;
 * const extraRules = Array.isArray(loaded) ? loaded.filter(isRule) : [];
 * isRule({ id: "acme/x" }); // false
 * ```
 */
export function isRule(value: unknown): value is Rule {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Rule).id === "string" &&
    typeof (value as Rule).evaluate === "function" &&
    Array.isArray((value as Rule).citations)
  );
}
