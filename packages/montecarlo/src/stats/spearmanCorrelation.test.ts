import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spearmanCorrelation } from "../index.js";

describe("spearmanCorrelation", () => {
  it("matches the textbook formula 1 − 6Σd²/(n(n² − 1)) without ties", () => {
    const x = [86, 97, 99, 100, 101, 103, 106, 110, 112, 113];
    const y = [2, 20, 28, 27, 50, 29, 7, 17, 6, 12];
    // Wikipedia's worked example: ρ = −29/165 = −0.175757…
    expect(spearmanCorrelation(x, y)).toBeCloseTo(-29 / 165, 12);
  });

  it("gives ties their average rank (R: cor(x, y, method = 'spearman'))", () => {
    // R 4.2.2: cor(c(1,2,2,3), c(1,3,2,4), method="spearman") = 0.9486833
    expect(spearmanCorrelation([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(0.9486833, 7);
  });

  it("is invariant under increasing transformations", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 })), { minLength: 3, maxLength: 40 }), (pairs) => {
        const x = pairs.map((p) => p[0]);
        const y = pairs.map((p) => p[1]);
        const a = spearmanCorrelation(x, y);
        const b = spearmanCorrelation(x.map((v) => Math.exp(v / 50)), y.map((v) => v * 3 + 1));
        return Math.abs(a - b) < 1e-12;
      }),
      { seed: 8 },
    );
  });

  it("rejects mismatched or short input", () => {
    expect(() => spearmanCorrelation([1, 2], [1])).toThrow(/y has 1 value/);
    expect(() => spearmanCorrelation([1], [1])).toThrow(/at least 2/);
  });
});
