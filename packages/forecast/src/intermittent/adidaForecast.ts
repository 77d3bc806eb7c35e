import { checkOptions, DpmError } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { readHorizon, readLevels, type SeriesInput } from "../internal/input.js";
import { classifyValues } from "./classifyDemand.js";
import { empiricalIntervals, readDemand, sesOptimized } from "./intermittentInput.js";

/**
 * Options for {@link adidaForecast}.
 *
 * @category Intermittent demand
 */
export interface AdidaOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Aggregation level k in periods (default: the average demand interval, rounded, at least 1). */
  readonly level?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
}

/**
 * Options for {@link imapaForecast}.
 *
 * @category Intermittent demand
 */
export interface ImapaOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Largest aggregation level (default: the average demand interval, rounded, at least 1; at most n / 2). */
  readonly maxLevel?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
}

/** @internal ADIDA rate at aggregation level k: SES (α by in-sample MSE) on sums over non-overlapping blocks of k periods, from the end, ÷ k. */
export function adidaRate(y: Float64Array, k: number): number {
  const blocks = Math.floor(y.length / k);
  const agg = new Float64Array(blocks);
  const off = y.length - blocks * k;
  for (let b = 0; b < blocks; b++) {
    let s = 0;
    for (let i = 0; i < k; i++) s += y[off + b * k + i] as number;
    agg[b] = s;
  }
  return sesOptimized(agg) / k;
}

function readLevel(value: unknown, fallback: number, n: number, fn: string, name: string): number {
  if (value === undefined) return Math.max(1, Math.min(Math.floor(n / 2), fallback));
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > n / 2) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an integer from 1 to ${Math.floor(n / 2)} (at most half the ${n} values, so there are two blocks), got ${String(value)}.`, { path: name });
  }
  return value;
}

function flat(method: string, y: Float64Array, next: Forecast["start"], rate: number, horizon: number, levels: readonly number[]): Forecast {
  return {
    method,
    point: new Float64Array(horizon).fill(rate),
    intervals: empiricalIntervals(y, horizon, levels),
    intervalMethod: "simulated",
    start: next,
    fitted: new Float64Array(y.length).fill(NaN),
    residuals: new Float64Array(y.length).fill(NaN),
  };
}

/**
 * ADIDA (Nikolopoulos et al. 2011): aggregates the demand into non-overlapping blocks of k periods
 * (counted back from the last period; a partial first block is dropped), where the zeros mostly
 * disappear, forecasts the block totals by simple exponential smoothing (α chosen by in-sample
 * MSE on a grid) and spreads the block forecast evenly: rate = forecast / k. Intervals are
 * empirical quantiles of the last ≤ 100 observations; there are no one-step fitted values (NaN).
 *
 * @param series - demand per period (≥ 0, at least one non-zero and at least 2 values)
 * @param options - `horizon` (required), `level` (k), `levels`
 * @returns a flat forecast of the demand rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative, all-zero or huge (> 1e100) demand or a level outside 1…n/2; `NON_FINITE`; `TOO_SHORT`
 *
 * @example
 * ```ts
 * import { adidaForecast } from "@dpm/forecast";
 *
 * // blocks of 4: totals 4, 4, 4, 4 → 1 per period
 * adidaForecast([0, 0, 4, 0, 1, 0, 3, 0, 0, 2, 0, 2, 0, 0, 0, 4], { horizon: 2, level: 4 }).point[0]; // => 1
 * ```
 *
 * @category Intermittent demand
 */
export function adidaForecast(series: SeriesInput, options: AdidaOptions): Forecast {
  const fn = "adidaForecast";
  const opts = checkOptions(options, ["horizon", "level", "levels"], fn, "{ horizon: 12 }");
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const data = readDemand(series, fn);
  const y = data.values;
  const k = readLevel(opts.level, Math.round(classifyValues(y).adi), y.length, fn, "options.level");
  return flat(`ADIDA (k=${k})`, y, data.next, adidaRate(y, k), horizon, levels);
}

/**
 * IMAPA (Petropoulos & Kourentzes 2015): the mean of the ADIDA rates at every aggregation level
 * k = 1 … maxLevel — no single level has to be chosen.
 *
 * @param series - demand per period (≥ 0, at least one non-zero and at least 2 values)
 * @param options - `horizon` (required), `maxLevel`, `levels`
 * @returns a flat forecast of the demand rate
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative, all-zero or huge (> 1e100) demand or a maxLevel outside 1…n/2; `NON_FINITE`; `TOO_SHORT`
 *
 * @example
 * ```ts
 * import { adidaForecast, imapaForecast } from "@dpm/forecast";
 *
 * const y = [0, 0, 4, 0, 1, 0, 3, 0, 0, 2, 0, 2, 0, 0, 0, 4];
 * const f = imapaForecast(y, { horizon: 2, maxLevel: 2 });
 * const mean = (adidaForecast(y, { horizon: 1, level: 1 }).point[0] + adidaForecast(y, { horizon: 1, level: 2 }).point[0]) / 2;
 * Math.abs(f.point[0] - mean) < 1e-12; // => true
 * ```
 *
 * @category Intermittent demand
 */
export function imapaForecast(series: SeriesInput, options: ImapaOptions): Forecast {
  const fn = "imapaForecast";
  const opts = checkOptions(options, ["horizon", "levels", "maxLevel"], fn, "{ horizon: 12 }");
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const data = readDemand(series, fn);
  const y = data.values;
  const K = readLevel(opts.maxLevel, Math.round(classifyValues(y).adi), y.length, fn, "options.maxLevel");
  let s = 0;
  for (let k = 1; k <= K; k++) s += adidaRate(y, k);
  return flat(`IMAPA (k=1…${K})`, y, data.next, s / K, horizon, levels);
}
