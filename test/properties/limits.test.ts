/**
 * Hostile sizes: the limits of docs/limits.md. Lists hold at most 10,000 entries and texts are bounded,
 * so larger input is a clear InvalidSubjectError naming the field; input within the limits gives a
 * report in bounded time. The time guards are generous (the machine may be shared): they catch a
 * quadratic blow-up, not a slow day.
 */
import { describe, expect, it } from "vitest";
import { checkCompliance, InvalidSubjectError, type ComplianceReport } from "../../src/index.js";
import { MAX_ISSUES_LISTED } from "../../src/subject/parse.js";

const AS_OF = "2020-07-01";
const IN_SCOPE = { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true, startDate: "2019-09-26" };
const GUARD_MS = 10_000;

function invalid(subject: unknown): InvalidSubjectError {
  try {
    checkCompliance(subject, { asOf: AS_OF });
  } catch (error) {
    if (error instanceof InvalidSubjectError) return error;
    throw error;
  }
  throw new Error("expected an InvalidSubjectError, got a report");
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const change = (i: number, description?: string) => ({
  kind: "platform-address",
  ...(description ? { description } : {}),
  changedDate: "2019-10-08",
  filedDate: `2019-10-${10 + (i % 9)}`,
});
const feature = (i: number) => ({ name: `feature ${i}`, kind: "function", launchDate: "2020-05-11", securityAssessmentReportedDate: "2020-04-20" });

describe("lists: at most 10,000 entries", () => {
  it.each([
    ["changes", (n: number) => ({ service: IN_SCOPE, changes: Array.from({ length: n }, (_, i) => change(i)) })],
    ["newFeatures", (n: number) => ({ service: IN_SCOPE, newFeatures: Array.from({ length: n }, (_, i) => feature(i)) })],
    ["service.channels", (n: number) => ({ service: { ...IN_SCOPE, channels: Array.from({ length: n }, () => ({ type: "app" })) } })],
    ["service.roles", (n: number) => ({ service: { ...IN_SCOPE, roles: Array.from({ length: n }, () => "node") } })],
  ] as const)("10,001 %s: an InvalidSubjectError naming the list and the limit", (field, make) => {
    const error = invalid(make(10_001));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path.join(".")).toBe(field);
    expect(error.message).toContain(`${field}: Too big: expected array to have <=10000 items`);
  });

  it("10,000 changes (the limit): a report with a finding per change, in bounded time", () => {
    const subject = { service: IN_SCOPE, filing: { filed: true, filedDate: "2019-10-10" }, changes: Array.from({ length: 10_000 }, (_, i) => change(i)) };
    const { value: report, ms } = timed(() => checkCompliance(subject, { asOf: AS_OF }));
    expect(report.findings.filter((f) => f.ruleId === "cac-2019/change-filing")).toHaveLength(10_000);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it("10,000 new features (the limit): a report in bounded time", () => {
    const subject = { service: IN_SCOPE, newFeatures: Array.from({ length: 10_000 }, (_, i) => feature(i)) };
    const { value: report, ms } = timed(() => checkCompliance(subject, { asOf: AS_OF }));
    expect(report.findings.length).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it("5,000,000 entries: rejected on the length without reading each entry", () => {
    const { value: error, ms } = timed(() => invalid({ changes: new Array(5_000_000).fill(0) }));
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["changes"]);
    expect(ms).toBeLessThan(GUARD_MS);
  });
});

describe("texts: bounded, so a 1 MB string is a clear error", () => {
  const MB = "字".repeat(1_000_000);
  it.each([
    ["name", { name: MB }, 200],
    ["description", { description: MB }, 5_000],
    ["operator.name", { operator: { name: MB } }, 500],
    ["service.channels.0.address", { service: { channels: [{ type: "website", address: MB }] } }, 500],
    ["service.channels.0.displayedFilingNumber", { service: { channels: [{ type: "app", displayedFilingNumber: MB }] } }, 100],
    ["filing.number", { filing: { number: MB } }, 100],
    ["changes.0.description", { changes: [{ kind: "other", description: MB }] }, 2_000],
    ["newFeatures.0.name", { newFeatures: [{ name: MB }] }, 500],
    ["supervision.complaintEntryLocation", { supervision: { complaintEntryLocation: MB } }, 500],
  ] as const)("1 MB in %s: an InvalidSubjectError naming the field and its bound, without echoing the text", (field, subject, max) => {
    const error = invalid(subject);
    expect(error.issues.map((i) => i.path.join("."))).toEqual([field]);
    expect(error.issues[0]!.message).toBe(`Too big: expected string to have <=${max} characters`);
    expect(error.message.length).toBeLessThan(1_000);
  });

  it("a text at its bound is accepted", () => {
    expect(() => checkCompliance({ description: "x".repeat(5_000), name: "n".repeat(200) }, { asOf: AS_OF })).not.toThrow();
  });
});

describe("10 MB subjects", () => {
  it("10 MB within the limits (10,000 changes with 1,000-character descriptions): a report in bounded time", () => {
    const subject = { service: IN_SCOPE, changes: Array.from({ length: 10_000 }, (_, i) => change(i, "变".repeat(1_000))) };
    expect(JSON.stringify(subject).length).toBeGreaterThan(10_000_000);
    const { value: report, ms } = timed(() => checkCompliance(subject, { asOf: AS_OF }));
    expect(report.summary.total).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it("10 MB in one text field: a one-line error", () => {
    const error = invalid({ description: "x".repeat(10_000_000) });
    expect(error.issues.map((i) => i.path.join("."))).toEqual(["description"]);
    expect(error.message.length).toBeLessThan(1_000);
  });

  it("10 MB of unknown keys (a million of them): a bounded error, built in bounded time", () => {
    const subject: Record<string, number> = {};
    for (let i = 0; i < 1_000_000; i += 1) subject[`k${i}`] = i;
    const { value: error, ms } = timed(() => invalid(subject));
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES_LISTED + 1);
    expect(error.issues[0]).toMatchObject({ path: ["k0"], message: expect.stringContaining('unknown field "k0"') });
    expect(error.issues.some((i) => i.message.startsWith("999980 more unknown fields"))).toBe(true);
    expect(error.message.length).toBeLessThan(100_000);
    expect(ms).toBeLessThan(GUARD_MS);
  });

  it("10,000 entries with 5 problems each: the first problems listed, the rest counted", () => {
    const changes = Array.from({ length: 10_000 }, () => ({ kind: "moved", a: 1, b: 2, c: 3, changedDate: "2019-02-30" }));
    const error = invalid({ changes });
    expect(error.issues).toHaveLength(MAX_ISSUES_LISTED + 1);
    expect(error.issues[0]!.path).toEqual(["changes", 0, "kind"]);
    expect(error.issues[MAX_ISSUES_LISTED]).toEqual({ path: [], message: `${50_000 - MAX_ISSUES_LISTED} more problems not listed (the first ${MAX_ISSUES_LISTED} are)` });
  });

  it("a 1 MB key name is shortened in the issue's message (its path keeps it whole)", () => {
    const key = "k".repeat(1_000_000);
    const error = invalid({ [key]: 1 });
    expect(error.issues[0]!.path).toEqual([key]);
    expect(error.issues[0]!.message.length).toBeLessThan(1_000);
  });
});

describe("deep nesting", () => {
  function nested(depth: number, shape: "object" | "array"): unknown {
    let value: unknown = 1;
    for (let i = 0; i < depth; i += 1) value = shape === "object" ? { x: value } : [value];
    return value;
  }

  it.each([
    ["an unknown key at the root", (deep: unknown) => ({ service: IN_SCOPE, extra: deep }), ["extra"]],
    ["an unknown key in a section", (deep: unknown) => ({ service: { ...IN_SCOPE, extra: deep } }), ["service", "extra"]],
    ["an unknown key in a list entry", (deep: unknown) => ({ changes: [{ kind: "other", extra: deep }] }), ["changes", 0, "extra"]],
  ] as const)("100,000 levels under %s: the unknown key named, no stack overflow", (_, make, path) => {
    for (const shape of ["object", "array"] as const) {
      const error = invalid(make(nested(100_000, shape)));
      expect(error.issues.map((i) => i.path)).toEqual([path]);
    }
  });

  it("100,000 levels in place of a fact or a list: a type error at that field", () => {
    expect(invalid({ service: { roles: nested(100_000, "object") } }).issues.map((i) => i.path.join("."))).toEqual(["service.roles"]);
    expect(invalid({ changes: nested(100_000, "array") }).issues.map((i) => i.path.join("."))).toEqual(["changes.0"]);
    expect(invalid({ records: { retention: nested(100_000, "object") } }).issues.map((i) => i.path.join("."))).toContain("records.retention.x");
  });
});

describe("a report's size follows the subject's", () => {
  it("one finding per change: 10 changes, 10 findings; 1,000 changes, 1,000", () => {
    const count = (n: number): number => {
      const report: ComplianceReport = checkCompliance({ service: IN_SCOPE, changes: Array.from({ length: n }, (_, i) => change(i)) }, { asOf: AS_OF });
      return report.findings.filter((f) => f.ruleId === "cac-2019/change-filing").length;
    };
    expect([count(10), count(1_000)]).toEqual([10, 1_000]);
  });
});
