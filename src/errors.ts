/**
 * The typed errors the library throws. Every error names the place of each problem (a path into
 * the input) and what was expected there.
 * @module
 */

/**
 * One problem in the input: where it is and what was expected.
 *
 * @example
 * ```ts
 * const result = safeParseSubject(input);
 * if (!result.ok) for (const issue of result.error.issues) markField(formatPath(issue.path), issue.message);
 * ```
 */
export interface ValidationIssue {
  /** The path to the offending value, e.g. `["service", "channels", 0, "address"]`; `[]` is the input itself. */
  path: (string | number)[];
  /** What is wrong and what was expected, in English. */
  message: string;
}

/**
 * Renders a path as `service.channels[0].address` (or `(root)` for the input itself). Built by
 * concatenation: it runs for every evidence path and missing fact of every finding.
 *
 * @example
 * ```ts
 * formatPath(["service", "channels", 0, "address"]); // "service.channels[0].address"
 * formatPath([]);                                     // "(root)"
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  const length = path.length;
  if (length === 0) return "(root)";
  let text = "";
  for (let i = 0; i < length; i += 1) {
    const segment = path[i]!;
    text += typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`;
  }
  return text;
}

function describeIssues(title: string, issues: readonly ValidationIssue[]): string {
  return [title, ...issues.map((issue) => `  - ${formatPath(issue.path)}: ${issue.message}`)].join("\n");
}

/**
 * The base class of every error this library throws on purpose: catch it to tell bad input
 * (subject, options, rule) from a bug.
 *
 * @example
 * ```ts
 * try {
 *   checkCompliance(subject, options);
 * } catch (error) {
 *   if (error instanceof ComplianceError) console.error(error.message); // the problems, one per line
 *   else throw error;
 * }
 * ```
 */
export class ComplianceError extends Error {
  /** The class name, so logs and `String(error)` say which error it is. */
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
  /** Always `"InvalidSubjectError"`. */
  override name = "InvalidSubjectError";
  /** Every problem found, each with its path into the subject. */
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
  /** Always `"InvalidOptionsError"`. */
  override name = "InvalidOptionsError";
  /** Every problem found, each with its path into the options. */
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
  /** Always `"InvalidRuleError"`. */
  override name = "InvalidRuleError";
}
