import { assertInteger, DpmError } from "@dpm/core";
import type { ColumnStats } from "../stats/ColumnStats.js";
import { buildSummary, percentileKey, type OutputSummary } from "../stats/OutputSummary.js";
import type { ConvergencePoint, SimulationEngine } from "./engine.js";

/**
 * Convergence of one output: its estimates after every chunk and whether the `stopWhen` target
 * was met.
 *
 * @category Simulation
 */
export interface ConvergenceReport {
  readonly output: string;
  readonly period: number;
  /** After each chunk: iterations so far, the mean and its SE, the tracked percentiles and their SEs. */
  readonly history: readonly ConvergencePoint[];
  /** Whether every tracked estimate met the `stopWhen` target (false without one). */
  readonly converged: boolean;
}

/**
 * What `simulate` returns: per output node and period, an {@link OutputSummary}; the raw samples
 * when kept; the convergence history when asked for.
 *
 * @category Simulation
 */
export interface SimulationResult<Name extends string = string> {
  /** Iterations run (fewer than requested when `convergence.stopWhen` stopped early). */
  readonly iterations: number;
  /** Iterations requested (the maximum). */
  readonly requestedIterations: number;
  /** The seed path every stream derives from. */
  readonly seed: string;
  readonly sampling: "mc" | "lhs";
  readonly chunkSize: number;
  readonly periods: number;
  readonly periodLabels: readonly string[];
  readonly outputs: readonly Name[];
  /** The names of the uncertain inputs, in the order given. */
  readonly inputs: readonly string[];
  /** Whether raw samples were kept. */
  readonly samplesKept: boolean;
  /** The convergence report, when `convergence` was given. */
  readonly convergence: ConvergenceReport | undefined;
  /** Summary of an output in a period (default: the last period). */
  summary(output: Name, period?: number): OutputSummary;
  /** The samples of an output in a period (requires `keepSamples`), in iteration order. */
  samples(output: Name, period?: number): Float64Array;
  /** The draws of an input (requires `keepSamples`); for a per-period input, of one period. */
  inputSamples(input: string, period?: number): Float64Array;
  /** One row per output and period with the headline numbers, for `console.table` or CSV. */
  rows(): Array<Record<string, string | number>>;
}

/** @internal Wraps a finished engine as the public result. */
export function buildResult<Name extends string>(engine: SimulationEngine): SimulationResult<Name> {
  const plan = engine.plan;
  const T = plan.periods;
  const N = plan.sampling.iterations;
  const n = engine.iterations;
  const fn = "SimulationResult";
  const cache = new Map<number, OutputSummary>();
  const locate = (output: string, period: number | undefined, method: string): [number, number] => {
    const o = plan.outputs.indexOf(output);
    if (o < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}.${method}: "${String(output)}" is not among the outputs (${plan.outputs.join(", ")}).`, { path: "output" });
    const t = period ?? T - 1;
    assertInteger(t, "period", `${fn}.${method}`, 0, T - 1);
    return [o, t];
  };
  const slice = (all: Float64Array, t: number) => all.slice(t * N, t * N + n);
  const requireKept = (method: string): void => {
    if (!plan.keepSamples) throw new DpmError("INVALID_ARGUMENT", `${fn}.${method}: samples were not kept; run simulate with keepSamples: true.`, { path: "keepSamples" });
  };
  const summary = (output: Name, period?: number): OutputSummary => {
    const [o, t] = locate(output, period, "summary");
    const key = o * T + t;
    let s = cache.get(key);
    if (s === undefined) {
      const sorted = engine.keptOutputs === undefined ? undefined : slice(engine.keptOutputs[o] as Float64Array, t).sort();
      s = buildSummary(engine.columns[key] as ColumnStats, plan.settings, sorted);
      cache.set(key, s);
    }
    return s;
  };
  const conv = plan.convergence;
  return {
    iterations: n,
    requestedIterations: N,
    seed: plan.sampling.seedPath,
    sampling: plan.sampling.sampling,
    chunkSize: plan.sampling.chunkSize,
    periods: T,
    periodLabels: plan.model.periodLabels,
    outputs: plan.outputs as readonly Name[],
    inputs: plan.sampling.inputs.map((x) => x.name),
    samplesKept: plan.keepSamples,
    convergence: conv === undefined ? undefined : { output: conv.output, period: conv.period, history: engine.history, converged: engine.converged },
    summary,
    samples: (output, period) => {
      requireKept("samples");
      const [o, t] = locate(output, period, "samples");
      return slice((engine.keptOutputs as Float64Array[])[o] as Float64Array, t);
    },
    inputSamples: (input, period) => {
      requireKept("inputSamples");
      const i = plan.sampling.inputs.findIndex((x) => x.name === input);
      if (i < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}.inputSamples: "${String(input)}" is not an uncertain input (${plan.sampling.inputs.map((x) => x.name).join(", ")}).`, { path: "input" });
      const perPeriod = plan.sampling.inputs[i]?.perPeriod === true;
      const t = perPeriod ? (period ?? T - 1) : 0;
      if (perPeriod) assertInteger(t, "period", `${fn}.inputSamples`, 0, T - 1);
      return slice((engine.keptInputs as Float64Array[])[i] as Float64Array, t);
    },
    rows: () =>
      plan.outputs.flatMap((output) =>
        plan.model.periodLabels.map((label, t) => {
          const s = summary(output as Name, t);
          const row: Record<string, string | number> = { output, period: label, mean: s.mean, sd: s.sd };
          for (const p of plan.settings.percentiles) row[percentileKey(p)] = s.percentile(p);
          for (const e of s.exceedance) {
            row[`P(>${e.target})`] = e.probabilityAbove;
            row[`P(<${e.target})`] = e.probabilityBelow;
          }
          for (const r of s.risk) {
            row[`VaR${Number((r.level * 100).toFixed(6))}`] = r.valueAtRisk;
            row[`CVaR${Number((r.level * 100).toFixed(6))}`] = r.conditionalValueAtRisk;
          }
          return row;
        }),
      ),
  };
}
