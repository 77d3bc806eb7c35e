import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { linearTrend } from "./linearTrend.js";

describe("linearTrend", () => {
  it("fits and tests a hand-worked example", () => {
    // y = 10, 12, 13, 15, 17 at x = 0…4: x̄ = 2, ȳ = 13.4, Sxy = 17, Sxx = 10 → slope 1.7,
    // intercept 10; residuals 0, 0.3, −0.4, −0.1, 0.2 → SSE 0.3; se = √(0.3 / 3 / 10) = 0.1; t = 17.
    // Two-sided p from the df = 3 closed form: p = 2 (1 − F₃(17)).
    const trend = linearTrend([10, 12, 13, 15, 17]);
    expect(trend.slope).toBeCloseTo(1.7, 14);
    expect(trend.intercept).toBeCloseTo(10, 13);
    expect(trend.standardError).toBeCloseTo(0.1, 13);
    expect(trend.tStatistic).toBeCloseTo(17, 11);
    expect(trend.degreesOfFreedom).toBe(3);
    const t = 17;
    const f3 = 0.5 + (t / (Math.sqrt(3) * (1 + (t * t) / 3)) + Math.atan(t / Math.sqrt(3))) / Math.PI;
    expect(close(trend.pValue, 2 * (1 - f3), 1e-8)).toBe(true);
    // SST = Σ(y − 13.4)² = 29.2 → R² = 1 − 0.3 / 29.2
    expect(trend.rSquared).toBeCloseTo(1 - 0.3 / 29.2, 12);
  });

  it("skips missing values but keeps their place on the time axis", () => {
    const withGap = timeSeries("2025-01", [1, Number.NaN, 3, 4, 5], { allowMissing: true });
    const trend = linearTrend(withGap);
    expect(trend.n).toBe(4);
    expect(trend.slope).toBeCloseTo(1, 14);
    expect(trend.intercept).toBeCloseTo(1, 14);
  });

  it("treats an exact line as p = 0 and a constant as p = 1", () => {
    const exact = linearTrend([3, 5, 7, 9]);
    expect(exact.pValue).toBe(0);
    expect(exact.tStatistic).toBe(Infinity);
    const flat = linearTrend([4, 4, 4, 4]);
    expect(flat.slope).toBe(0);
    expect(flat.pValue).toBe(1);
  });

  it("recovers a planted slope from noisy data better than chance (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.array(fc.double({ min: -0.01, max: 0.01, noNaN: true }), { minLength: 8, maxLength: 40 }), (slope, noise) => {
        const ys = noise.map((e, i) => 3 + slope * i + e);
        const trend = linearTrend(ys);
        expect(Math.abs(trend.slope - slope)).toBeLessThan(0.01);
        if (Math.abs(slope) > 0.05) expect(trend.pValue).toBeLessThan(1e-6);
      }),
    );
  });

  it("throws TOO_SHORT with fewer than 3 observed values, and rejects bad input", () => {
    expectDpm(() => linearTrend([1, 2]), "TOO_SHORT", "values");
    expectDpm(() => linearTrend([1, Number.NaN, Number.NaN, 2]), "TOO_SHORT", "values");
    expectDpm(() => linearTrend([1, 2, Infinity]), "NON_FINITE", "values[2]");
    expectDpm(() => linearTrend("123" as never), "INVALID_ARGUMENT", "values");
    expectDpm(() => linearTrend([1, "2", 3] as never), "INVALID_ARGUMENT", "values[1]");
  });
});
