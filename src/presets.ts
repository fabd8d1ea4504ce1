import { cac2019Rules } from "../rules/cac-2019/index.js";
import { ico2017Rules } from "../rules/ico-2017/index.js";
import { pboc2013Rules } from "../rules/pboc-2013/index.js";
import { pboc2021Rules } from "../rules/pboc-2021/index.js";
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
export const rules: readonly Rule[] = Object.freeze([...cac2019Rules, ...ico2017Rules, ...pboc2013Rules, ...pboc2021Rules]);

/**
 * The names of the built-in presets.
 *
 * @example
 * ```ts
 * const preset: PresetName = "pboc-2021";
 * checkCompliance(subject, { preset });
 * ```
 */
export type PresetName = "recommended" | "all" | "cac-2019" | "ico-2017" | "pboc-2013" | "pboc-2021";

/**
 * Named rule sets, like a linter's shareable configs: `recommended` (the seed's instruments: the CAC 2019
 * Provisions and the 2017 ICO Announcement), `all` (every built-in rule), and one per instrument pack.
 * The PBOC 2013 and 2021 notices are opt-in packs (`pboc-2013`, `pboc-2021`), in `all` but not in `recommended`.
 *
 * @example
 * ```ts
 * import { presets, checkCompliance } from "cn-blockchain-compliance";
 * presets["cac-2019"].length;
 * checkCompliance(subject, { preset: "cac-2019" });
 * ```
 */
export const presets: Readonly<Record<PresetName, readonly Rule[]>> = Object.freeze({
  recommended: Object.freeze([...cac2019Rules, ...ico2017Rules]),
  all: rules,
  "cac-2019": cac2019Rules,
  "ico-2017": ico2017Rules,
  "pboc-2013": pboc2013Rules,
  "pboc-2021": pboc2021Rules,
});
