import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { revenueChurnRate } from "./revenueChurnRate.js";

describe("revenueChurnRate", () => {
  it("is (contraction + churned) / starting revenue", () => {
    expect(revenueChurnRate(10_000, 200, 300)).toBe(0.05);
    expect(revenueChurnRate(10_000, 0, 0)).toBe(0);
  });

  it("throws for zero starting revenue (undefined KPI), negative amounts and over-counted losses", () => {
    expectDpm(() => revenueChurnRate(0, 0, 0), "INVALID_ARGUMENT", "startingRevenue");
    expectDpm(() => revenueChurnRate(100, -1, 0), "INVALID_ARGUMENT", "contraction");
    expectDpm(() => revenueChurnRate(100, 60, 50), "INVALID_ARGUMENT", "churned");
  });
});
