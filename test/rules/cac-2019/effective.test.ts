import { describe, expect, it } from "vitest";
import { cac2019Rules } from "../../../rules/cac-2019/index.js";
import { CAC_2019_EFFECTIVE } from "../../../rules/cac-2019/effective.js";

describe("cac-2019 effective date", () => {
  it("is the decree's date of effect, 2019-02-15, and every CAC rule applies from it", () => {
    expect(CAC_2019_EFFECTIVE).toBe("2019-02-15");
    expect(cac2019Rules.map((rule) => [rule.id, rule.appliesFrom])).toEqual(cac2019Rules.map((rule) => [rule.id, "2019-02-15"]));
  });
});
