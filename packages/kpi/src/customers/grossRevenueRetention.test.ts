import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { grossRevenueRetention } from "./grossRevenueRetention.js";
import { revenueChurnRate } from "./revenueChurnRate.js";

describe("grossRevenueRetention", () => {
  it("is the share of starting revenue kept", () => {
    expect(grossRevenueRetention(10_000, 200, 300)).toBe(0.95);
  });

  it("is 1 − revenueChurnRate and within [0, 1] (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (start, a, b) => {
        const contraction = start * a * 0.5;
        const churned = start * b * 0.5;
        const grr = grossRevenueRetention(start, contraction, churned);
        expect(grr).toBeGreaterThanOrEqual(0);
        expect(grr).toBeLessThanOrEqual(1);
        expect(close(grr, 1 - revenueChurnRate(start, contraction, churned), 1e-12)).toBe(true);
      }),
    );
  });

  it("throws for zero starting revenue and negative amounts", () => {
    expectDpm(() => grossRevenueRetention(0, 0, 0), "INVALID_ARGUMENT", "startingRevenue");
    expectDpm(() => grossRevenueRetention(10, 0, -1), "INVALID_ARGUMENT", "churned");
  });
});
