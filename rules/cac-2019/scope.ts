/**
 * Scope of the Provisions, shared by every rule of the pack.
 *
 * 第二条 在中华人民共和国境内从事区块链信息服务，应当遵守本规定。法律、行政法规另有规定的，遵照其规定。
 * 本规定所称区块链信息服务，是指基于区块链技术或者系统，通过互联网站、应用程序等形式，向社会公众提供信息服务。
 * 本规定所称区块链信息服务提供者，是指向社会公众提供区块链信息服务的主体或者节点，以及为区块链信息服务的主体提供技术支持的机构或者组织；……
 *
 * Art. 2: whoever provides blockchain information services within the PRC must comply. A blockchain
 * information service is an information service offered to the public, through websites, applications
 * and the like, based on blockchain technology or systems. Providers are the entities or nodes that
 * offer it and the organisations that give those entities technical support.
 */
import { makeOutcome } from "../../src/engine/outcome.js";
import type { Path, ScopeResult } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";

const CITE_SCOPE = [{ instrument: "cac-2019", article: 2 }];

const MESSAGES = {
  notBlockchain: {
    en: "Not applicable: the service is not based on blockchain technology or systems, so it is not a blockchain information service (Art. 2 ¶2).",
    zh: "不适用：该服务不基于区块链技术或者系统，不属于区块链信息服务（第二条第二款）。",
  },
  notPublic: {
    en: "Not applicable: the service is not offered to the public (e.g. an internal or closed consortium chain), so it is not a blockchain information service (Art. 2 ¶2).",
    zh: "不适用：该服务不向社会公众提供（如内部或封闭的联盟链），不属于区块链信息服务（第二条第二款）。",
  },
  notInTerritory: {
    en: "Not applicable: the service is provided outside mainland China and has no users there (Art. 2 ¶1).",
    zh: "不适用：该服务在中华人民共和国境外提供，且无境内用户（第二条第一款）。",
  },
  scopeFacts: {
    en: "Cannot tell whether the Provisions apply without: {facts}.",
    zh: "缺少以下事实，无法判断本规定是否适用：{facts}。",
  },
  foreignServingMainland: {
    en: "The service is provided from outside mainland China but serves users there. Art. 2 ¶1 covers services provided 'within the territory'; whether a foreign service reaching mainland users is within it is not settled. This check reads it as probably covered, so a breach is reported as a risk, not a violation.",
    zh: "该服务在境外提供但有境内用户。第二条第一款规定适用于“在中华人民共和国境内从事”区块链信息服务；境外服务面向境内用户是否属于该范围尚无定论。本检查按“可能适用”处理，违反之处报告为风险而非违规。",
  },
};

/** Whether the service is provided within the territory, and the facts that say so. */
function territory(subject: Subject): { within: boolean | undefined; evidence: Path[] } {
  const provided = subject.service?.providedFromMainland;
  if (provided !== undefined) return { within: provided, evidence: [["service", "providedFromMainland"]] };
  if (subject.operator?.registeredIn === "mainland") return { within: true, evidence: [["operator", "registeredIn"]] };
  return { within: undefined, evidence: [] };
}

/**
 * Decides whether the Provisions reach the subject: `not-applicable` with the reason when a known
 * fact puts it out of scope, `needs-info` naming the facts when they are missing, and in scope with
 * a stated uncertainty for a foreign service that serves mainland users.
 */
export function cacScope(subject: Subject): ScopeResult {
  const service = subject.service;
  const cites = CITE_SCOPE;
  if (service?.usesBlockchain === false) {
    return { applies: false, outcome: makeOutcome("not-applicable", "scope-not-blockchain", MESSAGES.notBlockchain, { evidence: [["service", "usesBlockchain"]], cites }) };
  }
  if (service?.offeredToPublic === false) {
    return { applies: false, outcome: makeOutcome("not-applicable", "scope-not-public", MESSAGES.notPublic, { evidence: [["service", "offeredToPublic"]], cites }) };
  }
  const place = territory(subject);
  const servesMainland = service?.servesMainlandUsers;
  if (place.within === false && servesMainland === false) {
    return {
      applies: false,
      outcome: makeOutcome("not-applicable", "scope-not-in-territory", MESSAGES.notInTerritory, {
        evidence: [...place.evidence, ["service", "servesMainlandUsers"]],
        cites,
      }),
    };
  }
  const missing: Path[] = [];
  if (service?.usesBlockchain === undefined) missing.push(["service", "usesBlockchain"]);
  if (service?.offeredToPublic === undefined) missing.push(["service", "offeredToPublic"]);
  if (place.within === undefined) missing.push(["service", "providedFromMainland"]);
  else if (place.within === false && servesMainland === undefined) missing.push(["service", "servesMainlandUsers"]);
  if (missing.length > 0) {
    return {
      applies: false,
      outcome: makeOutcome("needs-info", "scope-facts-missing", MESSAGES.scopeFacts, {
        missing,
        data: { facts: missing.map((path) => path.join(".")).join(", ") },
        cites,
      }),
    };
  }
  if (place.within === false) {
    return {
      applies: true,
      uncertainty: {
        interpretation: MESSAGES.foreignServingMainland,
        evidence: [...place.evidence, ["service", "servesMainlandUsers"]],
      },
    };
  }
  return { applies: true };
}
