import { checkOptions, DpmError, type InputValue, type Model } from "@dpm/core";
import { ColumnStats } from "../stats/ColumnStats.js";
import { buildSummary, type OutputSummary } from "../stats/OutputSummary.js";
import { summarize } from "../stats/summarize.js";
import { columnConfig, SimulationEngine, type ChunkResult } from "./engine.js";
import type { InputSpec } from "./samplingPlan.js";
import { buildResult, type SimulationResult } from "./SimulationResult.js";
import { assertModel } from "./assertModel.js";
import { buildSimulationPlan, SIMULATE_KEYS, type SimulateOptions } from "./simulationPlan.js";

/**
 * One scenario: distributions that replace the base ones and/or inputs fixed to a value.
 *
 * @category Simulation
 */
export interface SimulationScenario<Input extends string = string> {
  readonly inputs?: Partial<Record<Input, InputSpec>>;
  readonly overrides?: Partial<Record<Input, InputValue>>;
}

/**
 * Options of {@link compareSimulations}: those of `simulate` (the base inputs and settings, shared
 * by every scenario) plus the scenarios.
 *
 * @category Simulation
 */
export interface CompareSimulationsOptions<Name extends string, Input extends string, S extends string> extends Omit<SimulateOptions<Name, Input>, "convergence"> {
  /** Scenario name → changes to the base (an empty object is the base itself). */
  readonly scenarios: Readonly<Record<S, SimulationScenario<Input>>>;
  /** The scenario differences are taken against (default: the first). */
  readonly baseline?: NoInfer<S>;
}

/**
 * Scenarios simulated side by side with common random numbers.
 *
 * @category Simulation
 */
export interface SimulationComparison<Name extends string, S extends string> {
  readonly scenarios: readonly S[];
  readonly baseline: S;
  /** The full result of one scenario. */
  result(scenario: S): SimulationResult<Name>;
  /** Summary of an output in one scenario (default: the last period). */
  summary(scenario: S, output: Name, period?: number): OutputSummary;
  /**
   * Summary of the paired difference scenario − baseline, iteration by iteration: its mean is the
   * expected gain and `probabilityAbove(0)` the chance the scenario does better.
   */
  difference(scenario: S, output: Name, period?: number): OutputSummary;
  /** One row per scenario: mean, sd, P5, P50, P95 and the mean difference to the baseline. */
  rows(output: Name, period?: number): Array<Record<string, string | number>>;
}

/**
 * Simulates base / best / worst / what-if scenarios side by side with common random numbers:
 * every scenario draws each input from the same stream (same seed, chunk and input name), so
 * differences between scenarios come from the changes, not from sampling noise. With inversion
 * sampling (every family but gamma/beta/Poisson/binomial/kernel-empirical plain draws) a changed
 * distribution even maps the same uniforms, so paired differences have far smaller variance
 * than independent runs would give.
 *
 * @param model - the driver model
 * @param options - base inputs and settings as for `simulate`, plus `scenarios` and `baseline`
 * @returns aligned results per scenario and paired differences
 * @throws {@link @dpm/core!DpmError} `EMPTY` without scenarios, `INVALID_ARGUMENT` for an unknown baseline,
 *   and every error of `simulate`
 *
 * @example
 * ```ts
 * import { defineModel } from "@dpm/core";
 * import { compareSimulations, normal, triangular } from "@dpm/montecarlo";
 *
 * const bakery = defineModel({
 *   start: "2026-01",
 *   periods: 1,
 *   nodes: {
 *     loaves: { input: 3000 },
 *     flourCost: { input: 0.4 },
 *     price: { input: 3.2 },
 *     margin: { formula: "loaves * (price - flourCost) - 4000" },
 *   },
 * });
 * const cmp = compareSimulations(bakery, {
 *   inputs: { loaves: normal(3000, 300), flourCost: triangular(0.35, 0.4, 0.5) },
 *   iterations: 20_000,
 *   seed: 7,
 *   outputs: ["margin"],
 *   scenarios: { base: {}, flourSpike: { inputs: { flourCost: triangular(0.6, 0.7, 0.9) } } },
 * });
 * const d = cmp.difference("flourSpike", "margin");
 * d.probabilityAbove(0); // => 0 (the spike never helps: same loaves, dearer flour)
 * Math.round(d.mean / 10) * 10; // => -950
 * ```
 *
 * @category Simulation
 */
export function compareSimulations<Name extends string, Input extends string, S extends string>(
  model: Model<Name, Input>,
  options: CompareSimulationsOptions<Name, Input, S>,
): SimulationComparison<Name, S> {
  const fn = "compareSimulations";
  assertModel(model, fn);
  if (typeof options !== "object" || options === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object, e.g. { scenarios: { base: {} }, iterations: 10000 }.`, { path: "options" });
  checkOptions(options, [...SIMULATE_KEYS.filter((k) => k !== "convergence"), "scenarios", "baseline"], fn, "{ scenarios: { base: {} }, iterations: 10000 }");
  const names = Object.keys(options.scenarios ?? {}) as S[];
  if (names.length === 0) {
    throw new DpmError("EMPTY", `${fn}: pass at least one scenario, e.g. { base: {}, worst: { inputs: { price: triangular(7, 9, 11) } } }.`, { path: "scenarios" });
  }
  const baseline = options.baseline ?? (names[0] as S);
  const b = names.indexOf(baseline);
  if (b < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: baseline "${String(baseline)}" is not a scenario (${names.join(", ")}).`, { path: "baseline" });
  const { scenarios: _s, baseline: _b, ...shared } = options;
  const engines = names.map((s) => {
    const sc = (options.scenarios[s] ?? {}) as SimulationScenario;
    const inputs = { ...(shared.inputs as Record<string, InputSpec>), ...(sc.inputs as Record<string, InputSpec> | undefined) };
    const overrides = { ...(shared.overrides as Record<string, InputValue> | undefined), ...(sc.overrides as Record<string, InputValue> | undefined) };
    for (const name of Object.keys(overrides)) delete inputs[name];
    const plan = buildSimulationPlan(model as Model, { ...(shared as SimulateOptions), inputs, overrides }, `${fn} (scenario "${s}")`);
    return new SimulationEngine(plan);
  });
  const first = engines[0] as SimulationEngine;
  const T = first.plan.periods;
  const outputs = first.plan.outputs;
  const diffs = names.map(() => outputs.flatMap(() => Array.from({ length: T }, () => new ColumnStats(columnConfig(first.plan)))));
  while (first.running) {
    const chunks = engines.map((e) => e.runNext(true));
    const base = chunks[b] as ChunkResult;
    const n = base.n;
    const diff = new Float64Array(n);
    chunks.forEach((chunk, s) => {
      outputs.forEach((_, o) => {
        const x = chunk.outputs?.[o] as Float64Array;
        const y = base.outputs?.[o] as Float64Array;
        for (let t = 0; t < T; t++) {
          for (let i = 0; i < n; i++) diff[i] = (x[t * n + i] as number) - (y[t * n + i] as number);
          (diffs[s]?.[o * T + t] as ColumnStats).addChunk(diff, n);
        }
      });
    });
  }
  const results = engines.map((e) => buildResult<Name>(e));
  const index = (s: S): number => {
    const k = names.indexOf(s);
    if (k < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: there is no scenario "${String(s)}"; scenarios: ${names.join(", ")}.`, { path: "scenario" });
    return k;
  };
  const result = (s: S) => results[index(s)] as SimulationResult<Name>;
  const difference = (s: S, output: Name, period?: number): OutputSummary => {
    const k = index(s);
    const o = outputs.indexOf(output);
    if (o < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: "${String(output)}" is not among the outputs (${outputs.join(", ")}).`, { path: "output" });
    const t = period ?? T - 1;
    if (first.plan.keepSamples) {
      const x = result(s).samples(output, t);
      const y = result(baseline).samples(output, t);
      return summarize(x.map((v, i) => v - (y[i] as number)), first.plan.json.summary);
    }
    return buildSummary(diffs[k]?.[o * T + t] as ColumnStats, first.plan.settings);
  };
  return {
    scenarios: names,
    baseline,
    result,
    summary: (s, output, period) => result(s).summary(output, period),
    difference,
    rows: (output, period) =>
      names.map((s) => {
        const x = result(s).summary(output, period);
        return { scenario: s, mean: x.mean, sd: x.sd, p5: x.percentile(0.05), p50: x.percentile(0.5), p95: x.percentile(0.95), [`mean − ${baseline}`]: difference(s, output, period).mean };
      }),
  };
}
