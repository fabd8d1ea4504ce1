/**
 * 一、第二段 代币发行融资中使用的代币或“虚拟货币”不由货币当局发行，不具有法偿性与强制性等货币属性，不具有与货币等同的法律地位，不能也不应作为货币在市场上流通使用。
 *
 * §1 ¶2 (verified): the tokens or "virtual currencies" used in token issuance financing are not issued
 * by a monetary authority, lack monetary attributes such as legal-tender status and compulsory
 * acceptance, do not have a legal status equal to that of money, and cannot and should not circulate
 * or be used in the market as money.
 *
 * Penalty: none mapped (the Announcement has no fine schedule).
 *
 * Interpretation: §1 ¶2 states a legal position ("不能也不应作为货币在市场上流通使用": cannot and
 * should not circulate as money) rather than a prohibition addressed to a named actor, and it names no
 * sanction. A subject that accepts, promotes or uses tokens as money acts against that position, but
 * whether doing so is itself a breach (and by whom) the paragraph does not say. So this rule reports a
 * risk, never a violation, and states that reading in the finding.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Path } from "../../src/engine/types.js";
import { ICO_2017_EFFECTIVE, icoScope } from "./scope.js";

const AS_MONEY: Path = ["token", "treatedAsMoney"];

export const notLegalTender = defineRule({
  id: "ico-2017/not-legal-tender",
  title: { en: "Tokens are not money and may not circulate as money", zh: "代币或“虚拟货币”不能也不应作为货币在市场上流通使用" },
  description: {
    en: "Tokens and so-called virtual currencies have no legal status equal to money and cannot and should not circulate in the market as money; treating them as money is reported as a risk.",
    zh: "代币或“虚拟货币”不具有与货币等同的法律地位，不能也不应作为货币在市场上流通使用；将其作为货币使用报告为风险。",
  },
  cites: [{ instrument: "ico-2017", article: 1, paragraph: 2 }],
  appliesFrom: ICO_2017_EFFECTIVE,
  scope: icoScope,
  messages: {
    notAsMoney: {
      en: "Tokens or virtual currencies are not accepted, promoted or used as money.",
      zh: "未将代币或虚拟货币作为货币接受、宣传或使用。",
    },
    asMoney: {
      en: "Tokens or virtual currencies are accepted, promoted or used as money: the tokens used in token issuance financing have no legal status equal to money and cannot and should not circulate in the market as money (§1 ¶2).",
      zh: "将代币或虚拟货币作为货币接受、宣传或使用：代币发行融资中使用的代币或“虚拟货币”不具有与货币等同的法律地位，不能也不应作为货币在市场上流通使用（第一部分第二段）。",
    },
    statementNotProhibition: {
      en: "§1 ¶2 states a legal position (tokens cannot and should not circulate as money) rather than a prohibition addressed to a named actor, and names no sanction; this check reads treating tokens as money as contrary to it, and so reports a risk, not a violation.",
      zh: "第一部分第二段陈述的是法律定性（代币不能也不应作为货币流通使用），并非针对特定主体的禁止性规定，也未规定罚则；本检查认为将代币作为货币使用与该定性相悖，故报告为风险而非违规。",
    },
  },
  examples: {
    asOf: "2018-03-01",
    pass: { operator: { registeredIn: "mainland" }, token: { treatedAsMoney: false } },
    fail: { operator: { registeredIn: "mainland" }, token: { treatedAsMoney: true } },
  },
  evaluate(subject, ctx) {
    const asMoney = subject.token?.treatedAsMoney;
    if (asMoney === undefined) return ctx.needsInfo([AS_MONEY]);
    return asMoney
      ? ctx.risk("asMoney", "statementNotProhibition", { evidence: [AS_MONEY] })
      : ctx.pass("notAsMoney", { evidence: [AS_MONEY] });
  },
});
