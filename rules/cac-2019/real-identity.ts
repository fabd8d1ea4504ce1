/**
 * 第八条 ……对区块链信息服务使用者进行基于组织机构代码、身份证件号码或者移动电话号码等方式的真实身份信息认证。用户不进行真实身份信息认证的，区块链信息服务提供者不得为其提供相关服务。
 *
 * (The article's opening clause is UNVERIFIED and left out, as the corpus leaves it out: "……". The text
 * shown is one copy; the corpus records the gap and findings show `verified: false`.)
 *
 * Art. 8 (one paragraph as far as known): [the provider shall] verify the real identity information of
 * its users on the basis of organisation codes, identity document numbers, mobile telephone numbers or
 * similar means. Where a user does not complete real-identity verification, the provider may not provide
 * the related services to that user.
 *
 * Penalty: the corpus maps Art. 8 to Art. 20 (dealt with under the Cybersecurity Law, no fine under the
 * Provisions). That mapping and Art. 20's content are UNVERIFIED; the engine attaches it from the corpus
 * and findings show it as unverified.
 *
 * Interpretation: the article lists three bases followed by "等方式" (or similar means), so a method
 * other than the three may be acceptable; whether a particular one is, the article does not say. A
 * service that relies only on "other" methods is reported as a risk stating that reading, not as a
 * violation and not as a pass. No verification at all, or serving unverified users, is a violation.
 */
import { defineRule } from "../../src/engine/define-rule.js";
import type { Outcome, Path } from "../../src/engine/types.js";
import { CAC_2019_EFFECTIVE } from "./effective.js";
import { cacScope } from "./scope.js";

const METHODS: Path = ["identityVerification", "methods"];
const UNVERIFIED_SERVED: Path = ["identityVerification", "unverifiedUsersServed"];

const NAMED = ["organisation-code", "id-document", "mobile-number"] as const;
const NAMED_EN: Record<string, string> = {
  "organisation-code": "organisation code",
  "id-document": "identity document number",
  "mobile-number": "mobile number",
  other: "another method",
};
const NAMED_ZH: Record<string, string> = {
  "organisation-code": "组织机构代码",
  "id-document": "身份证件号码",
  "mobile-number": "移动电话号码",
  other: "其他方式",
};

export const realIdentity = defineRule({
  id: "cac-2019/real-identity",
  title: { en: "Real-identity verification of users", zh: "用户真实身份信息认证" },
  description: {
    en: "The provider verifies users' real identities on the basis of an organisation code, an identity document number or a mobile number (or similar means), and does not serve users who have not been verified (Art. 8).",
    zh: "区块链信息服务提供者基于组织机构代码、身份证件号码或者移动电话号码等方式对用户进行真实身份信息认证，不为未认证的用户提供服务（第八条）。",
  },
  cites: [{ instrument: "cac-2019", article: 8, paragraph: 1 }],
  appliesFrom: CAC_2019_EFFECTIVE,
  scope: cacScope,
  messages: {
    verified: {
      en: "Users' real identities are verified by {methods}, and unverified users are not served.",
      zh: "以{methodsZh}对用户进行真实身份信息认证，且不为未认证的用户提供服务。",
    },
    noVerification: {
      en: "Users' real identities are not verified by any method; Art. 8 requires real-identity verification of users.",
      zh: "未以任何方式对用户进行真实身份信息认证；第八条要求对用户进行真实身份信息认证。",
    },
    unverifiedServed: {
      en: "Users who have not verified their real identity can use the service; Art. 8 forbids serving them.",
      zh: "未进行真实身份信息认证的用户可以使用该服务；第八条规定不得为其提供相关服务。",
    },
    otherMethodOnly: {
      en: "Users' real identities are verified only by a method other than an organisation code, an identity document number or a mobile number.",
      zh: "仅以组织机构代码、身份证件号码、移动电话号码以外的方式对用户进行真实身份信息认证。",
    },
    otherMethodReading: {
      en: "Art. 8 names organisation codes, identity document numbers and mobile numbers followed by \"等方式\" (or similar means), so other methods may be acceptable; the article does not say which. This check reads a method outside the three as possibly acceptable but unconfirmed, so it is reported as a risk for review, not as a violation.",
      zh: "第八条列举组织机构代码、身份证件号码、移动电话号码后以“等方式”结尾，其他方式可能也可接受，但条文未明确哪些方式可以。本检查将三者以外的方式视为可能可接受但未经确认，故报告为需要复核的风险，而非违规。",
    },
  },
  examples: {
    asOf: "2020-01-01",
    pass: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      identityVerification: { methods: ["mobile-number"], unverifiedUsersServed: false },
    },
    fail: {
      service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true },
      identityVerification: { methods: ["mobile-number"], unverifiedUsersServed: true },
    },
  },
  evaluate(subject, ctx) {
    const methods = subject.identityVerification?.methods;
    const served = subject.identityVerification?.unverifiedUsersServed;
    const outcomes: Outcome[] = [];
    const missing: Path[] = [];

    if (served === true) outcomes.push(ctx.violation("unverifiedServed", { evidence: [UNVERIFIED_SERVED] }));

    if (methods === undefined) missing.push(METHODS);
    else if (methods.length === 0) outcomes.push(ctx.violation("noVerification", { evidence: [METHODS] }));
    else if (!methods.some((m) => (NAMED as readonly string[]).includes(m))) {
      outcomes.push(ctx.risk("otherMethodOnly", "otherMethodReading", { evidence: [METHODS] }));
    }

    // With no verification at all, every user is unverified: the violation above says it already.
    const noVerification = methods !== undefined && methods.length === 0;
    if (served === undefined && !noVerification) missing.push(UNVERIFIED_SERVED);

    if (missing.length > 0) outcomes.push(ctx.needsInfo(missing));
    if (outcomes.length > 0) return outcomes;

    const used = methods ?? [];
    return ctx.pass("verified", {
      data: { methods: used.map((m) => NAMED_EN[m] ?? m).join(", "), methodsZh: used.map((m) => NAMED_ZH[m] ?? m).join("、") },
      evidence: [METHODS, UNVERIFIED_SERVED],
    });
  },
});
