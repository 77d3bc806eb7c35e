import { checkOptions } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import { readOptions } from "../internal/input.js";
import { fitEts } from "./fitEts.js";
import { forecastEts, type EtsForecast } from "./forecastEts.js";

/**
 * Options for {@link holt}.
 *
 * @category Exponential smoothing
 */
export interface HoltOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Damp the trend towards a flat line (default false). */
  readonly damped?: boolean;
  /** Fix α. */
  readonly alpha?: number;
  /** Fix β (≤ α). */
  readonly beta?: number;
  /** Fix the damping parameter φ. */
  readonly phi?: number;
  /** `"lbfgs"` (default) or `"nelder-mead"` (R's optimiser). */
  readonly optimizer?: "lbfgs" | "nelder-mead";
}

/**
 * Holt's linear trend method, optionally damped: level and slope smoothed by α and β; forecasts
 * follow the last slope (or a damped version of it, flattening by φ each period). As R's
 * `forecast::holt`: ETS(A,A,N) / ETS(A,Ad,N) fitted by one-step mean squared error.
 *
 * @param series - a TimeSeries or an array of numbers (at least 6 values)
 * @param options - `horizon`, `levels`, `damped`, fixed `alpha`/`beta`/`phi`
 * @returns the forecast, with the fitted model as `model`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT`, `NON_FINITE`, `INVALID_ARGUMENT` (see {@link fitEts})
 *
 * @example
 * ```ts
 * import { holt } from "@dpm/forecast";
 *
 * const trend = [10, 12, 14, 16, 18, 20, 22, 24];
 * const f = holt(trend, { horizon: 3 });
 * Array.from(f.point, (v) => Math.round(v)); // => [26, 28, 30]
 * ```
 *
 * @category Exponential smoothing
 */
export function holt(series: SeriesInput, options: HoltOptions): EtsForecast {
  checkOptions(options, ["alpha", "beta", "damped", "horizon", "levels", "optimizer", "phi"], "holt");
  const opts = readOptions(options, "holt");
  const damped = opts.damped === true;
  const fit = fitEts(series, {
    model: "AAN",
    damped,
    criterion: "mse",
    ...(opts.alpha === undefined ? {} : { alpha: opts.alpha }),
    ...(opts.beta === undefined ? {} : { beta: opts.beta }),
    ...(opts.phi === undefined ? {} : { phi: opts.phi }),
    ...(opts.optimizer === undefined ? {} : { optimizer: opts.optimizer }),
  });
  const forecast = forecastEts(fit, { horizon: opts.horizon as number, ...(opts.levels === undefined ? {} : { levels: opts.levels }) });
  return { ...forecast, method: damped ? "Damped Holt's method" : "Holt's method" };
}
