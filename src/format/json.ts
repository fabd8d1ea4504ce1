import type { ComplianceReport } from "../engine/types.js";

/** The report as is: `JSON.stringify` with 2 spaces, keys in the report's order. Several reports: an array. */
export function formatJson(reports: readonly ComplianceReport[], single: boolean): string {
  return JSON.stringify(single ? reports[0] : reports, null, 2);
}
