/** formatPath renders every path as dotted names with [index] segments, whatever the segments hold. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/errors.js";

const reference = (path: (string | number)[]) =>
  path.length === 0 ? "(root)" : path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");

describe("formatPath", () => {
  it("renders known paths", () => {
    expect(formatPath(["service", "channels", 0, "address"])).toBe("service.channels[0].address");
    expect(formatPath([])).toBe("(root)");
    expect(formatPath([3, "x"])).toBe("[3].x");
  });

  it("agrees with the map-and-join definition on every path (500 cases)", () => {
    const segment = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "service", ""), fc.nat(20_000));
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        expect(formatPath(path)).toBe(reference(path));
      }),
      { numRuns: 500 },
    );
  });
});
