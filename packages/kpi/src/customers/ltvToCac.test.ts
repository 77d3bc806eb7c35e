import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { ltvToCac } from "./ltvToCac.js";

describe("ltvToCac", () => {
  it("is LTV over CAC", () => {
    expect(ltvToCac(450, 150)).toBe(3);
    expect(ltvToCac(-50, 100)).toBe(-0.5);
  });

  it("throws for zero CAC (undefined KPI) and negative CAC", () => {
    expect(expectDpm(() => ltvToCac(450, 0), "INVALID_ARGUMENT", "cac").details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => ltvToCac(450, -1), "INVALID_ARGUMENT", "cac");
  });

  it("works over series", () => {
    expect(Array.from(ltvToCac(timeSeries("2025-01", [300, 400]), timeSeries("2025-01", [100, 100])).values)).toEqual([3, 4]);
  });
});
