import { describe, expect, it } from "vitest";
import { complaintEntry } from "../../../rules/cac-2019/complaint-entry.js";
import { findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 18, paragraph: 2 };
const service = { ...inCacScope };
const asOf = "2020-01-01";

describe("cac-2019/complaint-entry (Art. 18 ¶2, substance only, numbering unverified)", () => {
  it("passes a convenient entry (showing where it is) and prompt handling", () => {
    const [entry, handling] = findingsOf(
      complaintEntry,
      { service, supervision: { complaintEntry: true, complaintEntryLocation: "App → Me → Report", complaintsHandledPromptly: true } },
      asOf,
    );
    expect(entry).toMatchObject({ status: "pass", messageId: "entryAt" });
    expect(entry!.message.en).toBe("A convenient complaint and reporting entry is provided: App → Me → Report.");
    expect(entry!.citations[0]).toMatchObject({ ...cited, textStatus: "substance-only", verified: false, text: { zh: null } });
    expect(handling).toMatchObject({ status: "pass", messageId: "handledPromptly" });
  });

  it("is a violation per duty not met, with the Art. 19 penalty (mapping unverified)", () => {
    const [entry, handling] = findingsOf(complaintEntry, { service, supervision: { complaintEntry: false, complaintsHandledPromptly: false } }, asOf);
    expect(entry).toMatchObject({ status: "violation", messageId: "noEntry" });
    expect(handling).toMatchObject({ status: "violation", messageId: "notHandledPromptly" });
    expect(entry!.citations[0]).toMatchObject(cited);
    expect(entry!.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(entry!.penalties?.[0]).toMatchObject({ mappingVerified: false });
  });

  it("asks for each unknown fact", () => {
    const findings = findingsOf(complaintEntry, { service, supervision: { complaintEntry: true } }, asOf);
    expect(findings.map((f) => [f.status, f.messageId, f.missingFacts])).toEqual([
      ["pass", "entry", []],
      ["needs-info", "missing-facts", ["supervision.complaintsHandledPromptly"]],
    ]);
    expect(findingsOf(complaintEntry, { service }, asOf).map((f) => f.missingFacts)).toEqual([["supervision.complaintEntry"], ["supervision.complaintsHandledPromptly"]]);
  });

  it("is not applicable before the Provisions took effect and out of scope", () => {
    expect(findingsOf(complaintEntry, { service, supervision: { complaintEntry: false } }, "2019-02-14")).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "not-yet-in-force" }),
    ]);
    expect(findingsOf(complaintEntry, { service: { ...service, usesBlockchain: false } }, asOf)).toEqual([
      expect.objectContaining({ status: "not-applicable", messageId: "scope-not-blockchain" }),
    ]);
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf: when, pass, fail } = complaintEntry.examples!;
    expect(findingsOf(complaintEntry, pass, when).map((f) => f.status)).toEqual(["pass", "pass"]);
    expect(findingsOf(complaintEntry, fail, when).map((f) => f.status)).toEqual(["violation", "pass"]);
  });
});
