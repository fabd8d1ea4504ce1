/**
 * fast-check arbitraries for the property tests: valid subjects built section by section from the
 * schema (src/subject/schema.ts), hostile JSON values, and mutations of valid subjects.
 *
 * Sizes are bounded on purpose (short lists, small depth) so a run's cost does not depend on the seed.
 */
import fc from "fast-check";
import { observedFilingNumbers, provinceAbbreviations } from "../../seeds/cac-filing-batches.js";

const DAY = 86_400_000;
const iso = (days: number): string => new Date(days * DAY).toISOString().slice(0, 10);

/** A calendar date, mostly around the instruments' dates (2016–2024), sometimes anywhere in 2000–2049. */
export const calendarDateArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 6, arbitrary: fc.integer({ min: Date.UTC(2016, 0, 1) / DAY, max: Date.UTC(2024, 11, 31) / DAY }) },
    { weight: 1, arbitrary: fc.integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2049, 11, 31) / DAY }) },
  )
  .map(iso);

const offsetArb = fc.constantFrom("+08:00", "Z", "+00:00", "-08:00", "+14:00", "-12:00", "+05:45");

/** A subject date: a calendar date, or an instant with an offset (its Beijing date may differ). */
export const subjectDateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: calendarDateArb },
  {
    weight: 1,
    arbitrary: fc
      .tuple(calendarDateArb, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), offsetArb)
      .map(([d, h, m, o]) => `${d}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:00${o}`),
  },
);

/** Mostly true: subjects in scope of the CAC Provisions reach the rules, not only the scope check. */
const mostlyTrue = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.boolean() });
const bool = fc.boolean();
const shortText = (max: number) => fc.string({ maxLength: Math.min(max, 40), unit: "grapheme" });
const list = <T>(item: fc.Arbitrary<T>, maxLength = 4) => fc.array(item, { maxLength });
/** A record whose every key is optional (absent means unknown). */
const section = <T extends Record<string, fc.Arbitrary<unknown>>>(shape: T) =>
  fc.record(shape, { requiredKeys: [] });

const provinceIdArb = fc.constantFrom(...provinceAbbreviations.map((p) => p.id));
const filingNumberArb = fc.oneof(
  fc.constantFrom(...observedFilingNumbers),
  fc
    .tuple(fc.constantFrom(...provinceAbbreviations.map((p) => p.abbreviation)), fc.stringMatching(/^\d{19}[\dX]$/))
    .map(([abbr, digits]) => `${abbr}网信备${digits}号`),
  shortText(100),
);

export const operatorArb = section({
  name: shortText(500),
  registeredIn: fc.constantFrom("mainland", "hong-kong", "macao", "taiwan", "abroad"),
  province: provinceIdArb,
  institutionType: fc.constantFrom("none", "bank", "securities", "insurance", "other-financial", "non-bank-payment"),
});

const channelArb = fc.record(
  {
    type: fc.constantFrom("website", "app", "mini-program", "api", "other"),
    address: shortText(500),
    filingNumberDisplayed: mostlyTrue,
    displayedFilingNumber: filingNumberArb,
  },
  { requiredKeys: ["type"] },
);

export const serviceArb = section({
  usesBlockchain: mostlyTrue,
  offeredToPublic: mostlyTrue,
  providedFromMainland: mostlyTrue,
  servesMainlandUsers: bool,
  roles: list(fc.constantFrom("service-entity", "node", "technical-support")),
  startDate: subjectDateArb,
  channels: list(channelArb),
});

export const filingArb = section({
  filed: mostlyTrue,
  filedDate: subjectDateArb,
  number: filingNumberArb,
  informationAccurate: bool,
  verificationRequested: bool,
  verificationDueDate: subjectDateArb,
  verificationProvidedDate: subjectDateArb,
  verificationProvided: bool,
});

export const changeArb = fc.record(
  {
    kind: fc.constantFrom("service-items", "platform-address", "other"),
    description: shortText(2_000),
    changedDate: subjectDateArb,
    filedDate: subjectDateArb,
    filed: bool,
  },
  { requiredKeys: ["kind"] },
);

export const terminationArb = section({
  planned: bool,
  terminationDate: subjectDateArb,
  cancellationFiledDate: subjectDateArb,
  cancellationFiled: bool,
  arrangementsMade: bool,
});

export const identityVerificationArb = section({
  methods: list(fc.constantFrom("organisation-code", "id-document", "mobile-number", "other")),
  unverifiedUsersServed: bool,
});

export const newFeatureArb = section({
  name: shortText(500),
  kind: fc.constantFrom("product", "application", "function"),
  launchDate: subjectDateArb,
  securityAssessmentReportedDate: subjectDateArb,
  securityAssessmentReported: bool,
});

const flags = (...keys: string[]) => section(Object.fromEntries(keys.map((k) => [k, bool])));

export const managementSystemsArb = flags("userRegistration", "informationReview", "emergencyResponse", "securityProtection");
export const technicalArb = flags("conditionsAppropriate", "prohibitedContentDisposal", "meetsNationalStandards");
export const platformRulesArb = flags("managementRulesPublished", "platformConventionPublished", "serviceAgreementSigned", "usersUndertakeCompliance");
export const prohibitedUseArb = flags("declaresNone", "incidentsKnown");
export const securityHazardsArb = flags("identified", "rectified", "serviceContinuedBeforeRectification");

export const violatingUsersArb = section({
  measures: list(fc.constantFrom("warning", "restrict-functions", "close-account", "other")),
  illegalContentHandled: bool,
  recordsKept: bool,
  reportedToAuthorities: bool,
});

export const recordsArb = section({
  userContentRecorded: bool,
  logsRecorded: bool,
  retention: fc.record({
    value: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100_000 })),
    unit: fc.constantFrom("days", "months", "years"),
  }),
  providedOnLawfulRequest: bool,
});

export const supervisionArb = section({
  cooperatesWithInspections: bool,
  complaintEntry: bool,
  complaintEntryLocation: shortText(500),
  complaintsHandledPromptly: bool,
});

const periodDates = { startDate: subjectDateArb, endDate: subjectDateArb };

export const tokenArb = section({
  issuance: section({
    issued: bool,
    ...periodDates,
    ongoing: bool,
    raised: list(fc.constantFrom("bitcoin", "ether", "other-virtual-currency", "fiat")),
    investorsIncludeMainland: bool,
    refundArranged: bool,
  }),
  trading: section({
    operatesPlatform: bool,
    fiatTokenExchange: bool,
    tokenTokenExchange: bool,
    buysAndSells: bool,
    centralCounterparty: bool,
    pricingServices: bool,
    informationIntermediary: bool,
    ...periodDates,
  }),
  financialServices: section({
    servesTokenBusinesses: bool,
    services: list(fc.constantFrom("account-opening", "registration", "trading", "clearing", "settlement", "insurance", "other")),
    ...periodDates,
  }),
  treatedAsMoney: bool,
});

const IN_SCOPE = { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true };

/** Any valid subject: every section optional, every fact optional, values of the right type and size. */
export const anyValidSubjectArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: shortText(200),
    description: shortText(5_000),
    operator: operatorArb,
    service: serviceArb,
    filing: filingArb,
    changes: list(changeArb),
    termination: terminationArb,
    identityVerification: identityVerificationArb,
    newFeatures: list(newFeatureArb),
    managementSystems: managementSystemsArb,
    technical: technicalArb,
    platformRules: platformRulesArb,
    prohibitedUse: prohibitedUseArb,
    securityHazards: securityHazardsArb,
    violatingUsers: violatingUsersArb,
    records: recordsArb,
    supervision: supervisionArb,
    token: tokenArb,
  },
  { requiredKeys: [] },
);

/**
 * A valid subject, three times in four with the CAC scope facts set (a blockchain service offered to the
 * public from the mainland), so most cases run the rules rather than stop at the scope check.
 */
export const validSubjectArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(anyValidSubjectArb, fc.nat(3))
  .map(([subject, dice]) => {
    if (dice === 0) return subject;
    const service = (subject.service ?? {}) as Record<string, unknown>;
    return { ...subject, service: { ...service, ...IN_SCOPE } };
  });

/** The `asOf` of a check: mostly in 2017–2024, sometimes far out (provisional calendar years). */
export const asOfArb: fc.Arbitrary<string> = calendarDateArb;

/** Keys that have meaning on Object.prototype or to JSON readers. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "then"] as const;

const keyArb = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_KEYS) },
  { weight: 2, arbitrary: fc.constantFrom("service", "filing", "changes", "records", "token", "name", "startDate", "kind") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/**
 * Any JSON-like value whose objects use hostile keys as own properties (as JSON.parse makes them),
 * with non-JSON leaves too: undefined, NaN, -0, big numbers, bigint, dates, sparse arrays.
 */
export const hostileValueArb: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true, maxDepth: 4 },
    fc.constantFrom(null, undefined, true, false, 0, -0, NaN, Infinity, 1e308, "", "2019-10-01", "2019-02-30"),
    fc.double(),
    fc.string({ maxLength: 20 }),
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.sparseArray(tie("value"), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie("value")), { maxLength: 5 }).map((entries) => {
      const object: Record<string, unknown> = {};
      // defineProperty: "__proto__" becomes an own property, as JSON.parse would make it.
      for (const [key, value] of entries) Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      return object;
    }),
  ),
})).value;

/** A JSON value parsed from text, so `__proto__` keys are own data properties exactly as in real input. */
export const parsedJsonArb: fc.Arbitrary<unknown> = fc
  .jsonValue({ maxDepth: 4 })
  .chain((base) =>
    fc.array(fc.tuple(fc.constantFrom(...HOSTILE_KEYS), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }).map((extra) => {
      const text = JSON.stringify(base) ?? "null";
      if (!text.startsWith("{") || extra.length === 0) return JSON.parse(text) as unknown;
      const inner = extra.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",");
      return JSON.parse(text === "{}" ? `{${inner}}` : `{${inner},${text.slice(1)}`) as unknown;
    }),
  );

/** Every path to a value inside a plain JSON tree (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

export type Mutation =
  | { kind: "remove" }
  | { kind: "retype"; value: unknown }
  | { kind: "huge"; size: number }
  | { kind: "unknown-key"; key: string };

export const mutationArb: fc.Arbitrary<{ pick: number; mutation: Mutation }> = fc.record({
  pick: fc.nat(),
  mutation: fc.oneof(
    fc.constant<Mutation>({ kind: "remove" }),
    fc
      .oneof(
        fc.constantFrom(null, 0, -1, 1.5, true, "", "yes", "2019-13-01", [], {}, [null], { kind: "other" }, NaN, 1e21),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map((value): Mutation => ({ kind: "retype", value })),
    fc.integer({ min: 501, max: 20_000 }).map((size): Mutation => ({ kind: "huge", size })),
    fc.constantFrom(...HOSTILE_KEYS, "usesBlockChain", "extra").map((key): Mutation => ({ kind: "unknown-key", key })),
  ),
});

/** Applies a mutation to a deep copy of a valid subject, at one of its paths (or at the root). */
export function mutate(subject: Record<string, unknown>, pick: number, mutation: Mutation): unknown {
  const copy = structuredClone(subject);
  const paths: (string | number)[][] = [[], ...pathsOf(copy)];
  const path = paths[pick % paths.length]!;
  const parentPath = path.slice(0, -1);
  let parent: any = copy;
  for (const segment of parentPath) parent = parent[segment];
  const last = path[path.length - 1];
  const target: any = last === undefined ? copy : parent[last];
  const set = (value: unknown) => {
    if (last === undefined) return value;
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  };
  switch (mutation.kind) {
    case "remove":
      if (last === undefined) return undefined;
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      return copy;
    case "retype":
      return set(mutation.value);
    case "huge":
      // A string over most fields' bound, or a list of 10,001 copies of its first entry (one over the list limit).
      return set(Array.isArray(target) ? Array.from({ length: 10_001 }, () => target[0] ?? null) : "x".repeat(mutation.size));
    case "unknown-key": {
      const holder = target !== null && typeof target === "object" && !Array.isArray(target) ? target : copy;
      Object.defineProperty(holder, mutation.key, { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      return copy;
    }
  }
}
