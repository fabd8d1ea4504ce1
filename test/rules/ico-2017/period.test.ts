import { describe, expect, it } from "vitest";
import { periodPosition, type PeriodFacts } from "../../../rules/ico-2017/period.js";

const paths = { start: ["s"], end: ["e"], ongoing: ["o"] };
const sale = (facts: Partial<PeriodFacts>): PeriodFacts => ({ start: undefined, end: undefined, paths, endAbsentMeans: "unknown", ...facts });
const FROM = "2017-09-04";

describe("periodPosition", () => {
  it("places an activity that stopped before the prohibition, or ran on or after it", () => {
    expect(periodPosition(sale({ start: "2017-07-01", end: "2017-09-03" }), FROM, "2018-01-01")).toEqual({ kind: "stopped-before" });
    expect(periodPosition(sale({ start: "2017-07-01", end: "2017-09-04" }), FROM, "2018-01-01")).toEqual({ kind: "on-or-after" });
    expect(periodPosition(sale({ start: "2017-10-01" }), FROM, "2018-01-01")).toEqual({ kind: "on-or-after" });
    expect(periodPosition(sale({ start: "2017-07-01", ongoing: true }), FROM, "2018-01-01")).toEqual({ kind: "on-or-after" });
  });

  it("treats an activity starting after asOf as not started", () => {
    expect(periodPosition(sale({ start: "2018-02-01" }), FROM, "2018-01-01")).toEqual({ kind: "not-started" });
  });

  it("reads an absent end as continuing only where the fact says so, and otherwise asks", () => {
    expect(periodPosition(sale({ start: "2017-07-01", endAbsentMeans: "continuing" }), FROM, "2018-01-01")).toEqual({ kind: "on-or-after" });
    expect(periodPosition(sale({ start: "2017-07-01" }), FROM, "2018-01-01")).toEqual({ kind: "unknown", missing: [["e"], ["o"]] });
    expect(periodPosition(sale({}), FROM, "2018-01-01")).toEqual({ kind: "unknown", missing: [["s"], ["e"], ["o"]] });
  });
});
