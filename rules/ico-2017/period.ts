/**
 * When an activity (a token sale, a trading business, an institution's services) ran, relative to the
 * day a prohibition took effect. Shared by the ICO pack and the opt-in PBOC packs.
 */
import type { Path } from "../../src/engine/types.js";

/** Where an activity's period lies relative to a prohibition's first day. */
export type PeriodPosition =
  /** It starts after `asOf`: planned, not yet carried on. */
  | { kind: "not-started" }
  /** It stopped before the prohibition took effect. */
  | { kind: "stopped-before" }
  /** It was carried on on or after the prohibition's first day. */
  | { kind: "on-or-after" }
  /** The facts do not tell; `missing` names them. */
  | { kind: "unknown"; missing: Path[] };

/** The period facts of an activity and their paths. */
export interface PeriodFacts {
  start: string | undefined;
  end: string | undefined;
  /** Only for activities with an `ongoing` fact (the token sale). */
  ongoing?: boolean | undefined;
  paths: { start: Path; end: Path; ongoing?: Path };
  /**
   * What an absent end date means: `continuing` (the trading and service facts: "absent while it
   * continues") or `unknown` (the token sale: "absent while it is ongoing or unknown").
   */
  endAbsentMeans: "continuing" | "unknown";
}

/** Places an activity's period relative to `from` (the prohibition's first day) as of `asOf`. */
export function periodPosition(facts: PeriodFacts, from: string, asOf: string): PeriodPosition {
  const { start, end, ongoing, paths } = facts;
  if (start !== undefined && start > asOf) return { kind: "not-started" };
  if (ongoing === true) return { kind: "on-or-after" };
  if (end !== undefined) return end >= from ? { kind: "on-or-after" } : { kind: "stopped-before" };
  if (start !== undefined && start >= from) return { kind: "on-or-after" };
  if (facts.endAbsentMeans === "continuing") return { kind: "on-or-after" };
  // A sale with no end date whose start is before `from` (or unknown), not said to be ongoing.
  const missing: Path[] = [];
  if (start === undefined) missing.push(paths.start);
  missing.push(paths.end);
  if (ongoing === undefined && paths.ongoing) missing.push(paths.ongoing);
  return { kind: "unknown", missing };
}
