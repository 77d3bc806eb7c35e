import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { daysOfInventory } from "./daysOfInventory.js";

describe("daysOfInventory", () => {
  it("is inventory / COGS × days, 365 by default", () => {
    expect(daysOfInventory(36_500, 365_000)).toBe(36.5);
    expect(daysOfInventory(3_000, 9_000, 30)).toBe(10);
  });

  it("throws for zero COGS (undefined KPI), non-positive days and negative amounts", () => {
    expectDpm(() => daysOfInventory(100, 0), "INVALID_ARGUMENT", "cogs");
    expectDpm(() => daysOfInventory(100, 10, 0), "INVALID_ARGUMENT", "daysInPeriod");
    expectDpm(() => daysOfInventory(-1, 10), "INVALID_ARGUMENT", "averageInventory");
  });

  it("takes the days of each period from a series", () => {
    const inventory = timeSeries("2025-01", [3_100, 2_800]);
    const cogs = timeSeries("2025-01", [3_100, 2_800]);
    const days = timeSeries("2025-01", [31, 28]);
    expect(Array.from(daysOfInventory(inventory, cogs, days).values)).toEqual([31, 28]);
  });
});
