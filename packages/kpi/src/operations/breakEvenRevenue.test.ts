import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { breakEvenRevenue } from "./breakEvenRevenue.js";
import { breakEvenUnits } from "./breakEvenUnits.js";

describe("breakEvenRevenue", () => {
  it("is fixed costs over the contribution margin ratio", () => {
    expect(breakEvenRevenue(10_000, 0.4)).toBe(25_000);
  });

  it("equals break-even units × price", () => {
    // price 25, unit cost 15 → ratio 0.4
    expect(breakEvenRevenue(10_000, (25 - 15) / 25)).toBeCloseTo(breakEvenUnits(10_000, 25, 15) * 25, 9);
  });

  it("throws NO_SOLUTION for a ratio ≤ 0 and INVALID_ARGUMENT above 1", () => {
    expectDpm(() => breakEvenRevenue(10_000, 0), "NO_SOLUTION", "contributionMarginRatio");
    expectDpm(() => breakEvenRevenue(10_000, -0.2), "NO_SOLUTION", "contributionMarginRatio");
    expectDpm(() => breakEvenRevenue(10_000, 1.2), "INVALID_ARGUMENT", "contributionMarginRatio");
  });

  it("records no-solution periods as missing on request", () => {
    const ratio = timeSeries("2025-01", [0.5, 0]);
    const b = breakEvenRevenue(1_000, ratio, { whenUndefined: "missing" });
    expect(b.values[0]).toBe(2_000);
    expect(b.values[1]).toBeNaN();
    expectDpm(() => breakEvenRevenue(1_000, ratio), "NO_SOLUTION", "contributionMarginRatio[1]");
  });
});
