import type { z } from "zod";
import { InvalidSubjectError, type ValidationIssue } from "../errors.js";
import { schemaNodeAt } from "./json-schema.js";
import { subjectSchema, type Subject } from "./schema.js";

type ZodIssue = z.core.$ZodIssue;

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

/**
 * At most this many issues are listed, and at most {@link MAX_UNKNOWN_KEYS_LISTED} unknown keys per
 * object: the error of a hostile input (a 10 MB object of a million unknown keys) stays small and fast
 * to build, instead of a million issues and a message of hundreds of megabytes. The rest are counted.
 */
export const MAX_ISSUES_LISTED = 100;
/** See {@link MAX_ISSUES_LISTED}. */
export const MAX_UNKNOWN_KEYS_LISTED = 20;
/** Keys longer than this are shortened in messages (the issue's path keeps the key as it is). */
const MAX_KEY_SHOWN = 100;

const shown = (key: string) => (key.length > MAX_KEY_SHOWN ? `${key.slice(0, MAX_KEY_SHOWN)}… (${key.length} characters)` : key);

/**
 * Turns zod's issues into ours: one issue per unknown key, each naming the fields that are allowed there
 * (by default the subject's; `fieldsAt` gives them for another schema, such as the options).
 */
export function toValidationIssues(
  issues: readonly ZodIssue[],
  fieldsAt: (path: (string | number)[]) => string[] = (path) => Object.keys(schemaNodeAt(path)?.properties ?? {}),
): ValidationIssue[] {
  const listed: ValidationIssue[] = [];
  let total = 0;
  const add = (issue: ValidationIssue) => {
    total += 1;
    if (listed.length < MAX_ISSUES_LISTED) listed.push(issue);
  };
  for (const issue of issues) {
    const path = toPath(issue.path);
    if (issue.code !== "unrecognized_keys") {
      add({ path, message: issue.message });
      continue;
    }
    const allowed = fieldsAt(path).join(", ");
    for (const key of issue.keys.slice(0, MAX_UNKNOWN_KEYS_LISTED)) {
      add({ path: [...path, key], message: `unknown field "${shown(key)}"; expected one of: ${allowed}` });
    }
    const more = issue.keys.length - MAX_UNKNOWN_KEYS_LISTED;
    if (more > 0) add({ path, message: `${more} more unknown fields (the first ${MAX_UNKNOWN_KEYS_LISTED} are listed); expected only: ${allowed}` });
  }
  if (total > listed.length) {
    listed.push({ path: [], message: `${total - listed.length} more problems not listed (the first ${MAX_ISSUES_LISTED} are)` });
  }
  return listed;
}

/**
 * The outcome of {@link safeParseSubject}: check `ok` to narrow it to the subject or the error.
 *
 * @example
 * ```ts
 * const result: SubjectParseResult = safeParseSubject(input);
 * const subject = result.ok ? result.subject : undefined;
 * ```
 */
export type SubjectParseResult =
  | {
      /** The input is a valid subject. */
      ok: true;
      /** The validated subject, dates normalised. */
      subject: Subject;
    }
  | {
      /** The input is not a valid subject. */
      ok: false;
      /** Every problem, with its path. */
      error: InvalidSubjectError;
    };

/**
 * Validates a subject without throwing. The input is never mutated; the result is a new object with
 * dates normalised to Beijing calendar dates.
 *
 * @example
 * ```ts
 * const result = safeParseSubject({ service: { startDate: "2019-02-30" } });
 * if (!result.ok) result.error.issues; // [{ path: ["service", "startDate"], message: "expected a calendar date …" }]
 * ```
 */
export function safeParseSubject(input: unknown): SubjectParseResult {
  let parsed: ReturnType<typeof subjectSchema.safeParse>;
  try {
    parsed = subjectSchema.safeParse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new InvalidSubjectError([{ path: [], message: `the subject could not be read as JSON data: ${reason}` }]) };
  }
  return parsed.success
    ? { ok: true, subject: parsed.data }
    : { ok: false, error: new InvalidSubjectError(toValidationIssues(parsed.error.issues)) };
}

/**
 * Validates a subject, throwing {@link InvalidSubjectError} with every problem's path and message.
 *
 * @example
 * ```ts
 * const subject = parseSubject({ service: { usesBlockchain: true, startDate: "2019-10-01T09:00:00+08:00" } });
 * subject.service?.startDate; // "2019-10-01"
 * ```
 */
export function parseSubject(input: unknown): Subject {
  const result = safeParseSubject(input);
  if (!result.ok) throw result.error;
  return result.subject;
}
