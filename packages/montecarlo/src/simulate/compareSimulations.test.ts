import { defineModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { compareSimulations, normal, simulate, triangular, uniform } from "../index.js";

const model = defineModel({
  start: "2026",
  periods: 1,
  nodes: {
    units: { input: 1000 },
    price: { input: 10 },
    cost: { input: 6 },
    profit: { formula: "units * (price - cost) - 1500" },
  },
});
const inputs = { units: normal(1000, 150), price: triangular(8, 10, 13), cost: uniform(5, 7) };

describe("compareSimulations", () => {
  it("each scenario equals its own simulate run (common random numbers = same streams)", () => {
    const cmp = compareSimulations(model, {
      inputs,
      iterations: 30_000,
      seed: 3,
      outputs: ["profit"],
      scenarios: { base: {}, discount: { overrides: { price: 9 } } },
    });
    const alone = simulate(model, { inputs, iterations: 30_000, seed: 3, outputs: ["profit"] }).summary("profit");
    expect(cmp.summary("base", "profit").mean).toBe(alone.mean);
    expect(cmp.summary("base", "profit").percentile(0.1)).toBe(alone.percentile(0.1));
    expect(cmp.scenarios).toEqual(["base", "discount"]);
    expect(cmp.baseline).toBe("base");
  });

  it("paired differences have the analytic mean and far less noise than independent runs", () => {
    const n = 40_000;
    const cmp = compareSimulations(model, {
      inputs,
      iterations: n,
      seed: 4,
      outputs: ["profit"],
      scenarios: { base: {}, dearer: { inputs: { cost: uniform(5.5, 7.5) } } },
    });
    const d = cmp.difference("dearer", "profit");
    // With CRN the dearer cost is the base cost + 0.5 draw for draw: difference = −0.5·units exactly
    expect(Math.abs(d.mean + 500)).toBeLessThan(5 * (0.5 * 150) / Math.sqrt(n));
    expect(d.sd).toBeCloseTo(0.5 * 150, 0);
    // Independent runs: SE of a difference of means = √2·σ_profit/√n, about 30× larger here
    const sigma = cmp.summary("base", "profit").sd;
    expect(d.standardError).toBeLessThan((Math.SQRT2 * sigma) / Math.sqrt(n) / 10);
    expect(d.probabilityAbove(0)).toBe(0);
    expect(cmp.difference("base", "profit").mean).toBe(0);
    expect(cmp.rows("profit")).toHaveLength(2);
  });

  it("uses the named baseline and kept samples for exact differences", () => {
    const cmp = compareSimulations(model, {
      inputs,
      iterations: 5_000,
      seed: 1,
      outputs: ["profit"],
      keepSamples: true,
      baseline: "worst",
      scenarios: { best: { overrides: { cost: 5 } }, worst: { overrides: { cost: 7 } } },
    });
    const d = cmp.difference("best", "profit");
    expect(d.exact).toBe(true);
    // best − worst = 2·units, draw for draw
    const units = cmp.result("best").inputSamples("units");
    expect(d.mean).toBeCloseTo((2 * units.reduce((s, v) => s + v, 0)) / units.length, 6);
  });

  it("rejects bad scenarios", () => {
    expect(() => compareSimulations(model, { inputs, iterations: 10, scenarios: {} })).toThrow(/pass at least one scenario/);
    expect(() => compareSimulations(model, { inputs, iterations: 10, scenarios: { a: {} }, baseline: "b" as never })).toThrow(/baseline "b" is not a scenario/);
    expect(() => compareSimulations(model, { inputs, iterations: 10, scenarios: { a: { inputs: { nope: normal(0, 1) } as never } } })).toThrow(/scenario "a".*inputs.nope is not an input/);
  });
});
