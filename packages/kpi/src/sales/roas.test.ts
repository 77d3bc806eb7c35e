import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { roas } from "./roas.js";

describe("roas", () => {
  it("is attributed revenue per unit of ad spend", () => {
    expect(roas(5_000, 1_250)).toBe(4);
  });

  it("throws for zero spend (undefined KPI) and negative amounts", () => {
    expectDpm(() => roas(5_000, 0), "INVALID_ARGUMENT", "adSpend");
    expectDpm(() => roas(-5, 10), "INVALID_ARGUMENT", "revenue");
  });

  it("works over series", () => {
    expect(Array.from(roas(timeSeries("2025-01", [300, 800]), timeSeries("2025-01", [100, 200])).values)).toEqual([3, 4]);
  });
});
