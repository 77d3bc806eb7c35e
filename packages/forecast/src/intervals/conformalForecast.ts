import { assertInteger, checkOptions, DpmError } from "@dpm/core";
import { backtest, builtIn, type BacktestMethod } from "../backtest/backtest.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import type { Forecast, PredictionInterval } from "./Forecast.js";

/**
 * Options for {@link conformalForecast}.
 *
 * @category Intervals
 */
export interface ConformalOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Number of calibration origins (default 20, at least 2): the last ones with a full horizon ahead, one period apart. */
  readonly origins?: number;
  /** Seasonal period passed to the method (default: the TimeSeries frequency's, 1 for arrays). */
  readonly period?: number;
}

/**
 * Split-conformal prediction intervals for any forecasting method, from rolling-origin errors.
 *
 * The method is refitted at each of the last `origins` origins (one period apart, expanding
 * window, as {@link backtest}); for each step ahead h the absolute errors |y − ŷ| of those
 * forecasts are the nonconformity scores, and the interval at level L is the point forecast from
 * all the data ± the ⌈(k + 1)·L/100⌉-th smallest of the k scores (Vovk et al. 2005; Stankevičiūtė
 * et al. 2021 for multi-step forecasts). Coverage holds in finite samples when the errors are
 * exchangeable, whatever the model — no normality assumed. When k is too small for a level
 * (⌈(k + 1)L/100⌉ > k) the interval uses the largest score and the method name says it is capped.
 *
 * @param series - a TimeSeries or an array of numbers
 * @param method - `"auto"`, `"naive"`, `"seasonalNaive"`, `"drift"`, `"mean"`, or a function `(training, horizon, period) => Forecast | number[]`
 * @param options - `horizon` (required), `levels`, `origins`, `period`
 * @returns the method's point forecast from all the data with conformal intervals
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` when the series is too short for the origins
 *   (needs origins + horizon + 2 values), `INVALID_ARGUMENT` for bad options or a method returning
 *   the wrong number of forecasts, `NON_FINITE` for NaN in the data or non-finite forecasts
 *
 * @example
 * ```ts
 * import { conformalForecast } from "@dpm/forecast";
 *
 * const y = Array.from({ length: 40 }, (_, t) => 100 + t + (t % 3));
 * const f = conformalForecast(y, "drift", { horizon: 2, levels: [80], origins: 10 });
 * f.method; // => "Drift (conformal intervals from 10 origins)"
 * f.intervals[0].lower[0] < f.point[0] && f.point[0] < f.intervals[0].upper[0]; // => true
 * ```
 *
 * @category Intervals
 */
export function conformalForecast(series: SeriesInput, method: BacktestMethod, options: ConformalOptions): Forecast {
  const fn = "conformalForecast";
  checkOptions(options, ["horizon", "levels", "origins", "period"], fn, "{ horizon: 12 }");
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const origins = opts.origins ?? 20;
  assertInteger(origins, "options.origins", fn, 2, 10_000);
  const data = readSeries(series, fn, opts.period);
  const y = data.values;
  const n = y.length;
  const initial = n - horizon - (origins - 1);
  if (initial < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: ${origins} calibration origins with horizon ${horizon} need at least ${origins + horizon + 1} values, got ${n}; use fewer origins or a shorter horizon.`, { path: "series", details: { length: n, required: origins + horizon + 1 } });
  }
  const run = typeof method === "function" ? method : builtIn(method, levels);
  const bt = backtest(y, method, { horizon, initial, step: 1, period: data.period, levels });
  const k = bt.origins.length;
  const scores = Array.from({ length: horizon }, () => new Float64Array(k));
  bt.origins.forEach((o, j) => {
    for (let h = 0; h < horizon; h++) (scores[h] as Float64Array)[j] = Math.abs((o.actual[h] as number) - (o.point[h] as number));
  });
  for (const s of scores) s.sort();
  const full = run(y, horizon, data.period);
  const point = Float64Array.from("point" in full ? full.point : (full as ArrayLike<number>));
  if (point.length !== horizon || !point.every(Number.isFinite)) {
    throw new DpmError("NON_FINITE", `${fn}: the method must return ${horizon} finite forecasts from the full data.`, { path: "method" });
  }
  let capped = false;
  const intervals: PredictionInterval[] = levels.map((level) => {
    const rank = Math.ceil(((k + 1) * level) / 100);
    if (rank > k) capped = true;
    const idx = Math.min(k, rank) - 1;
    const lower = new Float64Array(horizon);
    const upper = new Float64Array(horizon);
    for (let h = 0; h < horizon; h++) {
      const q = (scores[h] as Float64Array)[idx] as number;
      lower[h] = (point[h] as number) - q;
      upper[h] = (point[h] as number) + q;
    }
    return { level, lower, upper };
  });
  const name = "point" in full ? full.method : typeof method === "string" ? method : "custom method";
  const fitted = "fitted" in full ? Float64Array.from(full.fitted) : new Float64Array(n).fill(NaN);
  return {
    method: `${name} (conformal intervals from ${k} origins${capped ? "; capped at the largest error: too few origins for the highest level" : ""})`,
    point,
    intervals,
    intervalMethod: "simulated",
    start: data.next,
    fitted,
    residuals: fitted.map((f, t) => (y[t] as number) - f),
  };
}
