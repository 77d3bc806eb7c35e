import { defineModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { normal, tornado, triangular, uniform } from "../index.js";

const model = defineModel({
  start: "2026",
  periods: 2,
  nodes: {
    units: { input: 1000 },
    price: { input: 10 },
    cost: { input: 4000 },
    growth: { input: 0.1 },
    lastUnits: { lag: "sold", initial: "units" },
    sold: { formula: "lastUnits * (1 + growth)" },
    profit: { formula: "sold * price - cost" },
  },
});

describe("tornado", () => {
  it("computes each bar from the percentiles with the others at their medians", () => {
    const t = tornado(model, { units: normal(1000, 100), price: uniform(9, 11), cost: triangular(3000, 4000, 5000) }, { output: "profit", period: 0 });
    expect(t.period).toBe(0);
    // base: 1000·1.1·10 − 4000 = 7000
    expect(t.base).toBeCloseTo(7000, 9);
    const units = t.bars.find((b) => b.input === "units");
    const z90 = 1.2815515655446004; // R: qnorm(0.9)
    expect(units?.lowInput).toBeCloseTo(1000 - 100 * z90, 9);
    expect(units?.swing).toBeCloseTo(2 * 100 * z90 * 1.1 * 10, 6);
    const price = t.bars.find((b) => b.input === "price");
    expect(price?.swing).toBeCloseTo(1.6 * 1100, 9);
    const cost = t.bars.find((b) => b.input === "cost");
    // triangular P10/P90: 3000 + √(0.1·2000·1000) and 5000 − √(0.1·2000·1000)
    expect(cost?.swing).toBeCloseTo(2000 - 2 * Math.sqrt(200_000), 9);
    expect(t.bars.map((b) => b.input)).toEqual(["units", "price", "cost"]);
    expect(t.bars.every((b, i, a) => i === 0 || (a[i - 1] as typeof b).swing >= b.swing)).toBe(true);
  });

  it("uses the last period, means and other percentiles on request", () => {
    const t = tornado(model, { growth: uniform(0, 0.2), price: uniform(9, 11) }, { output: "profit", base: "mean", low: 0.05, high: 0.95 });
    expect(t.period).toBe(1);
    // period 1: 1000·1.1²·10 − 4000 = 8100 at mean growth 0.1
    expect(t.base).toBeCloseTo(8100, 9);
    const g = t.bars.find((b) => b.input === "growth");
    expect(g?.highOutput).toBeCloseTo(1000 * 1.19 ** 2 * 10 - 4000, 8);
  });

  it("rejects bad options", () => {
    const inputs = { price: uniform(9, 11) };
    expect(() => tornado(model, inputs, { output: "profit", low: 0.9, high: 0.1 })).toThrow(/need 0 < low < high < 1/);
    expect(() => tornado(model, inputs, { output: "nope" as never })).toThrow(/output "nope" is not a node/);
    expect(() => tornado(model, inputs, { output: "profit", period: 5 })).toThrow(/period must be an integer between 0 and 1/);
  });
});
