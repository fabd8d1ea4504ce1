/**
 * Scope of the 2013 Bitcoin Risk Notice (银发〔2013〕289号), shared by the rules of this opt-in pack.
 *
 * The Notice is addressed to financial institutions and payment institutions (its §2, substance only);
 * it has no territorial article. The pack reuses the mainland-market scope of the ICO pack: an operator
 * registered in the mainland is in scope; one registered elsewhere with mainland users is in scope
 * with a stated uncertainty (breaches become risks); one registered elsewhere with no mainland users
 * or investors is not.
 *
 * Dates: the Notice was published on the PBOC website on 2013-12-05; its signing and effective dates
 * are not recorded, and the corpus's `effective` repeats the publication date as a placeholder.
 */
import { pboc2013 } from "../../seeds/pboc-2013.js";
import type { Path } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";
import { mainlandMarketScope } from "../ico-2017/scope.js";

/** The corpus's effective date for pboc-2013 (the publication date; see above). */
export const PBOC_2013_EFFECTIVE = pboc2013.effective;

/** The mainland-market scope, in the 2013 Notice's name. */
export const pboc2013Scope = mainlandMarketScope({
  name: { en: "the 2013 Bitcoin Risk Notice", zh: "《关于防范比特币风险的通知》" },
  addressees: { en: "financial institutions and payment institutions", zh: "金融机构和支付机构" },
  cites: [{ instrument: "pboc-2013", article: 2, paragraph: 1 }],
  idPrefix: "pboc-2013-scope",
});

/** The subject path of the virtual currencies involved, cited as evidence when it settles a breach. */
export const VIRTUAL_CURRENCIES: Path = ["token", "virtualCurrencies"];

/**
 * Whether bitcoin is among the virtual currencies involved: `true` settles the Notice's reach (a breach
 * is a violation); `false` or unknown leaves it to the reading below (a breach is a risk).
 */
export function bitcoinInvolved(subject: Subject): boolean {
  return subject.token?.virtualCurrencies?.includes("bitcoin") === true;
}

/** The interpretation the pack's findings carry when bitcoin is not known to be involved: the Notice names bitcoin only. */
export const BITCOIN_READING = {
  en: "The 2013 Notice names bitcoin; the subject does not say that bitcoin is involved (token.virtualCurrencies). This check reads the Notice as reaching services for bitcoin and like virtual currencies (as the 2017 Announcement and the 2021 Notice later did expressly), so a breach is reported as a risk. If bitcoin is involved, it is a violation; if only other tokens are, the Notice may not reach them.",
  zh: "2013年通知针对的是比特币；该主体未说明涉及比特币（token.virtualCurrencies）。本检查将该通知理解为及于比特币及类似虚拟货币（2017年公告和2021年通知其后明确如此规定），故违反之处报告为风险。如涉及比特币，则属违规；如仅涉及其他代币，该通知未必适用。",
};
