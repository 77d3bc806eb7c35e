import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { cagr } from "./cagr.js";

describe("cagr", () => {
  it("recovers the rate of a value compounded at a known rate", () => {
    // 100 × 1.1³ = 133.1
    expect(cagr(100, 133.1, 3)).toBeCloseTo(0.1, 12);
    // doubling in 7.272540897… years is 10 % a year (ln 2 / ln 1.1)
    expect(cagr(1, 2, Math.log(2) / Math.log(1.1))).toBeCloseTo(0.1, 12);
  });

  it("is −1 when everything is lost and 0 when nothing changes", () => {
    expect(cagr(100, 0, 2)).toBe(-1);
    expect(cagr(100, 100, 5)).toBe(0);
  });

  it("inverts compounding (property): begin × (1 + cagr)^years = end", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.double({ min: -0.9, max: 2, noNaN: true }),
        fc.double({ min: 0.25, max: 30, noNaN: true }),
        (begin, rate, years) => {
          const end = begin * (1 + rate) ** years;
          expect(close(cagr(begin, end, years), rate, 1e-9)).toBe(true);
        },
      ),
    );
  });

  it("throws for a zero or negative begin value, naming it", () => {
    expect(expectDpm(() => cagr(0, 10, 1), "INVALID_ARGUMENT", "beginValue").details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => cagr(-5, 10, 1), "INVALID_ARGUMENT", "beginValue");
  });

  it("throws for years ≤ 0 and a negative end value", () => {
    expectDpm(() => cagr(1, 2, 0), "INVALID_ARGUMENT", "years");
    expectDpm(() => cagr(1, 2, -1), "INVALID_ARGUMENT", "years");
    expectDpm(() => cagr(1, -2, 1), "INVALID_ARGUMENT", "endValue");
  });
});
