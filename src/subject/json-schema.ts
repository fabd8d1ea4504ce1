import type { Bilingual } from "../corpus/types.js";
import generated from "./subject.schema.json" with { type: "json" };

/**
 * The subject's JSON Schema (draft 2020-12), generated from the zod schema: the input contract for
 * forms and other languages. Every field has a `description`, and every fact an `x-question`
 * (`{ en, zh }`) to ask a person who has not given it yet. It is generated ahead of time into
 * `subject.schema.json` (a test fails when it differs from `z.toJSONSchema` of the schema), so importing
 * the library does not build it, and the package ships it as `cn-blockchain-compliance/subject.schema.json`.
 *
 * @example
 * ```ts
 * import { subjectJsonSchema } from "cn-blockchain-compliance";
 * subjectJsonSchema.properties.service?.properties?.startDate?.description;
 * // "The date the service was first provided to users."
 * ```
 */
export const subjectJsonSchema = generated as unknown as JsonSchemaNode & {
  /** The subject's top-level fields: `name`, `operator`, `service`, `filing`, … */
  properties: Record<string, JsonSchemaNode>;
};

/**
 * A node of the generated JSON Schema, as far as the library reads it.
 *
 * @example
 * ```ts
 * const channels: JsonSchemaNode | undefined = subjectJsonSchema.properties.service?.properties?.channels;
 * channels?.["x-question"]?.zh; // "该服务通过哪些网站、应用程序、小程序或接口提供？"
 * Object.keys(channels?.items?.properties ?? {}); // ["type", "address", "filingNumberDisplayed", "displayedFilingNumber"]
 * ```
 */
export interface JsonSchemaNode {
  [keyword: string]: unknown;
  /** What the field is. */
  description?: string;
  /** What to ask a person who has not given this fact yet. */
  "x-question"?: Bilingual;
  /** The fields of an object. */
  properties?: Record<string, JsonSchemaNode>;
  /** The schema of a list's entries. */
  items?: JsonSchemaNode;
  /** Alternative forms of the value (a date or an instant). */
  anyOf?: JsonSchemaNode[];
}

function child(node: JsonSchemaNode | undefined, segment: string | number): JsonSchemaNode | undefined {
  if (!node) return undefined;
  if (typeof segment === "number") return node.items;
  return Object.hasOwn(node.properties ?? {}, segment) ? node.properties![segment] : undefined;
}

/** The schema node at a subject path, or `undefined` if the path is not in the schema. */
export function schemaNodeAt(path: readonly (string | number)[]): JsonSchemaNode | undefined {
  let node: JsonSchemaNode | undefined = subjectJsonSchema;
  for (const segment of path) node = child(node, segment);
  return node;
}
