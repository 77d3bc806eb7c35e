import { checkOptions, DpmError, timeSeries, type TimeSeries } from "@dpm/core";
import type { SweepResult } from "./sweep.js";
import { assertProbability, describe } from "../engine/validate.js";

/**
 * Options for {@link summaryBands}.
 *
 * @category Runs
 */
export interface SummaryBandsOptions {
  /** Lower quantile of the band (default 0.05). */
  readonly lower?: number;
  /** Upper quantile of the band (default 0.95). */
  readonly upper?: number;
}

/**
 * The summary band of one metric for one parameter set.
 *
 * @category Runs
 */
export interface SummaryBand<P> {
  readonly set: number;
  readonly parameters: P;
  readonly replications: number;
  readonly mean: TimeSeries;
  readonly median: TimeSeries;
  readonly lower: TimeSeries;
  readonly upper: TimeSeries;
}

/**
 * Mean, median and a quantile band of one metric across replications, per parameter set and
 * period. Quantiles interpolate linearly between order statistics (type 7, as R and numpy).
 *
 * @param result - a {@link sweep} result
 * @param metric - the metric name, e.g. `"fraction"` or `"shares.K"`
 * @param options - band quantiles
 * @returns one band per parameter set
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown metric or quantiles outside [0, 1] or lower > upper
 *
 * @example
 * ```ts
 * import { bassAdoption, summaryBands, sweep } from "@dpm/agents";
 *
 * const result = sweep((params, seed) => bassAdoption({ size: 500, steps: 8, ...params, seed }), {
 *   parameters: [{ p: 0.03, q: 0.38 }],
 *   replications: 20,
 * });
 * const [band] = summaryBands(result, "fraction");
 * band.lower.values[8] <= band.median.values[8]; // => true
 * ```
 *
 * @category Runs
 */
export function summaryBands<P>(result: SweepResult<P>, metric: string, options: SummaryBandsOptions = {}): SummaryBand<P>[] {
  const fn = "summaryBands";
  if (typeof result !== "object" || result === null || !Array.isArray(result.runs) || !Array.isArray(result.parameters) || !result.runs.every((r) => typeof r === "object" && r !== null && typeof r.metrics === "object" && r.metrics !== null)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: result must come from sweep().`, { path: "result" });
  }
  if (typeof metric !== "string") throw new DpmError("INVALID_ARGUMENT", `${fn}: metric must be the name of a series in the runs, got ${describe(metric)}.`, { path: "metric" });
  checkOptions(options, ["lower", "upper"], fn, "{ lower: 0.05, upper: 0.95 }");
  const lo = options.lower ?? 0.05;
  const hi = options.upper ?? 0.95;
  assertProbability(lo, "lower", fn);
  assertProbability(hi, "upper", fn);
  if (lo > hi) throw new DpmError("INVALID_ARGUMENT", `${fn}: lower (${lo}) must not exceed upper (${hi}).`, { path: "lower" });
  const bands: SummaryBand<P>[] = [];
  result.parameters.forEach((parameters, set) => {
    const series = result.runs.filter((r) => r.set === set).map((r) => r.metrics[metric]);
    const first = series[0];
    if (first === undefined || series.some((s) => s === undefined)) {
      const known = Object.keys(result.runs[0]?.metrics ?? {}).join(", ");
      throw new DpmError("INVALID_ARGUMENT", `${fn}: no metric ${describe(metric)} in every run; known: ${known}.`, { path: "metric" });
    }
    const T = first.length;
    const R = series.length;
    const mean = new Float64Array(T);
    const median = new Float64Array(T);
    const lower = new Float64Array(T);
    const upper = new Float64Array(T);
    const column = new Float64Array(R);
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let r = 0; r < R; r++) {
        const v = (series[r] as TimeSeries).values[t] as number;
        column[r] = v;
        s += v;
      }
      column.sort();
      mean[t] = s / R;
      median[t] = quantile(column, 0.5);
      lower[t] = quantile(column, lo);
      upper[t] = quantile(column, hi);
    }
    bands.push({
      set,
      parameters,
      replications: R,
      mean: timeSeries(first.start, mean, { name: `${metric} mean` }),
      median: timeSeries(first.start, median, { name: `${metric} median` }),
      lower: timeSeries(first.start, lower, { name: `${metric} q${lo}` }),
      upper: timeSeries(first.start, upper, { name: `${metric} q${hi}` }),
    });
  });
  return bands;
}

function quantile(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  const a = sorted[i] as number;
  const b = sorted[Math.min(i + 1, sorted.length - 1)] as number;
  return a + (h - i) * (b - a);
}
