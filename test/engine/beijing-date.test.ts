import { describe, expect, it } from "vitest";
import { beijingDateOfInstant, beijingToday } from "../../src/subject/date.js";

describe("Beijing dates", () => {
  it("turns instants into Beijing calendar dates, whatever the host zone", () => {
    expect(beijingDateOfInstant("2019-09-30T15:59:59.999Z")).toBe("2019-09-30");
    expect(beijingDateOfInstant("2019-09-30T16:00:00Z")).toBe("2019-10-01");
    expect(beijingDateOfInstant("2019-10-01T00:00:00+08:00")).toBe("2019-10-01");
    expect(beijingDateOfInstant("2019-09-30T23:59:59-10:00")).toBe("2019-10-01");
  });

  it("defaults asOf to the Beijing date of now", () => {
    expect(beijingToday(new Date("2019-09-30T16:30:00Z"))).toBe("2019-10-01");
    expect(beijingToday(new Date("2019-09-30T15:30:00Z"))).toBe("2019-09-30");
  });
});
