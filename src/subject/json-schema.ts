import { z } from "zod";
import type { Bilingual } from "../corpus/types.js";
import { subjectSchema } from "./schema.js";

/**
 * The subject's JSON Schema (draft 2020-12), generated from the zod schema: the input contract for
 * forms and other languages. Every field has a `description`, and every fact an `x-question`
 * (`{ en, zh }`) to ask a person who has not given it yet.
 *
 * @example
 * ```ts
 * import { subjectJsonSchema } from "cn-blockchain-compliance";
 * subjectJsonSchema.properties.service.properties.startDate.description;
 * // "The date the service was first provided to users."
 * ```
 */
export const subjectJsonSchema = z.toJSONSchema(subjectSchema, { io: "input" }) as JsonSchemaNode & {
  properties: Record<string, JsonSchemaNode>;
};

/** A node of the generated JSON Schema, as far as the library reads it. */
export interface JsonSchemaNode {
  [keyword: string]: unknown;
  description?: string;
  "x-question"?: Bilingual;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
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
