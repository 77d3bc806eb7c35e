import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cltv } from "./cltv.js";

describe("cltv", () => {
  it("is ARPU × margin / churn", () => {
    expect(cltv(50, 0.8, 0.04)).toBe(1000);
    // the expected lifetime of a geometric survival with churn c is 1/c periods
    expect(cltv(10, 1, 0.1)).toBe(100);
  });

  it("throws a clear DpmError for zero churn (the sum does not converge)", () => {
    const error = expectDpm(() => cltv(50, 0.8, 0), "INVALID_ARGUMENT", "churnRate");
    expect(error.message).toContain("discountedCltv");
  });

  it("validates ranges, naming the argument", () => {
    expectDpm(() => cltv(50, 0.8, 1.5), "INVALID_ARGUMENT", "churnRate");
    expectDpm(() => cltv(50, 0.8, -0.1), "INVALID_ARGUMENT", "churnRate");
    expectDpm(() => cltv(50, 1.2, 0.1), "INVALID_ARGUMENT", "grossMargin");
    expectDpm(() => cltv(-50, 0.8, 0.1), "INVALID_ARGUMENT", "arpu");
    expectDpm(() => cltv(50, Number.NaN, 0.1), "NON_FINITE", "grossMargin");
  });

  it("works over a churn series", () => {
    const churn = timeSeries("2025-01", [0.05, 0.04]);
    expect(Array.from(cltv(30, 0.6, churn).values)).toEqual([360, 450]);
  });
});
