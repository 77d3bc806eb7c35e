import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { operatingMargin } from "./operatingMargin.js";

describe("operatingMargin", () => {
  it("is operating income over revenue", () => {
    expect(operatingMargin(400, 60)).toBe(0.15);
    expect(operatingMargin(400, -100)).toBe(-0.25);
  });

  it("throws for zero revenue (undefined KPI) and NaN income", () => {
    expectDpm(() => operatingMargin(0, 5), "INVALID_ARGUMENT", "revenue");
    expectDpm(() => operatingMargin(10, Number.NaN), "NON_FINITE", "operatingIncome");
  });

  it("works over series", () => {
    const r = timeSeries("2025-Q1", [100, 200]);
    const o = timeSeries("2025-Q1", [10, 30]);
    expect(Array.from(operatingMargin(r, o).values)).toEqual([0.1, 0.15]);
  });
});
