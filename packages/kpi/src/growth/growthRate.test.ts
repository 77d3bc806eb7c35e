import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { growthRate } from "./growthRate.js";

describe("growthRate", () => {
  it("is (current − previous) / previous for a positive base", () => {
    expect(growthRate(110, 100)).toBeCloseTo(0.1, 15);
    expect(growthRate(75, 100)).toBe(-0.25);
    expect(growthRate(100, 100)).toBe(0);
  });

  it("divides by |previous| so an improving negative base grows positively", () => {
    expect(growthRate(-50, -100)).toBe(0.5);
    expect(growthRate(-150, -100)).toBe(-0.5);
  });

  it("agrees with the spreadsheet current/previous − 1 for positive bases (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (c, p) => {
        expect(close(growthRate(c, p), c / p - 1, 1e-9)).toBe(true);
      }),
    );
  });

  it("throws an undefined-KPI error for a zero base, naming previous", () => {
    const error = expectDpm(() => growthRate(10, 0), "INVALID_ARGUMENT", "previous");
    expect(error.message).toMatch(/^growthRate: previous is 0/);
  });

  it("rejects NaN and Infinity", () => {
    expectDpm(() => growthRate(Number.NaN, 1), "NON_FINITE", "current");
    expectDpm(() => growthRate(1, Infinity), "NON_FINITE", "previous");
  });

  it("works element-wise on series", () => {
    const now = timeSeries("2025-01", [110, 90]);
    const before = timeSeries("2025-01", [100, 100]);
    expect(Array.from(growthRate(now, before).values, (v) => v.toFixed(10))).toEqual(["0.1000000000", "-0.1000000000"]);
  });
});
