import { describe, expect, it } from "vitest";
import { changeFiling } from "../../../rules/cac-2019/change-filing.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 11, paragraph: 2 };
const service = { ...inCacScope };

describe("cac-2019/change-filing (Art. 11 ¶2)", () => {
  it("passes a change filed on the 5th working day across the amended 2019 Labour Day holiday", () => {
    // 2019-04-28 (a make-up Sunday) + 5 working days: 04-29, 04-30, (05-01..05-04 off), 05-05 (make-up), 05-06, 05-07.
    const finding = findingOf(changeFiling, { service, changes: [{ kind: "platform-address", changedDate: "2019-04-28", filedDate: "2019-05-07" }] }, "2019-06-01");
    expect(finding).toMatchObject({
      status: "pass",
      messageId: "changeFiledInTime",
      deadline: { start: "2019-04-28", workingDays: 5, direction: "after", due: "2019-05-07", status: "met" },
    });
    expect(finding.evidence[0]).toMatchObject({ field: "changes[0]" });
    expect(finding.message.en).toBe("Change 1 (platform address, effective 2019-04-28): change procedures completed on 2019-05-07, within 5 working days (due 2019-05-07).");
    expect(finding.message.zh).toContain("平台网址");
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.citations[0]!.text.zh).toContain("五个工作日内办理变更手续");
    expect(finding.penalties).toBeUndefined();
  });

  it("is a violation one working day late, with the Art. 19 penalty (mapping unverified)", () => {
    const finding = findingOf(changeFiling, { service, changes: [{ kind: "service-items", changedDate: "2019-04-28", filedDate: "2019-05-08" }] }, "2019-06-01");
    expect(finding).toMatchObject({ status: "violation", messageId: "changeFiledLate", deadline: { due: "2019-05-07", status: "late", workingDaysLate: 1 } });
    expect(finding.message.en).toContain("1 working days after the deadline of 2019-05-07");
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.penalties?.map((p) => p.id)).toEqual(["cac-2019/art-19"]);
    expect(finding.penalties?.[0]).toMatchObject({ mappingVerified: false, verified: false, fineCny: { min: 5_000, max: 30_000 } });
  });

  it("gives one finding per change, each with its own evidence", () => {
    const findings = findingsOf(
      changeFiling,
      {
        service,
        changes: [
          { kind: "service-items", changedDate: "2019-04-28", filedDate: "2019-05-07" },
          { kind: "other", description: "new server address", changedDate: "2019-09-30", filedDate: "2019-10-15" },
        ],
      },
      "2019-11-01",
    );
    expect(findings.map((f) => [f.status, f.evidence[0]?.field])).toEqual([
      ["pass", "changes[0]"],
      ["violation", "changes[1]"],
    ]);
    // 2019-09-30 + 5 working days across National Day (10-01..10-07 off, 10-12 a make-up Saturday): 10-08, 09, 10, 11, 12.
    expect(findings[1]!.deadline).toMatchObject({ due: "2019-10-12", status: "late" });
  });

  it("passes with no changes listed, and asks when the list itself is unknown", () => {
    expect(findingOf(changeFiling, { service, changes: [] }, "2019-06-01")).toMatchObject({ status: "pass", messageId: "noChanges" });
    expect(findingOf(changeFiling, { service }, "2019-06-01")).toMatchObject({ status: "needs-info", missingFacts: ["changes"] });
  });

  it("asks for the change date, and for the filing date once the deadline has passed", () => {
    expect(findingOf(changeFiling, { service, changes: [{ kind: "other" }] }, "2019-06-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["changes[0].changedDate"],
    });
    const overdue = findingOf(changeFiling, { service, changes: [{ kind: "platform-address", changedDate: "2019-04-28" }] }, "2019-06-01");
    expect(overdue).toMatchObject({ status: "needs-info", messageId: "changeFiledDateUnknown", missingFacts: ["changes[0].filedDate"], data: { due: "2019-05-07" } });
    expect(overdue.deadline).toBeUndefined();
  });

  it("passes an unfiled change while its deadline is still open, showing the due date", () => {
    const finding = findingOf(changeFiling, { service, changes: [{ kind: "platform-address", changedDate: "2019-04-28" }] }, "2019-05-06");
    expect(finding).toMatchObject({ status: "pass", messageId: "changePending", deadline: { due: "2019-05-07", status: "pending" } });
  });

  it("is not applicable before the Provisions took effect, for a change before they did, and out of scope", () => {
    expect(findingOf(changeFiling, { service, changes: [] }, "2019-02-14")).toMatchObject({ status: "not-applicable", messageId: "not-yet-in-force" });
    expect(findingOf(changeFiling, { service, changes: [{ kind: "other", changedDate: "2019-01-20" }] }, "2019-06-01")).toMatchObject({
      status: "not-applicable",
      messageId: "changeBeforeInForce",
    });
    const internal = findingOf(changeFiling, { service: { ...service, offeredToPublic: false }, changes: [] }, "2019-06-01");
    expect(internal).toMatchObject({ status: "not-applicable", messageId: "scope-not-public" });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf, pass, fail } = changeFiling.examples!;
    expect(findingsOf(changeFiling, pass, asOf).map((f) => f.status)).toEqual(["pass"]);
    expect(findingsOf(changeFiling, fail, asOf).map((f) => f.status)).toEqual(["violation"]);
  });
});

describe("cac-2019/change-filing: a change known not to be filed", () => {
  it("is a violation once the 5 working days have passed, and passes while they run", () => {
    const subject = { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true }, changes: [{ kind: "platform-address" as const, changedDate: "2019-04-28", filed: false }] };
    expect(findingOf(changeFiling, subject, "2019-05-09")).toMatchObject({ status: "violation", messageId: "changeNotFiledOverdue", deadline: { due: "2019-05-07", status: "missed", workingDaysLate: 2 } });
    expect(findingOf(changeFiling, subject, "2019-05-06")).toMatchObject({ status: "pass", messageId: "changePending" });
  });
});
