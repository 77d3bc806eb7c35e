import { defineModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { normal, poisson, sampleInputs, simulate, spearmanCorrelation, uniform } from "../index.js";

describe("sampleInputs", () => {
  it("draws exactly what simulate feeds the model", () => {
    const inputs = { a: normal(0, 1), b: uniform(0, 1) };
    const options = { iterations: 70_000, seed: 5, chunkSize: 20_000, sampling: "lhs" as const, correlations: { inputs: ["a", "b"], matrix: [[1, 0.4], [0.4, 1]] } };
    const draws = sampleInputs(inputs, options);
    const model = defineModel({ start: "2026", periods: 1, nodes: { a: { input: 0 }, b: { input: 0 }, y: { formula: "a + b" } } });
    const run = simulate(model, { inputs, ...options, keepSamples: true });
    expect(run.inputSamples("a")).toEqual(draws.a);
    expect(run.inputSamples("b")).toEqual(draws.b);
    expect(Math.abs(spearmanCorrelation(draws.a as Float64Array, draws.b as Float64Array) - 0.4)).toBeLessThan(0.02);
  });

  it("lays per-period draws out period-major and rejects bad options", () => {
    const d = sampleInputs({ k: { distribution: poisson(4), perPeriod: true } }, { iterations: 10, periods: 3, seed: 1 });
    expect(d.k?.length).toBe(30);
    expect(() => sampleInputs({ k: poisson(4) }, { iterations: 0 })).toThrow(/iterations must be an integer ≥ 1/);
    expect(() => sampleInputs({ k: poisson(4) }, { iterations: 5, periods: 0 })).toThrow(/periods must be an integer between 1 and 134217728/);
  });

  it("checks the size limit before drawing (iterations 1e9 fails at once) and rejects unknown options", () => {
    const started = performance.now();
    expect(() => sampleInputs({ k: poisson(4) }, { iterations: 1e9 })).toThrow(/iterations × periods = 1000000000 draws per input is over the limit of 134217728/);
    expect(() => sampleInputs({ k: poisson(4) }, { iterations: 2 ** 20, periods: 2 ** 8 })).toThrow(/over the limit/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => sampleInputs({ k: poisson(4) }, null as never)).toThrow(/options must be an object with iterations/);
    expect(() => sampleInputs({ k: poisson(4) }, { iterations: 5, iteration: 5 } as never)).toThrow(/Did you mean "iterations"/);
  });
});
