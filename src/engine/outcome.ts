import type { Bilingual } from "../corpus/types.js";
import type { Outcome, OutcomeOptions, Path, Status } from "./types.js";

/**
 * Builds an outcome from a message template. Rules use the context's helpers (`ctx.pass`, …);
 * this is for code shared by the rules of a pack, such as a scope decision, which has its own messages.
 */
export function makeOutcome(
  status: Exclude<Status, "error" | "waived">,
  messageId: string,
  template: Bilingual,
  options: OutcomeOptions & { missing?: Path[]; interpretation?: Bilingual } = {},
): Outcome {
  return {
    status,
    messageId,
    template,
    data: options.data ?? {},
    evidence: options.evidence ?? [],
    missing: options.missing ?? [],
    ...(options.deadline ? { deadline: options.deadline } : {}),
    ...(options.interpretation ? { interpretation: options.interpretation } : {}),
    ...(options.cites ? { cites: options.cites } : {}),
  };
}
