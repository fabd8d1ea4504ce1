/**
 * The package's name and version, as reports name the tool. Kept equal to package.json by a test.
 *
 * @example
 * ```ts
 * import { TOOL } from "cn-blockchain-compliance";
 * console.log(`${TOOL.name} ${TOOL.version}`); // "cn-blockchain-compliance 0.1.0"
 * ```
 */
export const TOOL = {
  /** The npm package name. */
  name: "cn-blockchain-compliance",
  /** The package version, as in package.json. */
  version: "0.1.0"
} as const;
