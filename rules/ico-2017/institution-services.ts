/**
 * What a financial or payment institution does for token and virtual-currency businesses, and when,
 * relative to a prohibition's first day. Shared by the ICO pack's §4 rule and the PBOC packs'
 * institution rules, which differ only in their dates, citations and how they grade a breach.
 */
import type { Bilingual } from "../../src/corpus/types.js";
import type { MessageData, Path } from "../../src/engine/types.js";
import type { Subject } from "../../src/subject/schema.js";
import { periodPosition } from "./period.js";

const INSTITUTION: Path = ["operator", "institutionType"];
const SERVES: Path = ["token", "financialServices", "servesTokenBusinesses"];
const SERVICES: Path = ["token", "financialServices", "services"];
const START: Path = ["token", "financialServices", "startDate"];
const END: Path = ["token", "financialServices", "endDate"];

const INSTITUTION_NAME: Record<string, Bilingual> = {
  bank: { en: "a bank", zh: "银行" },
  securities: { en: "a securities institution", zh: "证券机构" },
  insurance: { en: "an insurance institution", zh: "保险机构" },
  "other-financial": { en: "a financial institution", zh: "金融机构" },
  "non-bank-payment": { en: "a non-bank payment institution", zh: "非银行支付机构" },
};

/** Service names in both languages, by `token.financialServices.services` value. */
export const SERVICE_NAME: Record<string, Bilingual> = {
  "account-opening": { en: "account opening", zh: "账户开立" },
  registration: { en: "registration", zh: "登记" },
  trading: { en: "trading", zh: "交易" },
  clearing: { en: "clearing", zh: "清算" },
  settlement: { en: "settlement", zh: "结算" },
  insurance: { en: "insurance", zh: "保险" },
  other: { en: "other services", zh: "其他服务" },
};

/** The facts, read: each kind carries the evidence paths and the message data the rules use. */
export type InstitutionServices =
  | { kind: "needs-info"; missing: Path[]; evidence: Path[]; data: MessageData }
  | { kind: "not-institution"; evidence: Path[] }
  | { kind: "no-services" | "not-started" | "stopped-before" | "on-or-after"; evidence: Path[]; data: MessageData };

/** Reads the operator's institution type and its services for token businesses against `from` as of `asOf`. */
export function institutionServices(subject: Subject, from: string, asOf: string): InstitutionServices {
  const institutionType = subject.operator?.institutionType;
  if (institutionType === undefined) return { kind: "needs-info", missing: [INSTITUTION], evidence: [], data: {} };
  if (institutionType === "none") return { kind: "not-institution", evidence: [INSTITUTION] };
  const institution = INSTITUTION_NAME[institutionType]!;
  const base = { institution: institution.en, institutionZh: institution.zh };

  const fs = subject.token?.financialServices;
  const services = fs?.services ?? [];
  const serves = fs?.servesTokenBusinesses === true || services.length > 0 ? true : fs?.servesTokenBusinesses;
  if (serves === undefined) return { kind: "needs-info", missing: [SERVES], evidence: [INSTITUTION], data: base };
  if (!serves) return { kind: "no-services", evidence: [INSTITUTION, SERVES], data: base };

  const start = fs?.startDate;
  const end = fs?.endDate;
  const data = {
    ...base,
    services: services.length > 0 ? services.map((s) => SERVICE_NAME[s]!.en).join(", ") : "services",
    servicesZh: services.length > 0 ? services.map((s) => SERVICE_NAME[s]!.zh).join("、") : "产品或服务",
    start: start ?? "unknown",
    end: end ?? "now",
    endZh: end ?? "今",
  };
  const evidence = [
    INSTITUTION,
    ...(fs?.servesTokenBusinesses !== undefined ? [SERVES] : []),
    ...(services.length > 0 ? [SERVICES] : []),
    ...(start ? [START] : []),
    ...(end ? [END] : []),
  ];
  const position = periodPosition({ start, end, paths: { start: START, end: END }, endAbsentMeans: "continuing" }, from, asOf);
  if (position.kind === "unknown") return { kind: "needs-info", missing: position.missing, evidence, data };
  return { kind: position.kind, evidence, data };
}
