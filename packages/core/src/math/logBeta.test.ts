import { describe, expect, it } from "vitest";
import { logBeta } from "./logBeta.js";

describe("logBeta", () => {
  it("matches 40-digit mpmath log(beta(a, b)), including shapes in the millions", () => {
    // mpmath 1.3 (dps = 40): log(beta(a, b))
    const cases: [number, number, number][] = [
      [3, 4, -4.0943445622221006848],
      [1e6, 2.5, -34.254095399436516102],
      [0.1, 1e7, 0.64090309113837389372],
      [250.5, 777.25, -572.4622437025860903],
    ];
    for (const [a, b, r] of cases) {
      expect(Math.abs(logBeta(a, b) - r)).toBeLessThan(2e-14 * Math.max(1, Math.abs(r)));
      expect(logBeta(b, a)).toBe(logBeta(a, b));
    }
  });

  it("rejects non-positive or infinite shapes", () => {
    expect(() => logBeta(0, 1)).toThrow(/logBeta: a must be a finite number > 0, got 0/);
    expect(() => logBeta(1, Infinity)).toThrow(/logBeta: b must be a finite number > 0/);
  });
});
