import { checkOptions, DpmError } from "@dpm/core";
import type { SimulationResult } from "../simulate/SimulationResult.js";
import { averageRanks, pearson } from "../stats/spearmanCorrelation.js";

/**
 * Importance of one input for one output.
 *
 * @category Sensitivity
 */
export interface InputImportance {
  readonly input: string;
  /** Spearman rank correlation between the input's draws and the output. */
  readonly correlation: number;
  /** ρ²/Σρ²: the input's share of the output's variance as the rank correlations apportion it. */
  readonly contributionToVariance: number;
}

/**
 * Options of {@link rankCorrelations}.
 *
 * @category Sensitivity
 */
export interface RankCorrelationOptions {
  /** The output's period (default: the last); per-period inputs are read in the same period. */
  readonly period?: number;
}

/**
 * Rank-correlation sensitivity of a simulated output: Spearman's ρ between each uncertain
 * input's draws and the output, and each input's contribution to variance ρ²/Σρ² (the
 * normalised squared rank correlations, as Crystal Ball reports them). Sorted by |ρ|, largest
 * first. Needs the samples: run `simulate` with `keepSamples: true`.
 *
 * @param result - a simulation run with `keepSamples: true`
 * @param output - the output node
 * @param options - `period`
 * @returns one entry per uncertain input
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when samples were not kept or the output is unknown
 *
 * @example
 * ```ts
 * import { defineModel } from "@dpm/core";
 * import { normal, rankCorrelations, simulate } from "@dpm/montecarlo";
 *
 * const model = defineModel({
 *   start: "2026",
 *   periods: 1,
 *   nodes: { a: { input: 0 }, b: { input: 0 }, y: { formula: "3 * a + b" } },
 * });
 * const run = simulate(model, { inputs: { a: normal(0, 1), b: normal(0, 1) }, iterations: 20_000, seed: 1, keepSamples: true });
 * const [top] = rankCorrelations(run, "y");
 * top?.input; // => "a"
 * (top?.contributionToVariance ?? 0) > 0.85; // => true (exactly 9/10 in Pearson terms)
 * ```
 *
 * @category Sensitivity
 */
export function rankCorrelations<Name extends string>(result: SimulationResult<Name>, output: NoInfer<Name>, options: RankCorrelationOptions = {}): InputImportance[] {
  const fn = "rankCorrelations";
  if (typeof result !== "object" || result === null || typeof result.samples !== "function" || typeof result.inputSamples !== "function" || !Array.isArray(result.inputs)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: result must be what simulate returned.`, { path: "result" });
  }
  if (!result.samplesKept) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the simulation did not keep its samples; run simulate with keepSamples: true.`, { path: "result" });
  }
  checkOptions(options, ["period"], fn, "{ period: 0 }");
  const period = options.period;
  const y = averageRanks(result.samples(output, period));
  const rows = result.inputs.map((input) => ({ input, correlation: pearson(averageRanks(result.inputSamples(input, period)), y) }));
  const total = rows.reduce((s, r) => s + r.correlation * r.correlation, 0);
  return rows
    .map((r) => ({ ...r, contributionToVariance: total > 0 ? (r.correlation * r.correlation) / total : 0 }))
    .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
}
