import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { gamma, imanConover, lognormal, normal, spearmanCorrelation, triangular, uniform } from "../index.js";

describe("imanConover", () => {
  const n = 10_000;
  const columns = () => [normal(0, 1).sample(n, 1), triangular(8, 10, 13).sample(n, 2), gamma(2).sample(n, 3), lognormal({ mu: 0, sigma: 1 }).sample(n, 4)];
  const target = [
    [1, 0.7, -0.3, 0.1],
    [0.7, 1, 0.2, 0],
    [-0.3, 0.2, 1, -0.5],
    [0.1, 0, -0.5, 1],
  ];

  it("achieves every target Spearman correlation within 0.02 for n = 10,000", () => {
    const out = imanConover(columns(), target, { random: 5 });
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < i; j++) {
        const rho = spearmanCorrelation(out[i] as Float64Array, out[j] as Float64Array);
        expect(Math.abs(rho - (target[i]?.[j] as number)), `(${i}, ${j}): ${rho}`).toBeLessThan(0.02);
      }
    }
  });

  it("keeps every column's values (the marginals) exactly", () => {
    const cols = columns();
    const out = imanConover(cols, target, { random: 5 });
    cols.forEach((c, j) => expect(Float64Array.from(out[j] as Float64Array).sort()).toEqual(Float64Array.from(c).sort()));
  });

  it("reads a normal-score matrix with scale: normal", () => {
    const out = imanConover([normal(0, 1).sample(n, 1), uniform(0, 1).sample(n, 2)], [[1, -0.5], [-0.5, 1]], { random: 2, scale: "normal" });
    // Spearman of normal scores with correlation −0.5: (6/π) asin(−0.25) = −0.482584
    expect(spearmanCorrelation(out[0] as Float64Array, out[1] as Float64Array)).toBeCloseTo(-0.482584, 2);
  });

  it("rejects a matrix that is not PSD, offering the nearest valid one", () => {
    try {
      imanConover(columns().slice(0, 3), [
        [1, 0.9, -0.9],
        [0.9, 1, 0.9],
        [-0.9, 0.9, 1],
      ]);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "INVALID_ARGUMENT")).toBe(true);
      expect(String(e)).toMatch(/not positive semi-definite .* nearest valid correlation matrix is \[\[1,0.5,-0.5\],\[0.5,1,0.5\],\[-0.5,0.5,1\]\]/);
    }
  });

  it("rejects shape mismatches", () => {
    expect(() => imanConover([[1, 2, 3]], [[1, 0], [0, 1]])).toThrow(/matrix is 2×2 but 1 columns/);
    expect(() => imanConover([[1, 2, 3], [1, 2]], [[1, 0], [0, 1]])).toThrow(/columns\[1\] has 2 values/);
    expect(() => imanConover([[1, 2]], [[2]])).toThrow(/must be 1/);
  });

  it("rejects a column with a NaN (or ±Infinity) instead of returning NaN-ordered samples", () => {
    const m = [[1, 0.5], [0.5, 1]];
    expect(() => imanConover([[1, 2, Number.NaN, 4], [1, 2, 3, 4]], m)).toThrow(/columns\[0\]\[2\] is NaN; every sample must be a finite number/);
    expect(() => imanConover([[1, 2, 3, 4], [1, Infinity, 3, 4]], m)).toThrow(/columns\[1\]\[1\] is Infinity/);
  });

  it("rejects null and unknown options", () => {
    const m = [[1, 0.5], [0.5, 1]];
    expect(() => imanConover([[1, 2], [3, 4]], m, null as never)).toThrow(/options must be an object/);
    expect(() => imanConover([[1, 2], [3, 4]], m, { seed: 1 } as never)).toThrow(/unknown option "seed"/);
  });
});
