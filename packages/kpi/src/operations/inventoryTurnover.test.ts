import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { daysOfInventory } from "./daysOfInventory.js";
import { inventoryTurnover } from "./inventoryTurnover.js";

describe("inventoryTurnover", () => {
  it("is COGS over average inventory", () => {
    expect(inventoryTurnover(120_000, 20_000)).toBe(6);
  });

  it("times days of inventory gives the days of the period (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e8, noNaN: true }), fc.double({ min: 1, max: 1e8, noNaN: true }), (cogs, inventory) => {
        expect(close(inventoryTurnover(cogs, inventory) * daysOfInventory(inventory, cogs), 365, 1e-12)).toBe(true);
      }),
    );
  });

  it("throws for zero inventory (undefined KPI) and negative amounts", () => {
    expectDpm(() => inventoryTurnover(10, 0), "INVALID_ARGUMENT", "averageInventory");
    expectDpm(() => inventoryTurnover(-10, 1), "INVALID_ARGUMENT", "cogs");
  });
});
