import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { netMargin } from "./netMargin.js";

describe("netMargin", () => {
  it("is net income over revenue, negative for a loss", () => {
    expect(netMargin(200, 30)).toBe(0.15);
    expect(netMargin(200, -30)).toBe(-0.15);
  });

  it("throws for zero or negative revenue and non-finite income", () => {
    expect(expectDpm(() => netMargin(0, 5), "INVALID_ARGUMENT", "revenue").details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => netMargin(-10, 5), "INVALID_ARGUMENT", "revenue");
    expectDpm(() => netMargin(10, Infinity), "NON_FINITE", "netIncome");
  });

  it("works over series with a constant broadcast", () => {
    expect(Array.from(netMargin(timeSeries("2025", [100, 400]), 20).values)).toEqual([0.2, 0.05]);
  });
});
