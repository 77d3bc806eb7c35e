import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { npv } from "./npv.js";

// Spreadsheet convention (Excel, Google Sheets, LibreOffice): NPV(rate, v1, …, vn) = Σ vᵢ / (1 + rate)^i,
// i = 1…n — the first value is discounted one period. The reference values below are Microsoft's
// documented results for its NPV examples (support.microsoft.com, "NPV function"), rounded to cents,
// and closed forms.
describe("npv", () => {
  it("reproduces Microsoft's NPV example 1: =NPV(10%, -10000, 3000, 4200, 6800) → $1,188.44", () => {
    expect(npv(0.1, [-10_000, 3_000, 4_200, 6_800]).toFixed(2)).toBe("1188.44");
  });

  it("reproduces Microsoft's NPV example 2: =NPV(8%, B3:B7) + B2 → $1,922.06, and with a loss in year 6 → −$3,749.47", () => {
    expect((npv(0.08, [8_000, 9_200, 10_000, 12_000, 14_500]) - 40_000).toFixed(2)).toBe("1922.06");
    expect((npv(0.08, [8_000, 9_200, 10_000, 12_000, 14_500, -9_000]) - 40_000).toFixed(2)).toBe("-3749.47");
  });

  it("equals the annuity closed form c · (1 − (1 + r)^−n) / r", () => {
    const c = 250;
    const r = 0.07;
    const n = 30;
    expect(close(npv(r, new Array(n).fill(c)), (c * (1 - (1 + r) ** -n)) / r, 1e-13)).toBe(true);
  });

  it("does not discount the first flow with firstPeriod 0, i.e. (1 + r) × the spreadsheet value (property)", () => {
    expect(npv(0.1, [-100, 110], { firstPeriod: 0 })).toBeCloseTo(0, 12);
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 1, noNaN: true }), fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (r, flows) => {
        // rounding scale: the magnitudes of the discounted terms
        const scale = flows.reduce((a, v, i) => a + Math.abs(v) * (1 + r) ** -i, 0);
        expect(Math.abs(npv(r, flows, { firstPeriod: 0 }) - (1 + r) * npv(r, flows))).toBeLessThanOrEqual(1e-12 * scale + 1e-300);
      }),
    );
  });

  it("is the plain sum at rate 0 and accepts a TimeSeries", () => {
    expect(npv(0, [1, 2, 3])).toBe(6);
    expect(npv(0.1, timeSeries("2025", [110, 121]))).toBeCloseTo(200, 10);
  });

  it("rejects empty flows, non-finite flows, rates ≤ −1 and a bad firstPeriod", () => {
    expectDpm(() => npv(0.1, []), "EMPTY", "cashFlows");
    expectDpm(() => npv(0.1, [1, Number.NaN]), "NON_FINITE", "cashFlows[1]");
    expectDpm(() => npv(-1, [1]), "INVALID_ARGUMENT", "rate");
    expectDpm(() => npv(Number.NaN, [1]), "NON_FINITE", "rate");
    expectDpm(() => npv(0.1, [1], { firstPeriod: 2 as never }), "INVALID_ARGUMENT", "options.firstPeriod");
  });
});
