import { describe, expect, it } from "vitest";
import { regularizedGamma } from "./regularizedGamma.js";

describe("regularizedGamma", () => {
  it("matches R's pgamma on both branches and tails, for small and large shapes", () => {
    // R 4.2.2: pgamma(c(0.5, 40, 1200), c(0.2, 35, 1000)); pgamma(c(60, 1100), c(35, 1000), lower = FALSE)
    expect(regularizedGamma(0.2, 0.5, false)).toBeCloseTo(0.87877483303620441, 14);
    expect(regularizedGamma(35, 40, false)).toBeCloseTo(0.80612446111892677, 14);
    expect(regularizedGamma(1000, 1200, false)).toBeCloseTo(0.99999999871183931, 14);
    expect(regularizedGamma(35, 60, true) / 0.00018791758120215469).toBeCloseTo(1, 12);
    expect(regularizedGamma(1000, 1100, true) / 0.0010593232539299791).toBeCloseTo(1, 11);
  });

  it("P + Q = 1 and the edge values", () => {
    for (const [a, x] of [[0.5, 0.2], [3, 7], [50, 45]] as const) expect(regularizedGamma(a, x, false) + regularizedGamma(a, x, true)).toBeCloseTo(1, 14);
    expect(regularizedGamma(2, 0, false)).toBe(0);
    expect(regularizedGamma(2, Infinity, true)).toBe(0);
  });
});
