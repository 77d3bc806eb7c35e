import { defineModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { normal, rankCorrelations, simulate, uniform } from "../index.js";

describe("rankCorrelations", () => {
  const model = defineModel({
    start: "2026",
    periods: 1,
    nodes: { a: { input: 0 }, b: { input: 0 }, c: { input: 0 }, y: { formula: "3 * a + b" } },
  });

  it("matches the Gaussian closed form (6/π)·asin(ρ/2) and apportions variance", () => {
    const n = 50_000;
    const run = simulate(model, { inputs: { a: normal(0, 1), b: normal(0, 1), c: uniform(0, 1) }, iterations: n, seed: 6, keepSamples: true });
    const r = rankCorrelations(run, "y");
    expect(r.map((x) => x.input)).toEqual(["a", "b", "c"]);
    // Pearson ρ(a, y) = 3/√10, ρ(b, y) = 1/√10; for jointly normal variables Spearman = (6/π) asin(ρ/2); SE ≈ (1 − ρ²)/√n
    const spearman = (rho: number) => (6 / Math.PI) * Math.asin(rho / 2);
    expect(Math.abs((r[0]?.correlation as number) - spearman(3 / Math.sqrt(10)))).toBeLessThan(5 * 0.2 / Math.sqrt(n));
    expect(Math.abs((r[1]?.correlation as number) - spearman(1 / Math.sqrt(10)))).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(r[2]?.correlation as number)).toBeLessThan(5 / Math.sqrt(n));
    expect(r.reduce((s, x) => s + x.contributionToVariance, 0)).toBeCloseTo(1, 12);
  });

  it("needs kept samples", () => {
    const run = simulate(model, { inputs: { a: normal(0, 1) }, iterations: 100, seed: 1 });
    expect(() => rankCorrelations(run, "y")).toThrow(/did not keep its samples; run simulate with keepSamples: true/);
  });
});
