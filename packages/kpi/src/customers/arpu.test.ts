import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { arpu } from "./arpu.js";

describe("arpu", () => {
  it("is revenue per (average) customer", () => {
    expect(arpu(9_000, 300)).toBe(30);
    expect(arpu(100, 2.5)).toBe(40);
  });

  it("throws for zero customers and negative counts", () => {
    expectDpm(() => arpu(100, 0), "INVALID_ARGUMENT", "customers");
    expectDpm(() => arpu(100, -1), "INVALID_ARGUMENT", "customers");
    expectDpm(() => arpu(-100, 1), "INVALID_ARGUMENT", "revenue");
  });

  it("works over series", () => {
    expect(Array.from(arpu(timeSeries("2025-01", [300, 330]), timeSeries("2025-01", [10, 11])).values)).toEqual([30, 30]);
  });
});
