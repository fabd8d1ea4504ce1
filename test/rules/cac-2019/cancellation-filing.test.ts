import { describe, expect, it } from "vitest";
import { cancellationFiling } from "../../../rules/cac-2019/cancellation-filing.js";
import { findingOf, findingsOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 11, paragraph: 3 };
const service = { ...inCacScope };
const filing = { filed: true };

describe("cac-2019/cancellation-filing (Art. 11 ¶3)", () => {
  it("passes a cancellation on the 30th working day before termination, with arrangements made", () => {
    const [cancellation, arrangements] = findingsOf(
      cancellationFiling,
      { service, filing, termination: { planned: true, terminationDate: "2021-10-15", cancellationFiledDate: "2021-08-30", arrangementsMade: true } },
      "2021-11-01",
    );
    // 2021-10-15 back 30 working days, across National Day 2021 (10-01..10-07 off; 09-26 and 10-09 make-up days).
    expect(cancellation).toMatchObject({
      status: "pass",
      messageId: "cancelledInTime",
      deadline: { start: "2021-10-15", workingDays: 30, direction: "before", due: "2021-08-30", status: "met" },
    });
    expect(cancellation!.citations[0]).toMatchObject(cited);
    expect(cancellation!.citations[0]!.text.zh).toContain("三十个工作日前办理注销手续");
    expect(arrangements).toMatchObject({ status: "pass", messageId: "arrangementsMade" });
  });

  it("is a violation one working day late, with no penalty (none is known for ¶3) and says so", () => {
    const [cancellation] = findingsOf(
      cancellationFiling,
      { service, filing, termination: { planned: true, terminationDate: "2021-10-15", cancellationFiledDate: "2021-08-31", arrangementsMade: true } },
      "2021-11-01",
    );
    expect(cancellation).toMatchObject({ status: "violation", messageId: "cancelledLate", deadline: { due: "2021-08-30", status: "late", workingDaysLate: 1 } });
    expect(cancellation!.penalties).toBeUndefined();
    expect(cancellation!.message.en).toContain("penalty for this paragraph is not known");
    expect(cancellation!.message.zh).toContain("罚则不详");
    expect(cancellation!.citations[0]).toMatchObject(cited);
  });

  it("is a violation when the service ended without proper arrangements, and a pass while they are still due", () => {
    const ended = { service, filing, termination: { planned: true, terminationDate: "2021-10-15", cancellationFiledDate: "2021-08-20", arrangementsMade: false } };
    const [, after] = findingsOf(cancellationFiling, ended, "2021-11-01");
    expect(after).toMatchObject({ status: "violation", messageId: "arrangementsMissing" });
    expect(after!.penalties).toBeUndefined();
    const [, before] = findingsOf(cancellationFiling, ended, "2021-09-01");
    expect(before).toMatchObject({ status: "pass", messageId: "arrangementsDue" });
  });

  it("passes while the cancellation is not yet due, and asks for its date once it is", () => {
    const planned = { service, filing, termination: { planned: true, terminationDate: "2021-10-15", arrangementsMade: true } };
    const [pending] = findingsOf(cancellationFiling, planned, "2021-08-30");
    expect(pending).toMatchObject({ status: "pass", messageId: "cancellationPending", deadline: { due: "2021-08-30", status: "pending" } });
    const [overdue] = findingsOf(cancellationFiling, planned, "2021-08-31");
    expect(overdue).toMatchObject({ status: "needs-info", messageId: "cancellationDateUnknown", missingFacts: ["termination.cancellationFiledDate"] });
  });

  it("asks whether the service ends, then for the date and the arrangements", () => {
    expect(findingOf(cancellationFiling, { service }, "2021-11-01")).toMatchObject({ status: "needs-info", missingFacts: ["termination.planned"] });
    expect(findingOf(cancellationFiling, { service, termination: { planned: true } }, "2021-11-01")).toMatchObject({
      status: "needs-info",
      missingFacts: ["termination.terminationDate", "termination.arrangementsMade"],
    });
  });

  it("reports lateness as a risk when the 30 working days began before the Provisions took effect", () => {
    const [cancellation] = findingsOf(
      cancellationFiling,
      { service, filing, termination: { planned: true, terminationDate: "2019-03-01", cancellationFiledDate: "2019-02-20", arrangementsMade: true } },
      "2019-06-01",
    );
    expect(cancellation).toMatchObject({ status: "risk", messageId: "cancelledLate" });
    expect(cancellation!.interpretation?.en).toContain("began before the Provisions took effect");
  });

  it("is not applicable when no end is planned, when never filed, before the Provisions, and out of scope", () => {
    expect(findingOf(cancellationFiling, { service, termination: { planned: false } }, "2021-11-01")).toMatchObject({
      status: "not-applicable",
      messageId: "notTerminating",
    });
    expect(findingOf(cancellationFiling, { service, filing: { filed: false }, termination: { planned: true } }, "2021-11-01")).toMatchObject({
      status: "not-applicable",
      messageId: "neverFiled",
    });
    expect(findingOf(cancellationFiling, { service, termination: { planned: true, terminationDate: "2019-01-31" } }, "2019-06-01")).toMatchObject({
      status: "not-applicable",
      messageId: "terminatedBeforeInForce",
    });
    expect(findingOf(cancellationFiling, { service, termination: { planned: true } }, "2019-02-14")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    expect(findingOf(cancellationFiling, { service: { ...service, usesBlockchain: false }, termination: { planned: true } }, "2021-11-01")).toMatchObject({
      status: "not-applicable",
      messageId: "scope-not-blockchain",
    });
  });

  it("has examples that pass and fail as documented", () => {
    const { asOf, pass, fail } = cancellationFiling.examples!;
    expect(findingsOf(cancellationFiling, pass, asOf).map((f) => f.status)).toEqual(["pass", "pass"]);
    expect(findingsOf(cancellationFiling, fail, asOf).map((f) => f.status)).toEqual(["violation", "pass"]);
  });
});

describe("cac-2019/cancellation-filing: cancellation known not to be done", () => {
  it("is a violation once the last day 30 working days before termination has passed", () => {
    const subject = { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: true }, filing: { filed: true }, termination: { planned: true, terminationDate: "2021-10-15", cancellationFiled: false, arrangementsMade: true } };
    const findings = findingsOf(cancellationFiling, subject, "2021-09-01");
    expect(findings[0]).toMatchObject({ status: "violation", messageId: "notCancelledOverdue", deadline: { due: "2021-08-30", status: "missed" } });
  });
});
