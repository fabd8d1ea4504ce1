import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { subjectReference } from "../../scripts/docs/subject-reference.js";

const page = new URL("../../docs/subject.md", import.meta.url);

describe("docs/subject.md", () => {
  it("is up to date with the subject schema", () => {
    const expected = subjectReference();
    if (process.env.UPDATE_DOCS) writeFileSync(page, expected);
    expect(readFileSync(page, "utf8")).toBe(expected);
  });
});
