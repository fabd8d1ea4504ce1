import { describe, expect, it } from "vitest";
import { filingDeadline } from "../../../rules/cac-2019/filing-deadline.js";
import { findingOf, inCacScope } from "../../helpers/run-rule.js";

const cited = { instrument: "cac-2019", article: 11, paragraph: 1 };

describe("cac-2019/filing-deadline (Art. 11 ¶1)", () => {
  it("passes a filing made on the last working day, across the 2019 National Day holiday", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2019-09-26" }, filing: { filed: true, filedDate: "2019-10-15" } }, "2019-11-01");
    expect(finding).toMatchObject({ status: "pass", messageId: "filedInTime", deadline: { due: "2019-10-15", status: "met", workingDaysLate: 0 } });
    expect(finding.citations[0]).toMatchObject(cited);
    expect(finding.citations[0]!.text.zh).toContain("十个工作日内");
  });

  it("is a violation two working days late, with the deadline's work and the Art. 22 penalty", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2019-09-26" }, filing: { filed: true, filedDate: "2019-10-17" } }, "2019-11-01");
    expect(finding).toMatchObject({
      status: "violation",
      messageId: "filedLate",
      deadline: { start: "2019-09-26", workingDays: 10, direction: "after", due: "2019-10-15", actual: "2019-10-17", status: "late", workingDaysLate: 2 },
    });
    expect(finding.message.en).toBe("Filed on 2019-10-17, 2 working days after the deadline of 2019-10-15 (10 working days from 2019-09-26).");
    expect(finding.penalties?.[0]).toMatchObject({ id: "cac-2019/art-22", article: 22, fineCny: { min: 10_000, max: 30_000 } });
    expect(finding.citations[0]).toMatchObject(cited);
  });

  it("is a violation when never filed and overdue, counting the working days to asOf", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2019-09-26" }, filing: { filed: false } }, "2019-10-17");
    expect(finding).toMatchObject({ status: "violation", messageId: "notFiledOverdue", deadline: { status: "missed", workingDaysLate: 2 } });
  });

  it("passes while the deadline is still open, showing the due date", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2019-09-26" }, filing: { filed: false } }, "2019-10-08");
    expect(finding).toMatchObject({ status: "pass", messageId: "notFiledYetDue", deadline: { due: "2019-10-15", status: "pending" } });
  });

  it("asks for the start date and the filing facts, never passing without them", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope } }, "2019-11-01");
    expect(finding).toMatchObject({ status: "needs-info", missingFacts: ["service.startDate", "filing.filed"] });
    const noDate = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2019-09-26" }, filing: { filed: true } }, "2019-11-01");
    expect(noDate).toMatchObject({ status: "needs-info", missingFacts: ["filing.filedDate"] });
  });

  it("counts a service that predates the Provisions from 2019-02-15, and reports lateness only as a risk", () => {
    const finding = findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2018-06-01" }, filing: { filed: true, filedDate: "2019-03-15" } }, "2019-11-01");
    expect(finding).toMatchObject({ status: "risk", deadline: { start: "2019-02-15", due: "2019-03-01", status: "late" } });
    expect(finding.interpretation?.en).toContain("2018-06-01");
    expect(finding.interpretation?.en).toContain("could not be verified");
  });

  it("is not applicable before the Provisions took effect, out of scope, or when not public", () => {
    expect(findingOf(filingDeadline, { service: { ...inCacScope, startDate: "2018-06-01" } }, "2019-01-01")).toMatchObject({
      status: "not-applicable",
      messageId: "not-yet-in-force",
    });
    const consortium = findingOf(filingDeadline, { service: { ...inCacScope, offeredToPublic: false } }, "2019-11-01");
    expect(consortium).toMatchObject({ status: "not-applicable", messageId: "scope-not-public" });
    expect(consortium.citations[0]).toMatchObject({ instrument: "cac-2019", article: 2 });
    const foreign = findingOf(filingDeadline, { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: false } }, "2019-11-01");
    expect(foreign).toMatchObject({ status: "not-applicable", messageId: "scope-not-in-territory" });
  });

  it("reports a foreign service with mainland users as a risk, stating the reading of Art. 2", () => {
    const finding = findingOf(
      filingDeadline,
      { service: { usesBlockchain: true, offeredToPublic: true, providedFromMainland: false, servesMainlandUsers: true, startDate: "2019-09-26" }, filing: { filed: false } },
      "2019-11-01",
    );
    expect(finding.status).toBe("risk");
    expect(finding.interpretation?.en).toContain("within the territory");
  });
});
