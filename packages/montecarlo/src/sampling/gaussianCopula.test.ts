import { describe, expect, it } from "vitest";
import { gaussianCopula, spearmanCorrelation } from "../index.js";

describe("gaussianCopula", () => {
  it("gives Spearman (6/π)·asin(ρ/2) for normal-score correlation ρ (5 SE)", () => {
    const n = 100_000;
    const [a, b] = gaussianCopula(n, [[1, -0.5], [-0.5, 1]], { random: 11, scale: "normal" }) as [Float64Array, Float64Array];
    // reference file: spearmanOfGaussianCopulaRhoMinus0.5 = −0.482584; SE of Spearman ≈ (1 − ρ²)/√n
    const se = (1 - 0.4826 ** 2) / Math.sqrt(n);
    expect(Math.abs(spearmanCorrelation(a, b) + 0.482584)).toBeLessThan(5 * se);
  });

  it("targets Spearman correlations by default, with LHS too", () => {
    const n = 20_000;
    const cols = gaussianCopula(n, [[1, 0.6, 0.2], [0.6, 1, -0.3], [0.2, -0.3, 1]], { random: 2, sampling: "lhs" }) as Float64Array[];
    const se = 1 / Math.sqrt(n);
    expect(Math.abs(spearmanCorrelation(cols[0] as Float64Array, cols[1] as Float64Array) - 0.6)).toBeLessThan(5 * se);
    expect(Math.abs(spearmanCorrelation(cols[1] as Float64Array, cols[2] as Float64Array) + 0.3)).toBeLessThan(5 * se);
    for (const c of cols) for (const u of c) expect(u > 0 && u < 1).toBe(true);
  });

  it("rejects a matrix that is not PSD", () => {
    expect(() => gaussianCopula(10, [[1, 1.5], [1.5, 1]])).toThrow(/not a correlation; entries must lie in \[−1, 1\]/);
    expect(() => gaussianCopula(10, [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]])).toThrow(/not positive semi-definite/);
    expect(() => gaussianCopula(0, [[1]])).toThrow(/count must be an integer ≥ 1/);
  });
});
