import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { loadReference, relClose } from "../../../test/experimentsReference.ts";
import { bayesMeans } from "./bayesMeans.js";
import { bayesProportions } from "./bayesProportions.js";

const ref = loadReference();

describe("bayesProportions agrees with R's numerical integration of the Beta posteriors", () => {
  for (const c of ref.bayes) {
    it(`Beta(${c.a}) vs Beta(${c.b})`, () => {
      const [aA, bA] = c.a as [number, number];
      const [aB, bB] = c.b as [number, number];
      const r = bayesProportions({ n: aA + bA - 2, conversions: aA - 1 }, { n: aB + bB - 2, conversions: aB - 1 }, { draws: 20_000 });
      expect(relClose(r.probabilityTreatmentBetter, c.probabilityBBeatsA, 1e-6)).toBe(true);
      expect(relClose(r.expectedLossTreatment, c.expectedLossB, 1e-6)).toBe(true);
      expect(relClose(r.control.ciLow, c.lowerA, 1e-9)).toBe(true);
      expect(relClose(r.control.ciHigh, c.upperA, 1e-9)).toBe(true);
      expect(relClose(r.treatment.ciLow, c.lowerB, 1e-9)).toBe(true);
      expect(relClose(r.treatment.ciHigh, c.upperB, 1e-9)).toBe(true);
    });
  }
  it("is seeded, and the Monte Carlo lift agrees with the exact probability", () => {
    const a = bayesProportions({ n: 1000, conversions: 50 }, { n: 1000, conversions: 68 }, { seed: 3, draws: 50_000 });
    const b = bayesProportions({ n: 1000, conversions: 50 }, { n: 1000, conversions: 68 }, { seed: 3, draws: 50_000 });
    expect(a.liftCiLow).toBe(b.liftCiLow);
    // P(lift > 0) from the draws ≈ the exact P(B > A): the lift's 1 − P quantile sits near 0.
    expect(a.liftCiLow).toBeLessThan(0.01);
    expect(a.liftCiHigh).toBeGreaterThan(0.6);
    expect(a.expectedLossControl - a.expectedLossTreatment).toBeCloseTo(69 / 1002 - 51 / 1002, 10);
    expect(() => bayesProportions({ n: 10, conversions: 11 }, { n: 10, conversions: 1 })).toThrow(/exceeds/);
    expect(() => bayesProportions({ n: 10, conversions: 1 }, { n: 10, conversions: 1 }, { prior: { alpha: 0, beta: 1 } })).toThrow(/prior/);
  });
});

describe("bayesMeans", () => {
  it("matches a brute-force Monte Carlo of the normal posterior", () => {
    const r = bayesMeans({ n: 400, mean: 10, variance: 16 }, { n: 400, mean: 10.5, variance: 20 });
    const se = Math.sqrt(16 / 400 + 20 / 400);
    const rng = createRng(5);
    let better = 0;
    let loss = 0;
    const m = 200_000;
    for (let i = 0; i < m; i++) {
      const delta = rng.normal(0.5, se);
      if (delta > 0) better++;
      else loss -= delta;
    }
    expect(Math.abs(r.probabilityTreatmentBetter - better / m)).toBeLessThan(4 * Math.sqrt(0.25 / m));
    expect(Math.abs(r.expectedLossTreatment - loss / m)).toBeLessThan(0.002);
    const flat = bayesMeans([1, 1, 1], [1, 1]);
    expect(flat.measurable).toBe(false);
    expect(flat.probabilityTreatmentBetter).toBe(0.5);
  });
});
