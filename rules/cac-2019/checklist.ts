/**
 * A duty made of several yes/no facts, as Arts. 5, 6 and 7 are: every fact the subject answers
 * "no" is a breach named in one violation, every fact it leaves out is asked for, and the duty
 * passes only when every fact is "yes".
 */
import type { Bilingual } from "../../src/corpus/types.js";
import type { Outcome, Path, RuleContext } from "../../src/engine/types.js";

/** One yes/no fact of a checklist duty, with its name in both languages. */
export interface ChecklistItem extends Bilingual {
  path: Path;
}

/**
 * Evaluates a checklist. The `unmet` message receives `{unmet}` and `{unmetZh}`: the names of the
 * facts answered "no", joined by `separator` (short names read better with ", " and "、").
 */
export function evaluateChecklist<M extends string>(
  ctx: RuleContext<M>,
  answers: Readonly<Record<string, boolean | undefined>> | undefined,
  items: readonly ChecklistItem[],
  messages: { met: M; unmet: M },
  separator: Bilingual = { en: "; ", zh: "；" },
): Outcome | Outcome[] {
  const answerOf = (item: ChecklistItem) => answers?.[String(item.path[item.path.length - 1])];
  const unmet = items.filter((item) => answerOf(item) === false);
  const unknown = items.filter((item) => answerOf(item) === undefined);
  const outcomes: Outcome[] = [];
  if (unmet.length > 0) {
    outcomes.push(
      ctx.violation(messages.unmet, {
        data: { unmet: unmet.map((item) => item.en).join(separator.en), unmetZh: unmet.map((item) => item.zh).join(separator.zh) },
        evidence: unmet.map((item) => item.path),
      }),
    );
  }
  if (unknown.length > 0) outcomes.push(ctx.needsInfo(unknown.map((item) => item.path)));
  return outcomes.length > 0 ? outcomes : ctx.pass(messages.met, { evidence: items.map((item) => item.path) });
}
