import { checkOptions, DpmError, assertInteger, toFiniteArray } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { coverageKernel, maeKernel, mapeKernel, maseScale, meKernel, rmseKernel, smapeKernel, winklerKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * Options for {@link accuracy}.
 *
 * @category Accuracy
 */
export interface AccuracyOptions {
  /** The data the forecast was made from; needed for MASE (and MSIS). */
  readonly training?: ArrayLike<number>;
  /** Seasonal period of the MASE scale (default 1). */
  readonly period?: number;
}

/**
 * Scores of one prediction interval level.
 *
 * @category Accuracy
 */
export interface IntervalAccuracy {
  readonly level: number;
  /** Share of actual values inside the interval. */
  readonly coverage: number;
  /** Mean Winkler score (see {@link winklerScore}). */
  readonly winkler: number;
  /** Winkler score divided by the MASE scale (the M4 MSIS); NaN without training data. */
  readonly msis: number;
}

/**
 * Every accuracy measure at once.
 *
 * @category Accuracy
 */
export interface AccuracyReport {
  readonly me: number;
  readonly mae: number;
  readonly rmse: number;
  readonly mape: number;
  readonly smape: number;
  /** NaN without `training` (or when its scale is 0). */
  readonly mase: number;
  /** One entry per interval of a {@link Forecast}; empty for plain point forecasts. */
  readonly intervals: readonly IntervalAccuracy[];
}

/**
 * Scores forecasts against what happened: ME, MAE, RMSE, MAPE, sMAPE, MASE and, for a
 * {@link Forecast} with intervals, coverage, Winkler score and MSIS per level. Unlike {@link mase}
 * it does not throw when MASE is undefined: it reports NaN, so one report can cover many series.
 *
 * @param actual - the observed values over the forecast horizon
 * @param forecast - point forecasts, or a {@link Forecast} (its point forecasts and intervals)
 * @param options - `training` data for MASE/MSIS and its seasonal `period`
 * @returns the scores
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` when the forecast and the actuals differ in length,
 *   `NON_FINITE`, `EMPTY`
 *
 * @example
 * ```ts
 * import { accuracy, naiveForecast } from "@dpm/forecast";
 *
 * const training = [112, 118, 132, 129, 121, 135];
 * const report = accuracy([148, 148], naiveForecast(training, { horizon: 2 }), { training });
 * report.mae; // => 13
 * report.mase.toFixed(3); // => "1.444"
 * report.intervals.map((i) => i.coverage); // => [0.5, 1]
 * ```
 *
 * @category Accuracy
 */
export function accuracy(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number> | Forecast,
  options: AccuracyOptions = {},
): AccuracyReport {
  checkOptions(options, ["period", "training"], "accuracy");
  const fn = "accuracy";
  const isForecast = typeof forecast === "object" && forecast !== null && "point" in forecast && "intervals" in forecast;
  const points = isForecast ? (forecast as Forecast).point : (forecast as ArrayLike<number>);
  const [y, f] = readPair(actual, points, fn);
  let scale = NaN;
  if (options.training !== undefined) {
    const m = options.period ?? 1;
    assertInteger(m, "options.period", fn, 1);
    const x = toFiniteArray(options.training, "options.training", fn);
    scale = maseScale(x, m);
    if (!(scale > 0)) scale = NaN;
  }
  const intervals: IntervalAccuracy[] = [];
  if (isForecast) {
    const list: unknown = (forecast as Forecast).intervals;
    if (!Array.isArray(list)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: forecast.intervals must be an array of { level, lower, upper }, as forecasts return.`, { path: "forecast.intervals" });
    }
    for (const interval of list as Forecast["intervals"]) {
      if (typeof interval !== "object" || interval === null || typeof interval.level !== "number" || !ArrayBuffer.isView(interval.lower) && !Array.isArray(interval.lower) || !ArrayBuffer.isView(interval.upper) && !Array.isArray(interval.upper)) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: each of forecast.intervals must be { level, lower, upper } with arrays of bounds.`, { path: "forecast.intervals" });
      }
      if (interval.lower.length !== y.length || interval.upper.length !== y.length) {
        throw new DpmError("LENGTH_MISMATCH", `${fn}: the ${interval.level}% interval has ${interval.lower.length} values but actual has ${y.length}.`, { path: "forecast.intervals" });
      }
      const winkler = winklerKernel(y, interval.lower, interval.upper, interval.level);
      intervals.push({
        level: interval.level,
        coverage: coverageKernel(y, interval.lower, interval.upper),
        winkler,
        msis: winkler / scale,
      });
    }
  }
  return {
    me: meKernel(y, f),
    mae: maeKernel(y, f),
    rmse: rmseKernel(y, f),
    mape: mapeKernel(y, f),
    smape: smapeKernel(y, f),
    mase: maeKernel(y, f) / scale,
    intervals,
  };
}
