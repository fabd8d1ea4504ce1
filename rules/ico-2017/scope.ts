/**
 * Scope of the 2017 ICO Announcement, shared by every rule of the pack (and, through
 * {@link mainlandMarketScope}, by the opt-in PBOC packs).
 *
 * The Announcement has no scope article. Its preamble (verified) describes the activity it answers as
 * "国内通过发行代币形式包括首次代币发行（ICO）进行融资的活动" (token financing "in the country"), and
 * §二's heading (verified) is "任何组织和个人不得非法从事代币发行融资活动" ("no organisation or individual
 * may illegally engage in token issuance financing"). Our reading: the Announcement reaches
 * organisations registered in the mainland, and activity aimed at the mainland market (mainland users
 * or investors). Whether it reaches an operator registered outside the mainland whose users or
 * investors include people in the mainland is not settled by its text; this check reads it as probably
 * covered and reports breaches by such operators as risks, stating that reading.
 *
 * Hong Kong, Macao and Taiwan are outside the mainland for this purpose, as is "abroad".
 *
 * The scope decides only whether the instrument reaches the subject. The facts of the activity itself
 * (the issuance, the platform, the institution's services) are checked by each rule.
 */
import { ico2017 } from "../../seeds/ico-2017.js";
import { makeOutcome } from "../../src/engine/outcome.js";
import type { Bilingual } from "../../src/corpus/types.js";
import type { Path, RuleDefinition, ScopeResult } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";

/** The day the Announcement was published and took effect ("本公告发布之日起", §二 ¶1). */
export const ICO_2017_EFFECTIVE = ico2017.effective;

const REGISTERED_IN: Path = ["operator", "registeredIn"];
const SERVES_MAINLAND: Path = ["service", "servesMainlandUsers"];
const INVESTORS_MAINLAND: Path = ["token", "issuance", "investorsIncludeMainland"];
const ISSUED: Path = ["token", "issuance", "issued"];

const PLACE: Record<string, Bilingual> = {
  "hong-kong": { en: "Hong Kong", zh: "香港" },
  macao: { en: "Macao", zh: "澳门" },
  taiwan: { en: "Taiwan", zh: "台湾" },
  abroad: { en: "abroad", zh: "境外" },
};

/** What an instrument's scope needs to say in its own name. */
export interface MainlandMarketScopeOptions {
  /** The instrument's name in messages, e.g. `{ en: "the ICO Announcement", zh: "《九四公告》" }`. */
  name: Bilingual;
  /** Whom the instrument addresses, e.g. `{ en: "organisations and individuals in China's market", zh: "中国市场上的组织和个人" }`. */
  addressees: Bilingual;
  /** What the scope outcomes cite. */
  cites: RuleDefinition["cites"];
  /** Prefix of the scope outcomes' message ids (`ico-scope`). */
  idPrefix: string;
}

/** Whether the subject reaches the mainland market through users or investors: `undefined` if unknown. */
function mainlandReach(subject: Subject): { reach: boolean | undefined; evidence: Path[]; missing: Path[] } {
  const users = subject.service?.servesMainlandUsers;
  const issued = subject.token?.issuance?.issued;
  const investors = subject.token?.issuance?.investorsIncludeMainland;
  if (users === true) return { reach: true, evidence: [SERVES_MAINLAND], missing: [] };
  if (investors === true) return { reach: true, evidence: [INVESTORS_MAINLAND], missing: [] };
  const investorsKnownNone = investors === false || issued === false;
  if (users === false && investorsKnownNone) {
    return { reach: false, evidence: [SERVES_MAINLAND, investors === false ? INVESTORS_MAINLAND : ISSUED], missing: [] };
  }
  const missing: Path[] = [];
  if (users === undefined) missing.push(SERVES_MAINLAND);
  if (!investorsKnownNone) missing.push(INVESTORS_MAINLAND);
  return { reach: undefined, evidence: [], missing };
}

/**
 * Builds a scope decision for an instrument that addresses the mainland market: in scope for an
 * operator registered in the mainland; in scope with a stated uncertainty for an operator registered
 * elsewhere (or whose registration is not stated) that has mainland users or investors;
 * `not-applicable` with the reason for one registered elsewhere with neither; `needs-info` naming
 * the facts otherwise.
 */
export function mainlandMarketScope(options: MainlandMarketScopeOptions): (subject: Subject) => ScopeResult {
  const { name, addressees, cites, idPrefix } = options;
  const messages = {
    notInMarket: {
      en: `Not applicable: the operator is registered outside the mainland ({place}) and has no users or investors in mainland China, so ${name.en} does not reach it.`,
      zh: `不适用：运营主体在中国大陆以外（{placeZh}）注册，且无中国境内的用户或投资者，${name.zh}不及于该主体。`,
    },
    scopeFacts: {
      en: `Cannot tell whether ${name.en} reaches the subject without: {facts}.`,
      zh: `缺少以下事实，无法判断${name.zh}是否适用：{facts}。`,
    },
    foreign: {
      en: `The operator is registered outside the mainland ({place}) but has users or investors in mainland China. ${name.en} addresses ${addressees.en} and has no article on its territorial reach; this check reads it as probably reaching an operator abroad that serves or raises funds from people in the mainland, so a breach is reported as a risk, not a violation.`,
      zh: `运营主体在中国大陆以外（{placeZh}）注册，但有中国境内的用户或投资者。${name.zh}针对${addressees.zh}，未就地域适用范围作出专门规定；本检查按“可能适用”于面向境内用户或向境内投资者融资的境外主体处理，违反之处报告为风险而非违规。`,
    },
    unknownPlace: {
      en: `Where the operator is registered is not stated (operator.registeredIn), but it has users or investors in mainland China. ${name.en} reaches an operator registered in the mainland; whether it reaches one registered outside the mainland is not settled by its text, and this check reads it as probably doing so. A breach is therefore reported as a risk; if the operator is registered in the mainland, it is a violation.`,
      zh: `未说明运营主体的注册地（operator.registeredIn），但其有中国境内的用户或投资者。${name.zh}适用于在中国大陆注册的主体；是否及于在中国大陆以外注册的主体，其文本未予明确，本检查按“可能适用”处理。因此违反之处报告为风险；如运营主体在中国大陆注册，则属违规。`,
    },
  } satisfies Record<string, Bilingual>;

  return (subject) => {
    const registeredIn = subject.operator?.registeredIn;
    if (registeredIn === "mainland") return { applies: true };
    const market = mainlandReach(subject);
    if (registeredIn !== undefined) {
      const place = PLACE[registeredIn]!;
      const data = { place: place.en, placeZh: place.zh };
      if (market.reach === false) {
        return {
          applies: false,
          outcome: makeOutcome("not-applicable", `${idPrefix}-not-in-market`, messages.notInMarket, {
            data,
            evidence: [REGISTERED_IN, ...market.evidence],
            cites,
          }),
        };
      }
      if (market.reach === true) {
        return {
          applies: true,
          uncertainty: { interpretation: { en: messages.foreign.en.replace("{place}", place.en), zh: messages.foreign.zh.replace("{placeZh}", place.zh) }, evidence: [REGISTERED_IN, ...market.evidence] },
        };
      }
    } else if (market.reach === true) {
      return { applies: true, uncertainty: { interpretation: messages.unknownPlace, evidence: market.evidence } };
    }
    const missing: Path[] = registeredIn === undefined ? [REGISTERED_IN, ...(market.reach === undefined ? market.missing : [])] : market.missing;
    return {
      applies: false,
      outcome: makeOutcome("needs-info", `${idPrefix}-facts-missing`, messages.scopeFacts, {
        missing,
        data: { facts: missing.map((path) => path.join(".")).join(", ") },
        evidence: registeredIn === undefined ? market.evidence : [REGISTERED_IN],
        cites,
      }),
    };
  };
}

/**
 * The ICO Announcement's scope: an operator registered in the mainland, or one with mainland users or
 * investors (the latter, if registered elsewhere, with the uncertainty stated above).
 */
export const icoScope = mainlandMarketScope({
  name: { en: "the ICO Announcement", zh: "《九四公告》" },
  addressees: { en: "organisations and individuals in China's market", zh: "中国市场上的组织和个人" },
  cites: [{ instrument: "ico-2017", article: 2, paragraph: 1 }],
  idPrefix: "ico-scope",
});
