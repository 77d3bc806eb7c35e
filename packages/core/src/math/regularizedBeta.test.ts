import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDpmError } from "../errors/DpmError.js";
import { regularizedBeta } from "./regularizedBeta.js";

describe("regularizedBeta", () => {
  it("matches 40-digit mpmath betainc on both tails, small and huge shapes", () => {
    // mpmath 1.3 (dps = 40): betainc(a, b, 0, x, regularized=True) and its complement
    const cases: [number, number, number, number, number][] = [
      [0.5, 0.5, 0.1, 0.20483276469913346, 0.79516723530086654],
      [2.5, 7, 0.3, 0.64122246297172117, 0.35877753702827883],
      [50, 80, 0.35, 0.21008172577850647, 0.78991827422149353],
      [500, 300, 0.63, 0.61273952984023774, 0.38726047015976226],
      [1e5, 2.5, 0.99998, 0.54940587298236449, 0.45059412701763551],
      [0.3, 4000, 1e-4, 0.77637419812345899, 0.22362580187654101],
    ];
    for (const [a, b, x, lower, upper] of cases) {
      expect(Math.abs(regularizedBeta(a, b, x) / lower - 1)).toBeLessThan(1e-12);
      expect(Math.abs(regularizedBeta(a, b, x, true) / upper - 1)).toBeLessThan(1e-12);
    }
  });

  it("is a CDF in x: monotone, from 0 to 1, lower + upper = 1 (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 200, noNaN: true }), fc.double({ min: 0.1, max: 200, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, x1, x2) => {
        const [lo, hi] = x1 < x2 ? [x1, x2] : [x2, x1];
        expect(regularizedBeta(a, b, lo)).toBeLessThanOrEqual(regularizedBeta(a, b, hi) + 1e-15);
        expect(regularizedBeta(a, b, lo) + regularizedBeta(a, b, lo, true)).toBeCloseTo(1, 13);
      }),
    );
    expect(regularizedBeta(2, 3, -1)).toBe(0);
    expect(regularizedBeta(2, 3, 2, true)).toBe(0);
  });

  it("rejects shapes that are not positive and finite, and a NaN x", () => {
    for (const [a, b, x] of [[0, 1, 0.5], [1, -2, 0.5], [Infinity, 1, 0.5], [1, 1, Number.NaN]] as const) {
      let caught: unknown;
      try {
        regularizedBeta(a, b, x);
      } catch (error) {
        caught = error;
      }
      expect(isDpmError(caught) && caught.code === "INVALID_ARGUMENT" && /regularizedBeta: (a|b|x) must be/.test(caught.message)).toBe(true);
    }
  });
});
