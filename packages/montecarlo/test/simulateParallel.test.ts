import { modelFromJson } from "@dpm/core";
import { beforeAll, describe, expect, it } from "vitest";
import { lognormal, normal, poisson, simulate, triangular, truncate, uniform } from "../src/index.js";
import { buildNodeEntry } from "./buildNodeEntry.ts";

// Real worker threads on code built from the sources (see buildNodeEntry.ts).
let simulateParallel: typeof import("../src/node.js").simulateParallel;
beforeAll(async () => {
  simulateParallel = ((await import(/* @vite-ignore */ await buildNodeEntry())) as typeof import("../src/node.js")).simulateParallel;
}, 60_000);

const definition = {
  start: "2026-01",
  periods: 3,
  nodes: {
    units: { input: 10_000 },
    price: { input: 10 },
    unitCost: { input: 6 },
    fixedCost: { input: 25_000 },
    profit: { formula: "units * (price - unitCost) - fixedCost" },
    cash: { stock: { initial: 0, inflows: ["profit"] } },
  },
};
const options = {
  inputs: {
    units: truncate(normal(10_000, 1_500), { lower: 0 }),
    price: triangular(8, 10, 13),
    unitCost: lognormal({ mean: 6, sd: 0.8 }),
    fixedCost: { distribution: uniform(20_000, 30_000), perPeriod: true },
  },
  iterations: 50_000,
  chunkSize: 8_192,
  seed: 42,
  sampling: "lhs" as const,
  correlations: { inputs: ["units", "price"], matrix: [[1, -0.5], [-0.5, 1]], method: "gaussianCopula" as const, scale: "normal" as const },
  keepSamples: true,
  convergence: { output: "cash", percentiles: [0.05] },
};

describe("simulateParallel", () => {
  it("is bit-identical to simulate for 1, 2 and 3 workers", async () => {
    const single = simulate(modelFromJson(definition), options);
    for (const workers of [1, 2, 3]) {
      const parallel = await simulateParallel(definition, { ...options, workers });
      for (const output of ["profit", "cash"]) {
        for (let t = 0; t < 3; t++) {
          const a = single.summary(output, t);
          const b = parallel.summary(output, t);
          expect([b.mean, b.variance, b.min, b.max, b.percentile(0.05), b.conditionalValueAtRisk(0.95), b.probabilityBelow(0)]).toEqual([
            a.mean,
            a.variance,
            a.min,
            a.max,
            a.percentile(0.05),
            a.conditionalValueAtRisk(0.95),
            a.probabilityBelow(0),
          ]);
        }
        expect(parallel.samples(output, 1)).toEqual(single.samples(output, 1));
      }
      expect(parallel.inputSamples("fixedCost", 2)).toEqual(single.inputSamples("fixedCost", 2));
      expect(parallel.convergence?.history).toEqual(single.convergence?.history);
    }
  });

  it("streams (no samples kept) with identical sketches, and stops early at the same chunk", async () => {
    const streaming = { ...options, keepSamples: false, iterations: 200_000, convergence: { output: "profit", period: 0, percentiles: [0.5], stopWhen: { standardError: 60 } } };
    const single = simulate(modelFromJson(definition), streaming);
    const parallel = await simulateParallel(JSON.stringify(definition), { ...streaming, workers: 2 });
    expect(parallel.iterations).toBe(single.iterations);
    expect(parallel.iterations).toBeLessThan(200_000);
    expect(parallel.summary("cash").percentile(0.01)).toBe(single.summary("cash").percentile(0.01));
    expect(parallel.summary("cash").histogram).toEqual(single.summary("cash").histogram);
  });

  it("reports errors from the model, the options and the workers", async () => {
    await expect(simulateParallel({ ...definition, nodes: { ...definition.nodes, profit: { deps: ["units"], compute: (u: number) => u } } }, options)).rejects.toThrow(/function node, which JSON cannot carry/);
    await expect(simulateParallel(definition, { ...options, iterations: 0 })).rejects.toThrow(/iterations must be an integer ≥ 1/);
    const bad = { start: "2026", periods: 1, nodes: { k: { input: 1 }, y: { formula: "1 / (k - 3)" } } };
    await expect(simulateParallel(bad, { inputs: { k: poisson(3) }, iterations: 1000, workers: 2 })).rejects.toThrow(/NON_FINITE|Infinity/);
  });
});
