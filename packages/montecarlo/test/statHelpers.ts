// Shared checks for the statistical tests. Every tolerance is derived from theory and stated:
// - the sample mean of n iid draws has standard error σ/√n (CLT), so a fixed-seed test allows 5 SE;
// - the sample variance has standard error ≈ √((μ₄ − σ⁴)/n) (delta method), with μ₄ estimated
//   by the sample's fourth central moment; again 5 SE.
import fc from "fast-check";
import { expect } from "vitest";
import type { Distribution } from "../src/index.js";

export interface Moments {
  readonly n: number;
  readonly mean: number;
  readonly variance: number;
  readonly m4: number;
}

export function moments(x: ArrayLike<number>): Moments {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i] as number;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (x[i] as number) - mean;
    const d2 = d * d;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { n, mean, variance: m2 / (n - 1), m4: m4 / n };
}

/** Sample mean and variance of `draws` within 5 standard errors of the distribution's own. */
export function expectMomentsNear(draws: ArrayLike<number>, mean: number, variance: number): void {
  const m = moments(draws);
  const seMean = Math.sqrt(variance / m.n);
  const seVar = Math.sqrt(Math.max(m.m4 - m.variance * m.variance, 0) / m.n);
  expect(Math.abs(m.mean - mean), `mean ${m.mean} vs ${mean} (5 SE = ${5 * seMean})`).toBeLessThanOrEqual(5 * seMean);
  expect(Math.abs(m.variance - variance), `variance ${m.variance} vs ${variance} (5 SE = ${5 * seVar})`).toBeLessThanOrEqual(5 * seVar + 1e-12);
}

/** 200,000 draws (fixed seed) have the distribution's mean and variance within 5 SE. */
export function expectSampleMoments(d: Distribution, n = 200_000, seed: number | string = 7): void {
  expectMomentsNear(d.sample(n, seed), d.mean, d.variance);
}

/** Property: cdf(quantile(p)) = p and quantile(cdf(x)) = x over the bulk of a continuous distribution. */
export function expectQuantileInvertsCdf(d: Distribution, rtol = 1e-9): void {
  const lo = d.quantile(1e-6);
  const hi = d.quantile(1 - 1e-6);
  fc.assert(
    fc.property(fc.double({ min: lo, max: hi, noNaN: true }), (x) => {
      const back = d.quantile(d.cdf(x));
      return Math.abs(back - x) <= rtol * Math.max(1, Math.abs(x), hi - lo);
    }),
    { numRuns: 300, seed: 11 },
  );
  fc.assert(
    fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (p) => Math.abs(d.cdf(d.quantile(p)) - p) <= 1e-12 + 1e-10 * p),
    { numRuns: 300, seed: 12 },
  );
}
