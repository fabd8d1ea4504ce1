import { describe, expect, it } from "vitest";
import { InvalidSubjectError, parseSubject, safeParseSubject, subjectJsonSchema, type JsonSchemaNode } from "../../src/index.js";
import { deepFreeze } from "../helpers/deep-freeze.js";

function issuesOf(input: unknown) {
  const result = safeParseSubject(input);
  if (result.ok) throw new Error("expected the subject to be invalid");
  return result.error.issues;
}

describe("subject schema", () => {
  it("accepts an empty subject: every fact is optional", () => {
    expect(parseSubject({})).toEqual({});
  });

  it("accepts a full subject and returns a new object", () => {
    const input = deepFreeze({
      name: "Chain Explorer",
      operator: { name: "示例科技有限公司", registeredIn: "mainland", province: "beijing", institutionType: "none" },
      service: {
        usesBlockchain: true,
        offeredToPublic: true,
        providedFromMainland: true,
        servesMainlandUsers: true,
        roles: ["service-entity", "technical-support"],
        startDate: "2019-09-26",
        channels: [{ type: "website", address: "https://example.cn", filingNumberDisplayed: true }],
      },
      filing: { filed: true, filedDate: "2019-10-15", number: "京网信备11010519864491550014号" },
      changes: [{ kind: "platform-address", changedDate: "2020-03-02", filedDate: "2020-03-05" }],
      records: { userContentRecorded: true, logsRecorded: true, retention: { value: 6, unit: "months" } },
      token: { issuance: { issued: false }, trading: { operatesPlatform: false } },
    });
    const subject = parseSubject(input);
    expect(subject).toEqual(input);
    expect(subject).not.toBe(input);
  });

  it("normalises an instant with an offset to its Beijing calendar date", () => {
    expect(parseSubject({ service: { startDate: "2019-10-01T00:30:00+08:00" } }).service?.startDate).toBe("2019-10-01");
    expect(parseSubject({ service: { startDate: "2019-09-30T20:00:00-05:00" } }).service?.startDate).toBe("2019-10-01");
    expect(parseSubject({ service: { startDate: "2019-09-30T15:59:59Z" } }).service?.startDate).toBe("2019-09-30");
    expect(parseSubject({ service: { startDate: "2019-09-30T16:00:00Z" } }).service?.startDate).toBe("2019-10-01");
  });

  it("rejects impossible and malformed dates, naming the field", () => {
    for (const bad of ["2019-02-30", "2019-2-3", "2019-13-01", "yesterday", "2019-10-01T09:00:00"]) {
      const issues = issuesOf({ service: { startDate: bad } });
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual(["service", "startDate"]);
      expect(issues[0]!.message).toMatch(/YYYY-MM-DD/);
    }
  });

  it("reports every problem with its exact path", () => {
    const issues = issuesOf({
      operator: { registeredIn: "mars", province: 11 },
      service: { usesBlockchain: "yes", channels: [{ type: "website" }, { type: "fax" }] },
      records: { retention: { value: -1, unit: "weeks" } },
    });
    expect(issues.map((issue) => issue.path)).toEqual([
      ["operator", "registeredIn"],
      ["operator", "province"],
      ["service", "usesBlockchain"],
      ["service", "channels", 1, "type"],
      ["records", "retention", "value"],
      ["records", "retention", "unit"],
    ]);
    expect(issues[0]!.message).toContain('"mainland"');
  });

  it("names an unknown field and the fields allowed there", () => {
    const issues = issuesOf({ service: { usesBlockChain: true } });
    expect(issues).toEqual([
      { path: ["service", "usesBlockChain"], message: expect.stringContaining('unknown field "usesBlockChain"; expected one of: usesBlockchain,') },
    ]);
  });

  it("rejects non-objects with a root-level issue", () => {
    for (const bad of [null, undefined, "subject", 42, [], true]) {
      const issues = issuesOf(bad);
      expect(issues[0]!.path).toEqual([]);
      expect(issues[0]!.message).toMatch(/expected object/);
    }
  });

  it("rejects __proto__, constructor and prototype keys harmlessly", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "service": {"__proto__": {"x": 1}}}');
    const issues = issuesOf(hostile);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([["__proto__"], ["constructor"], ["service", "__proto__"]]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws InvalidSubjectError with a readable message", () => {
    expect(() => parseSubject({ filing: { filedDate: "2019-02-30" } })).toThrowError(InvalidSubjectError);
    try {
      parseSubject({ filing: { filedDate: "2019-02-30" } });
    } catch (error) {
      expect((error as Error).message).toContain("filing.filedDate: expected a calendar date YYYY-MM-DD");
    }
  });

  it("bounds list and text sizes with a clear error", () => {
    const issues = issuesOf({ changes: Array.from({ length: 10_001 }, () => ({ kind: "other" })) });
    expect(issues[0]!.path).toEqual(["changes"]);
    expect(issuesOf({ name: "x".repeat(201) })[0]!.path).toEqual(["name"]);
  });
});

describe("subject JSON Schema", () => {
  function walk(node: JsonSchemaNode, path: string[], visit: (node: JsonSchemaNode, path: string[]) => void) {
    visit(node, path);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key], visit);
    if (node.items) walk(node.items, [...path, "[]"], visit);
  }

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(subjectJsonSchema))).toEqual(subjectJsonSchema);
    expect(subjectJsonSchema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("describes every field, and gives every leaf fact a question in both languages", () => {
    const undocumented: string[] = [];
    const unasked: string[] = [];
    walk(subjectJsonSchema, [], (node, path) => {
      const isProperty = path.length > 0 && path[path.length - 1] !== "[]";
      if (isProperty && !node.description) undocumented.push(path.join("."));
      const isLeafFact = isProperty && !node.properties && path[path.length - 1] !== "type" && path[path.length - 1] !== "kind";
      const parentIsFact = path.includes("retention");
      if (isLeafFact && !parentIsFact && !(node["x-question"]?.en && node["x-question"]?.zh)) unasked.push(path.join("."));
    });
    expect(undocumented).toEqual([]);
    expect(unasked).toEqual([]);
  });
});
