import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { subjectJsonSchema, subjectSchema } from "../../src/index.js";

const file = new URL("../../src/subject/subject.schema.json", import.meta.url);

describe("src/subject/subject.schema.json", () => {
  it("is the zod schema's JSON Schema, as generated now", () => {
    const expected = `${JSON.stringify(z.toJSONSchema(subjectSchema, { io: "input" }), null, 2)}\n`;
    if (process.env.UPDATE_DOCS) writeFileSync(file, expected);
    expect(readFileSync(file, "utf8")).toBe(expected);
    expect(subjectJsonSchema).toEqual(JSON.parse(expected));
  });
});
