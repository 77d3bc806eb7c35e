import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { mae } from "./mae.js";

describe("mae", () => {
  it("is the mean absolute error", () => {
    expect(mae([10, 20, 30], [12, 18, 27])).toBeCloseTo(7 / 3, 14);
    expect(mae([5], [5])).toBe(0);
  });

  it("is symmetric and non-negative (property)", () => {
    const arr = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(arr, arr, (a, b) => {
        expect(mae(a, b)).toBeGreaterThanOrEqual(0);
        expect(mae(a, b)).toBeCloseTo(mae(b, a), 8);
      }),
    );
  });

  it("rejects mismatched lengths", () => {
    expect(catchDpm(() => mae([1, 2, 3], [1, 2])).message).toMatch(/actual has 3 values but forecast has 2/);
  });
});
