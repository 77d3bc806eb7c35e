import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { cac } from "./cac.js";

describe("cac", () => {
  it("is acquisition spend per new customer", () => {
    expect(cac(5_000, 125)).toBe(40);
    expect(cac(0, 10)).toBe(0);
  });

  it("throws a clear DpmError (not Infinity or NaN) when no customer was acquired", () => {
    const error = expectDpm(() => cac(5_000, 0), "INVALID_ARGUMENT", "newCustomers");
    expect(error.message).toContain("cac: newCustomers is 0");
    expect(error.details).toMatchObject({ undefinedKpi: true });
  });

  it("rejects negative counts and spend, naming the argument", () => {
    expectDpm(() => cac(5_000, -3), "INVALID_ARGUMENT", "newCustomers");
    expectDpm(() => cac(-5, 3), "INVALID_ARGUMENT", "acquisitionSpend");
  });

  it("works over monthly series", () => {
    const spend = timeSeries("2025-01", [3000, 3300, 0]);
    const won = timeSeries("2025-01", [100, 110, 0]);
    expectDpm(() => cac(spend, won), "INVALID_ARGUMENT", "newCustomers[2]");
    const c = cac(spend, won, { whenUndefined: "missing" });
    expect(Array.from(c.values.subarray(0, 2))).toEqual([30, 30]);
    expect(c.values[2]).toBeNaN();
  });
});
