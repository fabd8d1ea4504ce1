/**
 * Dates and scope of the 2021 Virtual Currency Notice (银发〔2021〕237号), shared by this opt-in pack.
 *
 * Dates: issued (印发) 2021-09-15, published 2021-09-24; the effective date is not recorded and the
 * corpus's `effective` repeats the issue date as a placeholder, which the rules use as `appliesFrom`.
 *
 * Scope: §2 (virtual-currency business is illegal financial activity) is read as addressing business
 * carried on in the mainland, because §3 extends the same characterisation expressly ("likewise") to
 * overseas exchanges serving residents in China; an operator registered outside the mainland is
 * therefore checked against §3 (pboc-2021/overseas-exchange-services), not §2. §9 (financial and
 * non-bank payment institutions) uses the mainland-market scope of the ICO pack.
 */
import { pboc2021 } from "../../seeds/pboc-2021.js";
import { makeOutcome } from "../../src/engine/outcome.js";
import type { Path, ScopeResult } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";
import { mainlandMarketScope } from "../ico-2017/scope.js";

/** The corpus's effective date for pboc-2021 (the issue date; see above). */
export const PBOC_2021_EFFECTIVE = pboc2021.effective;

const REGISTERED_IN: Path = ["operator", "registeredIn"];

const DOMESTIC_MESSAGES = {
  outsideMainland: {
    en: "Not applicable: the operator is registered outside the mainland. §2 of the 2021 Notice is read as addressing business carried on in the mainland, since §3 extends it expressly to overseas exchanges serving residents in China; that case is checked by pboc-2021/overseas-exchange-services.",
    zh: "不适用：运营主体在中国大陆以外注册。2021年通知第二部分被理解为针对在境内开展的业务，因为第三部分明确将其延伸至向境内居民提供服务的境外交易所；该情形由 pboc-2021/overseas-exchange-services 检查。",
  },
  facts: {
    en: "Cannot tell whether §2 of the 2021 Notice applies without: operator.registeredIn.",
    zh: "缺少以下事实，无法判断2021年通知第二部分是否适用：operator.registeredIn。",
  },
};

/** The scope of §2: an operator registered in the mainland. */
export function pboc2021DomesticScope(subject: Subject): ScopeResult {
  const registeredIn = subject.operator?.registeredIn;
  if (registeredIn === "mainland") return { applies: true };
  const cites = [{ instrument: "pboc-2021", article: 2, paragraph: 1 }];
  if (registeredIn === undefined) {
    return { applies: false, outcome: makeOutcome("needs-info", "pboc-2021-scope-facts-missing", DOMESTIC_MESSAGES.facts, { missing: [REGISTERED_IN], cites }) };
  }
  return {
    applies: false,
    outcome: makeOutcome("not-applicable", "pboc-2021-scope-outside-mainland", DOMESTIC_MESSAGES.outsideMainland, { evidence: [REGISTERED_IN], cites: [...cites, { instrument: "pboc-2021", article: 3, paragraph: 1 }] }),
  };
}

/** The mainland-market scope, in the 2021 Notice's name (for §9). */
export const pboc2021MarketScope = mainlandMarketScope({
  name: { en: "the 2021 Virtual Currency Notice", zh: "《关于进一步防范和处置虚拟货币交易炒作风险的通知》" },
  addressees: { en: "financial institutions and non-bank payment institutions", zh: "金融机构和非银行支付机构" },
  cites: [{ instrument: "pboc-2021", article: 9, paragraph: 1 }],
  idPrefix: "pboc-2021-scope",
});
