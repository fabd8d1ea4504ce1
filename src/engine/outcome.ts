import type { Bilingual } from "../corpus/types.js";
import type { Outcome, OutcomeOptions, Path, Status } from "./types.js";

/**
 * Builds an outcome from a message template. Rules use the context's helpers (`ctx.pass`, …);
 * this is for code shared by the rules of a pack, such as a scope decision, which has its own messages.
 *
 * @example
 * ```ts
 * const NOT_PUBLIC = { en: "Not applicable: the service is not offered to the public.", zh: "不适用：该服务不向社会公众提供。" };
 * const outcome = makeOutcome("not-applicable", "scope-not-public", NOT_PUBLIC, {
 *   evidence: [["service", "offeredToPublic"]],
 *   cites: [{ instrument: "cac-2019", article: 2 }],
 * });
 * ```
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
