/**
 * The typed errors the library throws. Every error names the place of each problem (a path into
 * the input) and what was expected there.
 * @module
 */

/** One problem in the input: where it is and what was expected. */
export interface ValidationIssue {
  /** The path to the offending value, e.g. `["service", "channels", 0, "address"]`; `[]` is the input itself. */
  path: (string | number)[];
  /** What is wrong and what was expected, in English. */
  message: string;
}

/** Renders a path as `service.channels[0].address` (or `(root)` for the input itself). */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((segment, index) => (typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join("");
}

function describeIssues(title: string, issues: readonly ValidationIssue[]): string {
  return [title, ...issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`)].join("\n");
}

/** The base class of every error this library throws on purpose. */
export class ComplianceError extends Error {
  override name = "ComplianceError";
}

/**
 * The subject is not valid. `issues` lists every problem found, each with its path; `message`
 * is the same list as readable text.
 *
 * @example
 * ```ts
 * try {
 *   checkCompliance({ service: { startDate: "2019-02-30" } });
 * } catch (error) {
 *   if (error instanceof InvalidSubjectError) console.log(error.issues);
 *   // [{ path: ["service", "startDate"], message: "expected a calendar date YYYY-MM-DD …" }]
 * }
 * ```
 */
export class InvalidSubjectError extends ComplianceError {
  override name = "InvalidSubjectError";
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(describeIssues(`Invalid subject (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):`, issues));
    this.issues = issues;
  }
}

/**
 * The options passed to `checkCompliance` are not valid: an unknown preset or rule id, a bad
 * severity, an impossible `asOf`. Paths are relative to the options object.
 *
 * @example
 * ```ts
 * checkCompliance(subject, { rules: { "cac-2019/no-such-rule": "off" } });
 * // throws InvalidOptionsError: rules.cac-2019/no-such-rule: unknown rule id
 * ```
 */
export class InvalidOptionsError extends ComplianceError {
  override name = "InvalidOptionsError";
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(describeIssues(`Invalid options (${issues.length} ${issues.length === 1 ? "problem" : "problems"}):`, issues));
    this.issues = issues;
  }
}

/**
 * A rule definition is not valid: a bad id, a citation to an article or paragraph the corpus does
 * not have, a message id the rule does not define. Thrown by `defineRule`, so a typo fails when
 * the rule is defined, not when a user runs it.
 *
 * @example
 * ```ts
 * defineRule({ id: "acme/x", cites: [{ instrument: "cac-2019", article: 99 }], … });
 * // throws InvalidRuleError: acme/x: cites cac-2019 article 99, which the corpus does not have
 * ```
 */
export class InvalidRuleError extends ComplianceError {
  override name = "InvalidRuleError";
}
