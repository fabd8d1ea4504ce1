/**
 * Property tests: whatever the input, checkCompliance returns a report or throws InvalidSubjectError,
 * never anything else; it is deterministic, never mutates its input, and hostile keys neither crash it
 * nor pollute Object.prototype.
 *
 * Budget: about 10,000 generated cases in this file in total, each property with a fixed numRuns and
 * bounded sizes, so the run time does not depend on the seed (a few seconds on a 2-core machine).
 */
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { checkCompliance, InvalidSubjectError, type ComplianceReport } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";
import { asOfArb, hostileValueArb, mutate, mutationArb, parsedJsonArb, validSubjectArb } from "./arbitraries.js";

const AS_OF = "2020-07-01";
const prototypeKeys = () => Reflect.ownKeys(Object.prototype).map(String).sort();
const PROTOTYPE_KEYS_BEFORE = prototypeKeys();

/** Runs a check; returns the report, or the InvalidSubjectError; any other exception fails the property. */
function checkOrInvalid(subject: unknown, asOf = AS_OF): ComplianceReport | InvalidSubjectError {
  try {
    return checkCompliance(subject, { asOf });
  } catch (error) {
    if (error instanceof InvalidSubjectError) {
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues) {
        expect(Array.isArray(issue.path)).toBe(true);
        expect(typeof issue.message).toBe("string");
        expect(issue.message.length).toBeGreaterThan(0);
      }
      return error;
    }
    throw new Error(`checkCompliance threw something other than InvalidSubjectError: ${String(error)}`, { cause: error });
  }
}

function expectNotPolluted(): void {
  expect(prototypeKeys()).toEqual(PROTOTYPE_KEYS_BEFORE);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

afterAll(() => expectNotPolluted());

/**
 * Whether the input is as it was: the same own keys (holes and `__proto__` data keys included) and
 * the same leaves. Unlike util.isDeepStrictEqual, an invalid Date equals its clone (NaN time).
 */
function unchanged(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return Object.is(a.getTime(), b.getTime());
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && unchanged((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]));
}

describe("any input gives a report or an InvalidSubjectError", () => {
  it("arbitrary values with hostile keys and non-JSON leaves (3,000 cases)", () => {
    fc.assert(
      fc.property(hostileValueArb, (value) => {
        const snapshot = structuredClone(value);
        const result = checkOrInvalid(value);
        // The input is left as it was.
        expect(unchanged(value, snapshot)).toBe(true);
        if (!(result instanceof InvalidSubjectError)) expect(result.reportVersion).toBe(1);
        expectNotPolluted();
      }),
      // A counterexample once found by a random run: an invalid Date inside the subject.
      { numRuns: 3_000, examples: [[{ service: new Date(Number.NaN) }], [{ filing: { filedDate: new Date(Number.NaN) } }]] },
    );
  });

  it("JSON text with __proto__, constructor and prototype keys, parsed as JSON.parse does (2,000 cases)", () => {
    fc.assert(
      fc.property(parsedJsonArb, (value) => {
        const frozen = deepFreeze(value);
        const snapshot = structuredClone(frozen);
        checkOrInvalid(frozen);
        expect(unchanged(frozen, snapshot)).toBe(true);
        expectNotPolluted();
      }),
      { numRuns: 2_000 },
    );
  });

  it("valid subjects with a field removed, mistyped, made huge, or an unknown key added (2,000 cases)", () => {
    fc.assert(
      fc.property(validSubjectArb, mutationArb, asOfArb, (subject, { pick, mutation }, asOf) => {
        const input = deepFreeze(mutate(subject, pick, mutation));
        const result = checkOrInvalid(input, asOf);
        // Removing a fact never makes a subject invalid, except a required key of a list entry or of a retention period.
        if (mutation.kind === "remove" && result instanceof InvalidSubjectError) {
          // (or the subject itself, when the path picked is the root).
          for (const issue of result.issues) {
            if (issue.path.length > 0) expect(["kind", "type", "value", "unit"]).toContain(issue.path[issue.path.length - 1]);
          }
        }
        if (mutation.kind === "unknown-key" && !(result instanceof InvalidSubjectError)) {
          throw new Error(`an unknown key "${mutation.key}" was accepted`);
        }
        expectNotPolluted();
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("the key names __proto__, constructor and prototype", () => {
  const hostile = [
    '{"__proto__": {"polluted": true}}',
    '{"service": {"__proto__": {"usesBlockchain": true}, "usesBlockchain": true}}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    '{"changes": [{"kind": "other", "__proto__": {"polluted": true}}]}',
    '{"records": {"retention": {"value": 6, "unit": "months", "constructor": {"prototype": {"polluted": true}}}}}',
    '{"token": {"issuance": {"prototype": 1}}}',
  ];
  it.each(hostile)("%s is an unknown field, reported with its path, and pollutes nothing", (text) => {
    const subject = deepFreeze(JSON.parse(text));
    const result = checkOrInvalid(subject);
    expect(result).toBeInstanceOf(InvalidSubjectError);
    const paths = (result as InvalidSubjectError).issues.map((issue) => issue.path.join("."));
    expect(paths.some((p) => /(__proto__|constructor|prototype)$/.test(p))).toBe(true);
    expectNotPolluted();
  });

  it("as rule ids in the options: an InvalidOptionsError, no pollution", () => {
    for (const key of ["__proto__", "constructor", "prototype", "toString"]) {
      const rules = JSON.parse(`{"${key}": "off"}`);
      expect(() => checkCompliance({}, { asOf: AS_OF, rules })).toThrow(/unknown rule id/);
    }
    expectNotPolluted();
  });

  it("an unknown option is reported with the options' fields, not the subject's", () => {
    expect(() => checkCompliance({}, { asOf: AS_OF, colour: 1 } as never)).toThrow(
      'colour: unknown field "colour"; expected one of: asOf, preset, ruleSet, extraRules, rules, calendar, waivers',
    );
  });

  it("a null-prototype subject is read like a plain one", () => {
    const plain = { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true } };
    const bare = Object.assign(Object.create(null), { service: Object.assign(Object.create(null), plain.service) });
    expect(JSON.stringify(checkCompliance(bare, { asOf: AS_OF }))).toBe(JSON.stringify(checkCompliance(plain, { asOf: AS_OF })));
  });

  it("getters that throw and proxies that refuse to list their keys are invalid subjects, not crashes", () => {
    const throwing = Object.defineProperty({}, "service", { enumerable: true, get: () => { throw new Error("boom"); } });
    expect(checkOrInvalid(throwing)).toBeInstanceOf(InvalidSubjectError);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error("no keys"); } });
    expect(checkOrInvalid(proxy)).toBeInstanceOf(InvalidSubjectError);
  });
});
