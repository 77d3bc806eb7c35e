import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { grossRevenueRetention } from "./grossRevenueRetention.js";
import { netRevenueRetention } from "./netRevenueRetention.js";

describe("netRevenueRetention", () => {
  it("adds expansion to what is kept", () => {
    expect(netRevenueRetention(10_000, 1_500, 200, 300)).toBe(1.1);
  });

  it("equals GRR without expansion", () => {
    expect(netRevenueRetention(10_000, 0, 200, 300)).toBe(grossRevenueRetention(10_000, 200, 300));
  });

  it("throws for zero starting revenue and negative expansion", () => {
    expectDpm(() => netRevenueRetention(0, 10, 0, 0), "INVALID_ARGUMENT", "startingRevenue");
    expectDpm(() => netRevenueRetention(100, -10, 0, 0), "INVALID_ARGUMENT", "expansion");
  });

  it("works over monthly MRR movements", () => {
    const start = timeSeries("2025-01", [1000, 1100]);
    const expansion = timeSeries("2025-01", [100, 0]);
    expect(Array.from(netRevenueRetention(start, expansion, 0, 50).values)).toEqual([1.05, 1050 / 1100]);
  });
});
