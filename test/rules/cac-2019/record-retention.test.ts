import { describe, expect, it } from "vitest";
import { recordRetention } from "../../../rules/cac-2019/record-retention.js";
import { findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 17, paragraph: 1 };
const service = { ...inCacScope };
const asOf = "2020-01-01";
const records = (retention: { value: number; unit: "days" | "months" | "years" }) => ({
  service,
  records: { userContentRecorded: true, logsRecorded: true, retention, providedOnLawfulRequest: true },
});
const retentionOf = (value: number, unit: "days" | "months" | "years") => findingsOf(recordRetention, records({ value, unit }), asOf)[1]!;

describe("cac-2019/record-retention (Art. 17, substance only, number unverified)", () => {
  it("passes recording, six months' retention and provision on request; the citation is unverified with no Chinese text", () => {
    const findings = findingsOf(recordRetention, records({ value: 6, unit: "months" }), asOf);
    expect(findings.map((f) => [f.status, f.messageId])).toEqual([
      ["pass", "recorded"],
      ["pass", "retentionEnough"],
      ["pass", "providedOnRequest"],
    ]);
    expect(findings[1]!.citations[0]).toMatchObject({ ...cited, textStatus: "substance-only", verified: false, text: { zh: null } });
  });

  it("reads six months as calendar months: months >= 6 and years >= 1 pass, fewer months are a violation", () => {
    expect(retentionOf(1, "years").status).toBe("pass");
    expect(retentionOf(0, "years").status).toBe("violation");
    const five = retentionOf(5, "months");
    expect(five).toMatchObject({ status: "violation", messageId: "retentionShort" });
    expect(five.message.en).toBe("Record backups are kept for 5 months, less than six months.");
    expect(five.citations[0]).toMatchObject(cited);
    expect(five.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(five.penalties?.[0]).toMatchObject({ mappingVerified: false, fineCny: { min: 5_000, max: 30_000 } });
  });

  it("counts days against the 181- to 184-day span of six calendar months", () => {
    expect(retentionOf(180, "days")).toMatchObject({ status: "violation", messageId: "retentionShort" });
    for (const days of [181, 182, 183]) {
      const finding = retentionOf(days, "days");
      expect(finding).toMatchObject({ status: "risk", messageId: "retentionSomeStartDates" });
      expect(finding.message.en).toContain("181 to 184 days");
      expect(finding.interpretation?.en).toContain("six calendar months");
      expect(finding.interpretation?.en).toContain("184 days");
    }
    expect(retentionOf(184, "days")).toMatchObject({ status: "pass", messageId: "retentionEnough" });
  });

  it("is a violation when content or logs are not recorded, or records are not provided on request", () => {
    const findings = findingsOf(
      recordRetention,
      { service, records: { userContentRecorded: true, logsRecorded: false, retention: { value: 1, unit: "years" }, providedOnLawfulRequest: false } },
      asOf,
    );
    expect(findings.map((f) => [f.status, f.messageId])).toEqual([
      ["violation", "notRecorded"],
      ["pass", "retentionEnough"],
      ["violation", "notProvidedOnRequest"],
    ]);
    expect(findings[0]!.message.en).toBe("Not recorded: the logs.");
  });

  it("asks for each unknown fact", () => {
    const findings = findingsOf(recordRetention, { service, records: { logsRecorded: true } }, asOf);
    expect(findings.map((f) => [f.status, f.missingFacts])).toEqual([
      ["needs-info", ["records.userContentRecorded"]],
      ["needs-info", ["records.retention"]],
      ["needs-info", ["records.providedOnLawfulRequest"]],
    ]);
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    expect(findingsOf(recordRetention, records({ value: 1, unit: "days" }), "2019-02-14")).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "not-yet-in-force" }),
    ]);
    expect(findingsOf(recordRetention, { ...records({ value: 1, unit: "days" }), service: { ...service, usesBlockchain: false } }, asOf)).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "scope-not-blockchain" }),
    ]);
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = recordRetention.examples!;
    expect(findingsOf(recordRetention, pass, when).map((f) => f.status)).toEqual(["pass", "pass", "pass"]);
    expect(findingsOf(recordRetention, fail, when).map((f) => f.status)).toEqual(["pass", "violation", "pass"]);
  });
});
