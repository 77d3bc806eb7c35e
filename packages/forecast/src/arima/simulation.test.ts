import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRng } from "@dpm/core";
import { fitArima } from "./fitArima.js";

/** Simulates y_t = φ y_{t−1} + e_t + θ e_{t−1} after a burn-in. */
function simulateArma(phi: number, theta: number, n: number, seed: number): number[] {
  const rng = createRng(seed);
  const out: number[] = [];
  let y = 0;
  let ePrev = 0;
  for (let t = 0; t < n + 200; t++) {
    const e = rng.normal();
    y = phi * y + e + theta * ePrev;
    ePrev = e;
    if (t >= 200) out.push(y);
  }
  return out;
}

describe("fitArima on simulated data (property)", () => {
  const n = 2000;
  it("recovers an AR(1) coefficient within 4 standard errors", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.8, max: 0.8, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (phi, seed) => {
        const fit = fitArima(simulateArma(phi, 0, n, seed), { order: [1, 0, 0], includeMean: false });
        const se = Math.sqrt((1 - phi * phi) / n);
        expect(Math.abs((fit.coefficients.ar1 as number) - phi)).toBeLessThan(4 * se + 1e-3);
        expect(Math.abs(fit.sigma2 - 1)).toBeLessThan(0.15);
      }),
      { numRuns: 12, seed: 42 },
    );
  });

  it("recovers an MA(1) coefficient within 4 standard errors", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.8, max: 0.8, noNaN: true }), fc.integer({ min: 1, max: 1e6 }), (theta, seed) => {
        const fit = fitArima(simulateArma(0, theta, n, seed), { order: [0, 0, 1], includeMean: false });
        const se = Math.sqrt((1 - theta * theta) / n);
        expect(Math.abs((fit.coefficients.ma1 as number) - theta)).toBeLessThan(4 * se + 1e-3);
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it("is deterministic: the same data give the same fit", () => {
    const y = simulateArma(0.5, 0.3, 300, 9);
    const a = fitArima(y, { order: [1, 0, 1] });
    const b = fitArima(y, { order: [1, 0, 1] });
    expect(a.coefficients).toEqual(b.coefficients);
    expect(a.logLik).toBe(b.logLik);
  });
});
