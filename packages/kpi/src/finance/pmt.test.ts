import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { pmt } from "./pmt.js";

/** Runs the loan forward: the balance after `n` payments of `payment` (type 0: end of period; 1: start). */
function balanceAfter(rate: number, n: number, pv: number, payment: number, type: 0 | 1): number {
  let balance = pv; // spreadsheet sign convention: pv received (+), payments made (−)
  for (let t = 0; t < n; t++) {
    if (type === 1) balance += payment;
    balance *= 1 + rate;
    if (type === 0) balance += payment;
  }
  return balance;
}

describe("pmt", () => {
  it("reproduces Microsoft's PMT examples: −$1,037.03 and −$129.08", () => {
    // =PMT(8%/12, 10, 10000) and =PMT(6%/12, 18*12, 0, 50000)
    expect(pmt(0.08 / 12, 10, 10_000).toFixed(2)).toBe("-1037.03");
    expect(pmt(0.06 / 12, 216, 0, { futureValue: 50_000 }).toFixed(2)).toBe("-129.08");
  });

  it("gives the textbook mortgage payment: 200,000 at 6 % over 30 years → 1,199.10 a month", () => {
    expect(pmt(0.06 / 12, 360, 200_000).toFixed(2)).toBe("-1199.10");
  });

  it("repays the loan exactly when simulated period by period (property, both types)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.0001, max: 0.05, noNaN: true }),
        fc.integer({ min: 1, max: 480 }),
        fc.double({ min: 100, max: 1e6, noNaN: true }),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        fc.constantFrom<0 | 1>(0, 1),
        (rate, n, pv, fv, type) => {
          const payment = pmt(rate, n, pv, { futureValue: fv, type });
          // ending balance + fv = 0 in the spreadsheet convention
          expect(close(balanceAfter(rate, n, pv, payment, type) + fv, 0, 1e-8 * (pv * (1 + rate) ** n + Math.abs(fv)))).toBe(true);
        },
      ),
    );
  });

  it("uses the closed form −(pv + fv) / n at rate 0", () => {
    expect(pmt(0, 10, 1_000)).toBe(-100);
    expect(pmt(0, 10, 1_000, { futureValue: -200, type: 1 })).toBe(-80);
  });

  it("pays 1 / (1 + rate) as much in advance (type 1)", () => {
    expect(pmt(0.01, 24, 5_000, { type: 1 })).toBeCloseTo(pmt(0.01, 24, 5_000) / 1.01, 10);
  });

  it("is continuous at rate → 0", () => {
    expect(pmt(1e-12, 12, 1_200)).toBeCloseTo(-100, 6);
  });

  it("rejects bad periods, types and rates", () => {
    expectDpm(() => pmt(0.01, 0, 100), "INVALID_ARGUMENT", "periods");
    expectDpm(() => pmt(0.01, 12, 100, { type: 2 as never }), "INVALID_ARGUMENT", "options.type");
    expectDpm(() => pmt(-1, 12, 100), "INVALID_ARGUMENT", "rate");
    expectDpm(() => pmt(0.01, 12, Number.NaN), "NON_FINITE", "presentValue");
    expectDpm(() => pmt(0.01, 12, 100, { futureValue: Infinity }), "NON_FINITE", "options.futureValue");
  });
});

describe("pmt at the edge of double range", () => {
  it("uses the perpetuity limit when (1 + rate)^periods overflows, and reports an overflowing payment", () => {
    // 1e308 periods at 5 %: the annuity is a perpetuity, rate · presentValue per period
    expect(pmt(0.05, 1e308, 1000)).toBeCloseTo(-50, 10);
    expect(pmt(0.05, 1e308, 1000, { type: 1 })).toBeCloseTo(-50 / 1.05, 10);
    expect(() => pmt(1e308, 12, 1000)).toThrow(/overflows/);
    expect(() => pmt(0.5, 12, 1e308)).toThrow(/overflows/);
    expect(pmt(0.05, 12, 1e300) / (pmt(0.05, 12, 1000) * 1e297)).toBeCloseTo(1, 12);
  });
});
