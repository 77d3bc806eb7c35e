import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { aov } from "./aov.js";

describe("aov", () => {
  it("is revenue per order", () => {
    expect(aov(1_250, 50)).toBe(25);
  });

  it("throws for zero orders (undefined KPI) and negative counts", () => {
    expectDpm(() => aov(10, 0), "INVALID_ARGUMENT", "orders");
    expectDpm(() => aov(10, -2), "INVALID_ARGUMENT", "orders");
    expectDpm(() => aov(-10, 2), "INVALID_ARGUMENT", "revenue");
  });

  it("works over daily series, with closed days missing on request", () => {
    const revenue = timeSeries("2025-03-01", [620, 0, 480]);
    const orders = timeSeries("2025-03-01", [124, 0, 96]);
    const error = expectDpm(() => aov(revenue, orders), "INVALID_ARGUMENT", "orders[1]");
    expect(error.message).toContain("2025-03-02");
    const a = aov(revenue, orders, { whenUndefined: "missing" });
    expect([a.values[0], a.values[2]]).toEqual([5, 5]);
    expect(a.values[1]).toBeNaN();
  });
});
