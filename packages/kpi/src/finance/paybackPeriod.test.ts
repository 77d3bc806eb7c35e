import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { paybackPeriod } from "./paybackPeriod.js";

describe("paybackPeriod", () => {
  it("interpolates within the period of the crossing (hand-worked)", () => {
    // cumulative: −1000, −700, −300, +200 → crosses in period 3, 300 of 500 into it
    expect(paybackPeriod([-1_000, 300, 400, 500])).toBe(2.6);
    // exactly at the end of period 2
    expect(paybackPeriod([-1_000, 500, 500, 500])).toBe(2);
    expect(paybackPeriod([-600, 200, 200, 200, 200])).toBe(3);
  });

  it("discounts first with discountRate (hand-worked)", () => {
    // at 10 %: 550 → 500, 1210 → 1000; cumulative −1000, −500, +500 → 1.5
    expect(paybackPeriod([-1_000, 550, 1_210], { discountRate: 0.1 })).toBeCloseTo(1.5, 12);
    // discounting can push the payback beyond the horizon
    expect(paybackPeriod([-1_000, 500, 500], { discountRate: 0.1 })).toBe(Infinity);
  });

  it("is 0 when nothing is invested and Infinity (documented) when never paid back", () => {
    expect(paybackPeriod([0, 100])).toBe(0);
    expect(paybackPeriod([100, -50])).toBe(0);
    expect(paybackPeriod([-1_000, 100, 100])).toBe(Infinity);
  });

  it("reports the first crossing, even if later outflows dip below again", () => {
    expect(paybackPeriod([-100, 100, -50, 10])).toBe(1);
  });

  it("accepts a TimeSeries and rejects bad input", () => {
    expect(paybackPeriod(timeSeries("2025", [-100, 50, 50]))).toBe(2);
    expectDpm(() => paybackPeriod([]), "EMPTY", "cashFlows");
    expectDpm(() => paybackPeriod([-1, Number.NaN]), "NON_FINITE", "cashFlows[1]");
    expectDpm(() => paybackPeriod([-1, 2], { discountRate: -1 }), "INVALID_ARGUMENT", "options.discountRate");
  });
});
