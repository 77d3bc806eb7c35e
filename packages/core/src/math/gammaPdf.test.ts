import { describe, expect, it } from "vitest";
import { gammaPdf } from "./gammaPdf.js";
import { regularizedGamma } from "./regularizedGamma.js";

describe("gammaPdf", () => {
  it("matches 40-digit mpmath densities, including a large shape", () => {
    // mpmath 1.3 (dps = 40): r (r x)^(a−1) e^(−r x) / Γ(a)
    const cases: [number, number, number, number][] = [
      [3.7, 2.5, 1, 0.13236610920766097],
      [1000, 1000, 1, 0.0126146113487215],
      [0.02, 0.3, 4, 7.2319334241613017],
    ];
    for (const [x, a, r, d] of cases) expect(Math.abs(gammaPdf(x, a, r) / d - 1)).toBeLessThan(1e-13);
  });

  it("is the derivative of the regularised incomplete gamma function", () => {
    for (const [a, x] of [[0.7, 0.4], [3, 2.2], [40, 37]] as const) {
      const h = 1e-5 * x;
      const slope = (regularizedGamma(a, x + h) - regularizedGamma(a, x - h)) / (2 * h);
      expect(gammaPdf(x, a) / slope).toBeCloseTo(1, 8);
    }
  });

  it("handles the boundary and rejects bad parameters", () => {
    expect(gammaPdf(-1, 2)).toBe(0);
    expect(gammaPdf(0, 1, 3)).toBe(3);
    expect(gammaPdf(0, 0.5)).toBe(Infinity);
    expect(() => gammaPdf(1, 0)).toThrow(/gammaPdf: shape must be a finite number > 0, got 0/);
    expect(() => gammaPdf(1, 2, -1)).toThrow(/gammaPdf: rate must be/);
  });
});
