import { isDpmError, timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { irr } from "./irr.js";
import { npv } from "./npv.js";

describe("irr", () => {
  it("solves closed forms exactly", () => {
    expect(irr([-100, 110])).toBeCloseTo(0.1, 14);
    expect(irr([-100, 0, 121])).toBeCloseTo(0.1, 14);
    expect(irr([-1_000, 0, 0, 1_331])).toBeCloseTo(0.1, 14);
    expect(irr([-100, 100])).toBe(0);
    expect(irr([-100, 50])).toBeCloseTo(-0.5, 14);
  });

  it("reproduces Microsoft's IRR examples: −2.1 %, 8.7 %, and −44.4 % with guess −10 %", () => {
    // Excel displays these rounded to 0.1 %; the roots to 15 digits were computed independently
    // with scipy.optimize.brentq on the same NPV polynomial.
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000];
    expect(close(irr(flows), -0.021244848273410975, 1e-12)).toBe(true);
    expect(close(irr([...flows, 26_000]), 0.08663094803653155, 1e-12)).toBe(true);
    expect(close(irr([-70_000, 12_000, 15_000], { guess: -0.1 }), -0.44350694133474056, 1e-12)).toBe(true);
  });

  it("recovers the rate of an annuity priced at that rate (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -0.5, max: 3, noNaN: true }), fc.integer({ min: 1, max: 120 }), fc.double({ min: 1, max: 1e6, noNaN: true }), (r, n, c) => {
        // 1 − (1 + r)^−n via expm1/log1p: the naive form cancels catastrophically for tiny r
        // (r = 1e-9, n = 1 gave a price off by 8e-8, an annuity with a different rate).
        const price = Math.abs(r) < 1e-12 ? c * n : (c * -Math.expm1(-n * Math.log1p(r))) / r;
        const flows = [-price, ...new Array<number>(n).fill(c)];
        expect(close(irr(flows), r, 1e-8)).toBe(true);
      }),
    );
  });

  it("makes the NPV zero (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (outlay, returns) => {
        fc.pre(returns.some((v) => v > 0));
        const flows = [-outlay, ...returns];
        let r: number;
        try {
          r = irr(flows);
        } catch (error) {
          // only acceptable failure: a root beyond the documented range (tiny returns on a huge outlay)
          if (isDpmError(error, "NO_SOLUTION")) return;
          throw error;
        }
        const scale = flows.reduce((a, b) => a + Math.abs(b), 0);
        expect(Math.abs(npv(r, flows, { firstPeriod: 0 }))).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("returns the root nearest the guess when flows change sign twice", () => {
    // −100 + 230x − 132x² = 0 with x = 1 + r → r = 10 % or 20 %
    expect(irr([-100, 230, -132])).toBeCloseTo(0.1, 12);
    expect(irr([-100, 230, -132], { guess: 0.16 })).toBeCloseTo(0.2, 12);
    expect(irr([-100, 230, -132], { guess: -0.5 })).toBeCloseTo(0.1, 12);
  });

  it("finds roots across the whole documented range", () => {
    expect(irr([-1, 0.02])).toBeCloseTo(-0.98, 12);
    expect(irr([-1, 5_000])).toBeCloseTo(4_999, 8);
  });

  it("throws NO_SOLUTION with a message when no rate makes the NPV zero", () => {
    expect(expectDpm(() => irr([100, 50]), "NO_SOLUTION", "cashFlows").message).toContain("only inflows");
    expect(expectDpm(() => irr([-100, -50]), "NO_SOLUTION", "cashFlows").message).toContain("only outflows");
    expectDpm(() => irr([0, 0]), "NO_SOLUTION", "cashFlows");
    // 1 − 3x + 3x² > 0 for every x: both signs, yet no root
    expect(expectDpm(() => irr([1, -3, 3]), "NO_SOLUTION", "cashFlows").message).toContain("does not change sign");
    // the root (19,999 = 1,999,900 %) is beyond the range
    expectDpm(() => irr([-1, 20_000]), "NO_SOLUTION", "cashFlows");
  });

  it("accepts a TimeSeries and rejects short or bad input", () => {
    expect(irr(timeSeries("2025", [-100, 110]))).toBeCloseTo(0.1, 14);
    expectDpm(() => irr([-100]), "TOO_SHORT", "cashFlows");
    expectDpm(() => irr([-100, Infinity]), "NON_FINITE", "cashFlows[1]");
    expectDpm(() => irr([-100, 110], { guess: -1 }), "INVALID_ARGUMENT", "options.guess");
  });
});
