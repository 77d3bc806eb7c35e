import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { welchTTest } from "../tests/welchTTest.js";
import { bootstrapBounds, jackknifeAcceleration } from "./bootstrapKernel.js";
import { bootstrapKernel, bootstrapTest } from "./bootstrapTest.js";
import { poissonBootstrap } from "./poissonBootstrap.js";

describe("bootstrapTest", () => {
  it("covers the true difference at the nominal 95 % over 2,000 seeded A/A simulations (percentile and BCa)", () => {
    const sims = 2000;
    const n = 150;
    const resamples = 600;
    const rng = createRng(99);
    const c = new Float64Array(n);
    const t = new Float64Array(n);
    const out = new Float64Array(resamples);
    let coveredPercentile = 0;
    let coveredBca = 0;
    for (let s = 0; s < sims; s++) {
      // Normal values: the true difference is 0.
      rng.fillNormal(c, 10, 3);
      rng.fillNormal(t, 10, 3);
      const p = bootstrapKernel(c, t, rng, resamples, "percentile", 0.05, out);
      if (p.ciLow <= 0 && p.ciHigh >= 0) coveredPercentile++;
      // BCa on the same (now sorted) replicates.
      const [lo, hi] = bootstrapBounds(out, p.difference, 0.05, jackknifeAcceleration(c, t));
      if (lo <= 0 && hi >= 0) coveredBca++;
    }
    const se = Math.sqrt((0.95 * 0.05) / sims);
    // Within binomial error (3 SE ≈ 1.5 %). Bootstrap intervals undercover slightly at small n
    // (plug-in variance, Monte Carlo quantiles), hence n = 150 units and 600 resamples per sim.
    expect(Math.abs(coveredPercentile / sims - 0.95)).toBeLessThan(3 * se);
    expect(Math.abs(coveredBca / sims - 0.95)).toBeLessThan(3 * se);
  });

  it("is seeded and agrees with Welch on large symmetric samples", () => {
    const rng = createRng(1);
    const c = rng.fillNormal(new Float64Array(3000), 5, 2);
    const t = rng.fillNormal(new Float64Array(3000), 5.2, 2);
    const a = bootstrapTest(c, t, { seed: 4 });
    expect(bootstrapTest(c, t, { seed: 4 })).toEqual(a);
    const w = welchTTest(c, t);
    expect(a.ciLow).toBeCloseTo(w.ciLow, 1);
    expect(a.ciHigh).toBeCloseTo(w.ciHigh, 1);
    expect(a.standardError / w.standardError).toBeGreaterThan(0.9);
    expect(a.standardError / w.standardError).toBeLessThan(1.1);
  });

  it("BCa shifts the interval to the skewed side for revenue-like data", () => {
    const rng = createRng(8);
    const gen = (n: number) => Float64Array.from({ length: n }, () => (rng.next() < 0.1 ? Math.exp(3 + 1.2 * rng.normal()) : 0));
    const c = gen(400);
    const t = gen(400);
    const p = bootstrapTest(c, t, { method: "percentile", seed: 2 });
    const b = bootstrapTest(c, t, { method: "bca", seed: 2 });
    expect(b.ciLow).not.toBe(p.ciLow);
    expect(b.difference).toBe(p.difference);
  });

  it("zero variance and bad input", () => {
    expect(bootstrapTest([2, 2, 2], [2, 2]).measurable).toBe(false);
    expect(() => bootstrapTest([1], [1, 2])).toThrow(/at least 2/);
    expect(() => bootstrapTest([1, 2], [1, 2], { resamples: 0 })).toThrow(/resamples/);
  });
});

describe("poissonBootstrap", () => {
  it("its standard error matches the analytic SE of the difference in means", () => {
    const rng = createRng(11);
    const n = 200_000;
    const c = new Float64Array(n);
    const t = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      c[i] = rng.next() < 0.05 ? Math.exp(3.5 + rng.normal()) : 0;
      t[i] = rng.next() < 0.052 ? Math.exp(3.5 + rng.normal()) : 0;
    }
    const r = poissonBootstrap(c, t, { resamples: 1000, seed: 5 });
    const w = welchTTest(c, t);
    // SE of a bootstrap SE from 1,000 resamples is ≈ 2.2 %.
    expect(Math.abs(r.standardError / w.standardError - 1)).toBeLessThan(0.08);
    expect(r.difference).toBeCloseTo(w.difference, 12);
    expect(poissonBootstrap(c, t, { resamples: 1000, seed: 5 }).ciLow).toBe(r.ciLow);
  });
  it("bad input", () => {
    expect(() => poissonBootstrap([1, Number.NaN], [1, 2])).toThrow(/finite/);
    expect(poissonBootstrap([0, 0], [0, 0]).measurable).toBe(false);
  });
});
