import { subjectJsonSchema, type JsonSchemaNode } from "../../src/subject/json-schema.js";

function typeOf(node: JsonSchemaNode): string {
  if (Array.isArray(node.enum)) return (node.enum as unknown[]).map((v) => `\`${String(v)}\``).join(" \\| ");
  if (node.anyOf) return node.anyOf.some((n) => n.format === "date") ? "date (`YYYY-MM-DD` or instant with offset)" : "one of several";
  if (node.type === "array") return `list of ${node.items ? typeOf(node.items) : "values"}`;
  if (node.type === "object") return "object";
  return String(node.type ?? "any");
}

function rows(node: JsonSchemaNode, prefix: string, out: string[]): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const field = prefix ? `${prefix}.${key}` : key;
    const question = child["x-question"];
    const type = child.type === "array" && child.items?.properties ? "list of objects (below)" : typeOf(child);
    out.push(`| \`${field}\` | ${type} | ${child.description ?? ""} | ${question ? `${question.en}<br>${question.zh}` : ""} |`);
    if (child.properties) rows(child, field, out);
    if (child.type === "array" && child.items?.properties) rows(child.items, `${field}[]`, out);
  }
}

/** The subject reference page, generated from the JSON Schema (and so from the zod schema). */
export function subjectReference(): string {
  const table: string[] = [];
  rows(subjectJsonSchema, "", table);
  return [
    "# The subject, field by field",
    "",
    "<!-- Generated from the subject's zod schema by scripts/docs/subject-reference.ts; test/docs/subject-reference.test.ts fails when it is stale. Regenerate with UPDATE_DOCS=1 npx vitest run test/docs. -->",
    "",
    String(subjectJsonSchema.description ?? ""),
    "",
    "Every fact is optional: absent means unknown, and a rule that needs it answers `needs-info` with the question below.",
    "Dates are `YYYY-MM-DD` calendar dates in Beijing time, or instants with an offset (normalised to their Beijing date).",
    "Unknown fields are rejected, so a typo is reported rather than silently ignored. The machine-readable form is `subjectJsonSchema`.",
    "",
    "| field | type | what it is | question to ask |",
    "|---|---|---|---|",
    ...table,
    "",
  ].join("\n");
}
