import type { Period } from "@dpm/core";

/**
 * A prediction interval at one level: `lower[i]`/`upper[i]` bound the value `i + 1` periods ahead.
 *
 * @category Forecast
 */
export interface PredictionInterval {
  /** Coverage in percent, e.g. `95`. */
  readonly level: number;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/**
 * Simulated future sample paths, row-major: path `p` occupies
 * `values.subarray(p * horizon, (p + 1) * horizon)`. Hand them to a Monte Carlo model as draws of
 * the future.
 *
 * @category Forecast
 */
export interface SamplePaths {
  /** Number of paths. */
  readonly count: number;
  /** Steps per path. */
  readonly horizon: number;
  /** `count × horizon` values, one path after another. */
  readonly values: Float64Array;
}

/**
 * What every forecasting function returns: point forecasts, prediction intervals and a description
 * of the method, plus the in-sample fit.
 *
 * @category Forecast
 */
export interface Forecast {
  /** The method, e.g. `"ETS(M,Ad,M)"`, `"Naive"`, `"Seasonal naive"`. */
  readonly method: string;
  /** Point forecasts for 1…horizon periods ahead. */
  readonly point: Float64Array;
  /** One interval per requested level, in the order requested. */
  readonly intervals: readonly PredictionInterval[];
  /** How the intervals were computed. */
  readonly intervalMethod: "analytic" | "simulated" | "none";
  /** The period of the first forecast when the input was a TimeSeries, else `null`. */
  readonly start: Period | null;
  /** One-step in-sample fitted values (NaN where the method has none, e.g. the first period of naive). */
  readonly fitted: Float64Array;
  /** In-sample residuals `y − fitted` (NaN where undefined). */
  readonly residuals: Float64Array;
  /** Simulated sample paths, when requested (`paths` option) or used for the intervals. */
  readonly paths?: SamplePaths;
}
