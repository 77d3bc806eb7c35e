import type { Model } from "@dpm/core";
import { SimulationEngine } from "./engine.js";
import { buildResult, type SimulationResult } from "./SimulationResult.js";
import { buildSimulationPlan, type SimulateOptions } from "./simulationPlan.js";

/**
 * Monte Carlo simulation of a `@dpm/core` driver model: draws the uncertain inputs (plain Monte
 * Carlo or Latin hypercube, optionally correlated), runs the model vectorized over all its periods
 * chunk by chunk (`runVectorized`, WebAssembly where available), and summarises every output node
 * in every period — mean, sd, percentiles, min/max, P(above/below targets), VaR/CVaR, histogram —
 * with streaming statistics in bounded memory (a quantile sketch with relative accuracy α,
 * default 0.001; exact when `keepSamples`).
 *
 * Reproducible: the same seed (and chunk size) gives the same numbers, bit for bit, on one thread
 * or across workers (`simulateParallel` in `@dpm/montecarlo/node`).
 *
 * @param model - a model from `defineModel` or `modelFromJson`
 * @param options - inputs, iterations, seed, sampling, correlations, outputs, summary options,
 *   keepSamples, convergence
 * @returns the summaries (and samples, convergence history)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for iterations ≤ 0, an unknown sampling or
 *   correlation method, a correlation matrix that is not PSD (with the nearest valid one in the
 *   message) …; `UNKNOWN_NODE` for inputs or outputs the model does not have; `NON_FINITE` when the
 *   model produces NaN/±Infinity for some draw
 *
 * @example
 * ```ts
 * import { defineModel } from "@dpm/core";
 * import { normal, simulate, triangular } from "@dpm/montecarlo";
 *
 * const model = defineModel({
 *   start: "2026-01",
 *   periods: 1,
 *   nodes: {
 *     units: { input: 1000 },
 *     price: { input: 10 },
 *     revenue: { formula: "units * price" },
 *   },
 * });
 * const result = simulate(model, {
 *   inputs: { units: normal(1000, 100), price: triangular(8, 10, 12) },
 *   iterations: 20_000,
 *   seed: 1,
 *   outputs: ["revenue"],
 * });
 * const revenue = result.summary("revenue");
 * Math.abs(revenue.mean - 10_000) < 4 * revenue.standardError; // => true
 * revenue.count; // => 20000
 * ```
 *
 * @category Simulation
 */
export function simulate<Name extends string, Input extends string>(model: Model<Name, Input>, options: SimulateOptions<Name, Input>): SimulationResult<Name> {
  const plan = buildSimulationPlan(model as Model, options as SimulateOptions, "simulate");
  const engine = new SimulationEngine(plan);
  while (engine.running) engine.runNext();
  return buildResult<Name>(engine);
}
