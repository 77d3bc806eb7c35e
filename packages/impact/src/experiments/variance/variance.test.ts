import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { welchTTest } from "../tests/welchTTest.js";
import { cupedTest } from "./cupedTest.js";
import { ratioEstimate, ratioMetricTest } from "./ratioMetricTest.js";

describe("cupedTest", () => {
  it("reduces the variance to 1 − ρ² on simulated data, within sampling error", () => {
    const rng = createRng(2026);
    const n = 20_000;
    for (const rho of [0.3, 0.6, 0.9]) {
      const make = (shift: number) => {
        const x = new Float64Array(n);
        const y = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const a = rng.normal();
          x[i] = 50 + 10 * a;
          y[i] = 50 + shift + 10 * (rho * a + Math.sqrt(1 - rho * rho) * rng.normal());
        }
        return { values: y, covariate: x };
      };
      const c = make(0);
      const t = make(0.5);
      const r = cupedTest(c, t);
      // SE of ρ̂ ≈ (1 − ρ²)/√N, so SE of 1 − ρ̂² ≈ 2ρ(1 − ρ²)/√N with N = 2n units.
      const se = (2 * rho * (1 - rho * rho)) / Math.sqrt(2 * n);
      expect(Math.abs(r.varianceRatio - (1 - rho * rho))).toBeLessThan(4 * se);
      expect(Math.abs(r.correlation - rho)).toBeLessThan(4 * ((1 - rho * rho) / Math.sqrt(2 * n)));
      // The standard error shrinks by about √(1 − ρ²) against the raw Welch test.
      const raw = welchTTest(c.values, t.values);
      expect(r.standardError / raw.standardError).toBeCloseTo(Math.sqrt(r.varianceRatio), 2);
      expect(Math.abs(r.difference - 0.5)).toBeLessThan(4 * r.standardError);
    }
  });
  it("rejects unequal-length paired arrays and a constant covariate", () => {
    expect(() => cupedTest({ values: [1, 2, 3], covariate: [1, 2] }, { values: [1, 2], covariate: [1, 2] })).toThrow(/covariate has 2/);
    expect(() => cupedTest({ values: [1, 2], covariate: [1, 1] }, { values: [1, 2], covariate: [1, 1] })).toThrow(/same for every unit/);
  });
});

describe("ratioMetricTest", () => {
  it("the delta-method variance matches the spread of the ratio over repeated samples", () => {
    const rng = createRng(7);
    const users = 2000;
    const reps = 400;
    const ratios = new Float64Array(reps);
    let meanVar = 0;
    for (let r = 0; r < reps; r++) {
      const num = new Float64Array(users);
      const den = new Float64Array(users);
      for (let i = 0; i < users; i++) {
        const orders = Math.floor(-Math.log(1 - rng.next()) * 1.5);
        den[i] = orders;
        let rev = 0;
        for (let k = 0; k < orders; k++) rev += 20 + 30 * -Math.log(1 - rng.next());
        num[i] = rev;
      }
      const e = ratioEstimate(num, den);
      ratios[r] = e.ratio;
      meanVar += e.variance / reps;
    }
    let m = 0;
    for (const v of ratios) m += v / reps;
    let empirical = 0;
    for (const v of ratios) empirical += (v - m) ** 2 / (reps - 1);
    // The empirical variance of 400 replicates has a relative SE of about √(2/399) ≈ 7 %.
    expect(Math.abs(meanVar / empirical - 1)).toBeLessThan(0.25);
  });
  it("bad input", () => {
    expect(() => ratioMetricTest({ numerator: [1, 2], denominator: [1] }, { numerator: [1, 2], denominator: [1, 1] })).toThrow(/denominator has 1/);
    expect(() => ratioMetricTest({ numerator: [1, 2], denominator: [0, 0] }, { numerator: [1, 2], denominator: [1, 1] })).toThrow(/sums to 0/);
    const flat = ratioMetricTest({ numerator: [2, 2], denominator: [1, 1] }, { numerator: [2, 2], denominator: [1, 1] });
    expect(flat.measurable).toBe(false);
    expect(flat.pValue).toBe(1);
  });
});
