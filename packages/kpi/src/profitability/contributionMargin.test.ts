import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { contributionMargin } from "./contributionMargin.js";

describe("contributionMargin", () => {
  it("is revenue minus variable costs, per period or per unit", () => {
    expect(contributionMargin(10_000, 3_500)).toBe(6_500);
    expect(contributionMargin(5, 7)).toBe(-2);
  });

  it("rejects negative amounts, naming them", () => {
    expectDpm(() => contributionMargin(-1, 0), "INVALID_ARGUMENT", "revenue");
    expectDpm(() => contributionMargin(1, -1), "INVALID_ARGUMENT", "variableCosts");
  });

  it("works over series", () => {
    expect(Array.from(contributionMargin(timeSeries("2025-01", [10, 20]), timeSeries("2025-01", [4, 5])).values)).toEqual([6, 15]);
  });
});
