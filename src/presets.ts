import { cac2019Rules } from "../rules/cac-2019/index.js";
import { ico2017Rules } from "../rules/ico-2017/index.js";
import type { Rule } from "./engine/types.js";

/**
 * Every built-in rule, sorted by id.
 *
 * @example
 * ```ts
 * import { rules } from "cn-blockchain-compliance";
 * rules.map((rule) => rule.id); // ["cac-2019/…", …, "ico-2017/…"]
 * ```
 */
export const rules: readonly Rule[] = Object.freeze([...cac2019Rules, ...ico2017Rules]);

/** The names of the built-in presets. */
export type PresetName = "recommended" | "all" | "cac-2019" | "ico-2017";

/**
 * Named rule sets, like a linter's shareable configs: `recommended` (what most services should run),
 * `all` (every built-in rule), and one per instrument pack.
 *
 * @example
 * ```ts
 * import { presets, checkCompliance } from "cn-blockchain-compliance";
 * presets["cac-2019"].length;
 * checkCompliance(subject, { preset: "cac-2019" });
 * ```
 */
export const presets: Readonly<Record<PresetName, readonly Rule[]>> = Object.freeze({
  recommended: rules,
  all: rules,
  "cac-2019": cac2019Rules,
  "ico-2017": ico2017Rules,
});
