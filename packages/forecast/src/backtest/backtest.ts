import { checkOptions, DpmError, assertInteger } from "@dpm/core";
import { autoForecast } from "../autoForecast.js";
import { driftForecast } from "../baselines/driftForecast.js";
import { meanForecast } from "../baselines/meanForecast.js";
import { naiveForecast } from "../baselines/naiveForecast.js";
import { seasonalNaiveForecast } from "../baselines/seasonalNaiveForecast.js";
import type { Forecast } from "../intervals/Forecast.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import { coverageKernel, maeKernel, mapeKernel, maseScale, meKernel, rmseKernel, smapeKernel, winklerKernel } from "../metrics/kernels.js";

/**
 * A forecasting method to backtest: a built-in name, or a function that forecasts `horizon`
 * periods from the training values (returning a {@link Forecast} or plain point forecasts).
 *
 * @category Backtesting
 */
export type BacktestMethod =
  | "auto"
  | "naive"
  | "seasonalNaive"
  | "drift"
  | "mean"
  | ((training: Float64Array, horizon: number, period: number) => Forecast | ArrayLike<number>);

/**
 * Options for {@link backtest}.
 *
 * @category Backtesting
 */
export interface BacktestOptions {
  /** Periods forecast from each origin (an integer ≥ 1). */
  readonly horizon: number;
  /** Training size at the first origin (default: half the series, at least 2 + the period). */
  readonly initial?: number;
  /** Periods between consecutive origins (default 1). */
  readonly step?: number;
  /** `"expanding"` (default: all data up to the origin) or `"sliding"` (the last `initial` values only). */
  readonly window?: "expanding" | "sliding";
  /** Interval levels in percent for the built-in methods (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Seasonal period (method and MASE scale); default from the TimeSeries frequency, else 1. */
  readonly period?: number;
}

/**
 * Scores at one forecast origin.
 *
 * @category Backtesting
 */
export interface BacktestOrigin {
  /** Index of the first forecast period (= number of values before it). */
  readonly origin: number;
  /** Index where the training window starts (0 for an expanding window). */
  readonly trainStart: number;
  readonly actual: Float64Array;
  readonly point: Float64Array;
  readonly me: number;
  readonly mae: number;
  readonly rmse: number;
  readonly mape: number;
  readonly smape: number;
  /** NaN when the training window has no variation at the seasonal lag. */
  readonly mase: number;
  readonly intervals: readonly { readonly level: number; readonly coverage: number; readonly winkler: number }[];
}

/**
 * Backtest results: every origin, their averages, and the error by steps ahead.
 *
 * @category Backtesting
 */
export interface BacktestResult {
  readonly origins: readonly BacktestOrigin[];
  /** Means over origins (NaN-valued MASE origins are skipped in the MASE mean). */
  readonly aggregate: {
    readonly me: number;
    readonly mae: number;
    readonly rmse: number;
    readonly mape: number;
    readonly smape: number;
    readonly mase: number;
    readonly intervals: readonly { readonly level: number; readonly coverage: number; readonly winkler: number }[];
  };
  /** Mean absolute error h steps ahead, h = 1 … horizon (index h − 1). */
  readonly maeByHorizon: Float64Array;
}

/** @internal The built-in backtest methods by name (shared with conformalForecast). */
export function builtIn(name: string, levels: number[]): (y: Float64Array, h: number, m: number) => Forecast {
  switch (name) {
    case "auto":
      return (y, h, m) => autoForecast(y, { horizon: h, period: m, levels });
    case "naive":
      return (y, h) => naiveForecast(y, { horizon: h, levels });
    case "seasonalNaive":
      return (y, h, m) => seasonalNaiveForecast(y, { horizon: h, period: m, levels });
    case "drift":
      return (y, h) => driftForecast(y, { horizon: h, levels });
    case "mean":
      return (y, h) => meanForecast(y, { horizon: h, levels });
    default:
      throw new DpmError(
        "INVALID_ARGUMENT",
        `backtest: unknown method ${typeof name === "string" ? JSON.stringify(name) : typeof name}; use "auto", "naive", "seasonalNaive", "drift", "mean" or a function.`,
        { path: "method" },
      );
  }
}

/**
 * Rolling-origin evaluation ("time-series cross-validation"): forecasts from many origins, each
 * using only the data before it, and scores them against what followed. The honest way to
 * compare methods on your own data.
 *
 * Origins run from `initial` to the last one with a full horizon ahead, every `step` periods. The
 * training window either grows (expanding) or keeps the last `initial` values (sliding). Each
 * origin gets ME, MAE, RMSE, MAPE, sMAPE, MASE (scaled on its own training window) and, for
 * forecasts with intervals, coverage and Winkler score; `aggregate` averages them.
 *
 * @param series - a TimeSeries or an array of numbers
 * @param method - `"auto"`, `"naive"`, `"seasonalNaive"`, `"drift"`, `"mean"`, or a function
 * @param options - `horizon`, `initial`, `step`, `window`, `levels`, `period`
 * @returns per-origin and aggregate scores, and MAE by steps ahead
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` when no origin fits (`initial + horizon` > length),
 *   `INVALID_ARGUMENT` for bad options or a method returning the wrong number of forecasts,
 *   `NON_FINITE` for NaN in the data
 *
 * @example
 * ```ts
 * import { backtest } from "@dpm/forecast";
 *
 * const y = [10, 12, 11, 13, 12, 14, 13, 15, 14, 16];
 * const r = backtest(y, "naive", { horizon: 2, initial: 6 });
 * r.origins.map((o) => o.origin); // => [6, 7, 8]
 * r.aggregate.mae.toFixed(4); // => "1.1667"
 * ```
 *
 * @category Backtesting
 */
export function backtest(series: SeriesInput, method: BacktestMethod, options: BacktestOptions): BacktestResult {
  checkOptions(options, ["horizon", "initial", "levels", "period", "step", "window"], "backtest");
  const fn = "backtest";
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const data = readSeries(series, fn, opts.period);
  const y = data.values;
  const n = y.length;
  const m = data.period;
  const initial = opts.initial ?? Math.max(Math.floor(n / 2), 2 + m);
  assertInteger(initial, "options.initial", fn, 1);
  const step = opts.step ?? 1;
  assertInteger(step, "options.step", fn, 1);
  const window = opts.window ?? "expanding";
  if (window !== "expanding" && window !== "sliding") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.window must be "expanding" or "sliding".`, { path: "options.window" });
  }
  if (initial + horizon > n) {
    throw new DpmError(
      "TOO_SHORT",
      `${fn}: series has ${n} values but needs at least initial + horizon = ${initial + horizon}; lower options.initial or options.horizon.`,
      { path: "series", details: { length: n, initial, horizon } },
    );
  }
  const run = typeof method === "function" ? method : builtIn(method as string, levels);
  const origins: BacktestOrigin[] = [];
  const maeByHorizon = new Float64Array(horizon);
  for (let origin = initial; origin + horizon <= n; origin += step) {
    const trainStart = window === "sliding" ? origin - initial : 0;
    const training = y.slice(trainStart, origin);
    const actual = y.slice(origin, origin + horizon);
    const out = run(training, horizon, m);
    const isForecast = typeof out === "object" && out !== null && "point" in out && "intervals" in out;
    const point = Float64Array.from(isForecast ? (out as Forecast).point : (out as ArrayLike<number>));
    if (point.length !== horizon || point.some((v) => !Number.isFinite(v))) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: the method returned ${point.length} forecast(s) at origin ${origin} (need ${horizon} finite values).`,
        { path: "method", details: { origin } },
      );
    }
    const scale = maseScale(training, m);
    const intervals = isForecast
      ? (out as Forecast).intervals.map((i) => ({
          level: i.level,
          coverage: coverageKernel(actual, i.lower, i.upper),
          winkler: winklerKernel(actual, i.lower, i.upper, i.level),
        }))
      : [];
    const mae = maeKernel(actual, point);
    for (let h = 0; h < horizon; h++) maeByHorizon[h] = (maeByHorizon[h] as number) + Math.abs((actual[h] as number) - (point[h] as number));
    origins.push({
      origin,
      trainStart,
      actual,
      point,
      me: meKernel(actual, point),
      mae,
      rmse: rmseKernel(actual, point),
      mape: mapeKernel(actual, point),
      smape: smapeKernel(actual, point),
      mase: scale > 0 ? mae / scale : NaN,
      intervals,
    });
  }
  const k = origins.length;
  for (let h = 0; h < horizon; h++) maeByHorizon[h] = (maeByHorizon[h] as number) / k;
  const mean = (f: (o: BacktestOrigin) => number): number => {
    let s = 0;
    let c = 0;
    for (const o of origins) {
      const v = f(o);
      if (!Number.isNaN(v)) {
        s += v;
        c++;
      }
    }
    return c === 0 ? NaN : s / c;
  };
  const first = origins[0] as BacktestOrigin;
  return {
    origins,
    aggregate: {
      me: mean((o) => o.me),
      mae: mean((o) => o.mae),
      rmse: mean((o) => o.rmse),
      mape: mean((o) => o.mape),
      smape: mean((o) => o.smape),
      mase: mean((o) => o.mase),
      intervals: first.intervals.map((interval, j) => ({
        level: interval.level,
        coverage: mean((o) => o.intervals[j]?.coverage ?? NaN),
        winkler: mean((o) => o.intervals[j]?.winkler ?? NaN),
      })),
    },
    maeByHorizon,
  };
}
