import type { z } from "zod";
import { InvalidSubjectError, type ValidationIssue } from "../errors.js";
import { schemaNodeAt } from "./json-schema.js";
import { subjectSchema, type Subject } from "./schema.js";

type ZodIssue = z.core.$ZodIssue;

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment));
}

/** Turns zod's issues into ours: one issue per unknown key, each naming the fields that are allowed there. */
export function toValidationIssues(issues: readonly ZodIssue[]): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    const path = toPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      const allowed = Object.keys(schemaNodeAt(path)?.properties ?? {});
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"; expected one of: ${allowed.join(", ")}`,
      }));
    }
    return [{ path, message: issue.message }];
  });
}

/** The outcome of {@link safeParseSubject}. */
export type SubjectParseResult = { ok: true; subject: Subject } | { ok: false; error: InvalidSubjectError };

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
