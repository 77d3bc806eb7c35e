import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { grossMargin } from "./grossMargin.js";

describe("grossMargin", () => {
  it("is the share of revenue left after COGS", () => {
    expect(grossMargin(1000, 400)).toBe(0.6);
    expect(grossMargin(1000, 0)).toBe(1);
    expect(grossMargin(1000, 1500)).toBe(-0.5);
  });

  it("never exceeds 1 and gross profit = margin × revenue (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), (revenue, cogs) => {
        const m = grossMargin(revenue, cogs);
        expect(m).toBeLessThanOrEqual(1);
        expect(m * revenue).toBeCloseTo(revenue - cogs, 3);
      }),
    );
  });

  it("throws an undefined-KPI error for zero revenue, and rejects negative revenue or COGS", () => {
    const error = expectDpm(() => grossMargin(0, 10), "INVALID_ARGUMENT", "revenue");
    expect(error.message).toBe("grossMargin: revenue is 0, so a gross margin is undefined.");
    expect(error.details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => grossMargin(-1, 10), "INVALID_ARGUMENT", "revenue");
    expectDpm(() => grossMargin(100, -10), "INVALID_ARGUMENT", "cogs");
    expectDpm(() => grossMargin(100, Number.NaN), "NON_FINITE", "cogs");
  });

  it("works over series, naming the period of a zero revenue", () => {
    const revenue = timeSeries("2025-03-01", [200, 0, 400]);
    const cogs = timeSeries("2025-03-01", [50, 0, 100]);
    expectDpm(() => grossMargin(revenue, cogs), "INVALID_ARGUMENT", "revenue[1]");
    const m = grossMargin(revenue, cogs, { whenUndefined: "missing" });
    expect(m.values[0]).toBe(0.75);
    expect(m.values[1]).toBeNaN();
    expect(m.values[2]).toBe(0.75);
  });

  it("rejects series of different lengths, naming the argument", () => {
    expectDpm(() => grossMargin(timeSeries("2025-01", [1, 2]), timeSeries("2025-01", [1])), "LENGTH_MISMATCH", "cogs");
  });
});
