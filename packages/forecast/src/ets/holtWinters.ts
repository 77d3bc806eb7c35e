import { checkOptions, DpmError } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import { readOptions, readSeries } from "../internal/input.js";
import { fitEts } from "./fitEts.js";
import { forecastEts, type EtsForecast } from "./forecastEts.js";

/**
 * Options for {@link holtWinters}.
 *
 * @category Exponential smoothing
 */
export interface HoltWintersOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** `"additive"` (default: a seasonal swing of constant size) or `"multiplicative"` (proportional to the level). */
  readonly seasonal?: "additive" | "multiplicative";
  /** Damp the trend (default false). */
  readonly damped?: boolean;
  /** Seasonal period; default from the TimeSeries frequency. */
  readonly period?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Fix α. */
  readonly alpha?: number;
  /** Fix β (≤ α). */
  readonly beta?: number;
  /** Fix γ (≤ 1 − α). */
  readonly gamma?: number;
  /** Fix φ. */
  readonly phi?: number;
  /** `"lbfgs"` (default) or `"nelder-mead"` (R's optimiser). */
  readonly optimizer?: "lbfgs" | "nelder-mead";
}

/**
 * Holt-Winters' seasonal method, additive or multiplicative, optionally damped — as R's
 * `forecast::hw`: ETS(A,A,A) or ETS(M,A,M) (damped: A,Ad,A / M,Ad,M) fitted by one-step mean
 * squared error, forecasts with intervals.
 *
 * @param series - a TimeSeries with a seasonal frequency, or an array with `period` (at least m + 3 values)
 * @param options - `horizon`, `seasonal`, `damped`, `period`, `levels`, fixed parameters
 * @returns the forecast, with the fitted model as `model`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a period ≤ 1 or non-positive data with the
 *   multiplicative method, `TOO_SHORT` with fewer than m + 3 values, `NON_FINITE`
 *
 * @example
 * ```ts
 * import { holtWinters } from "@dpm/forecast";
 *
 * const quarterly = [10, 20, 30, 15, 12, 22, 33, 17, 14, 25, 36, 19];
 * const f = holtWinters(quarterly, { horizon: 4, period: 4 });
 * f.point.length; // => 4
 * f.method; // => "Holt-Winters' additive method"
 * ```
 *
 * @category Exponential smoothing
 */
export function holtWinters(series: SeriesInput, options: HoltWintersOptions): EtsForecast {
  checkOptions(options, ["alpha", "beta", "damped", "gamma", "horizon", "levels", "optimizer", "period", "phi", "seasonal"], "holtWinters");
  const fn = "holtWinters";
  const opts = readOptions(options, fn);
  const data = readSeries(series, fn, opts.period);
  const m = data.period;
  if (m <= 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: needs a seasonal period > 1; pass options.period or a monthly/quarterly TimeSeries.`, { path: "options.period" });
  }
  if (data.values.length < m + 3) {
    throw new DpmError("TOO_SHORT", `${fn}: needs at least ${m + 3} values to estimate a season of ${m}; got ${data.values.length}.`, { path: "series" });
  }
  const seasonal = opts.seasonal ?? "additive";
  if (seasonal !== "additive" && seasonal !== "multiplicative") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.seasonal must be "additive" or "multiplicative".`, { path: "options.seasonal" });
  }
  const damped = opts.damped === true;
  const fit = fitEts(series, {
    model: seasonal === "additive" ? "AAA" : "MAM",
    damped,
    period: m,
    criterion: "mse",
    ...(opts.alpha === undefined ? {} : { alpha: opts.alpha }),
    ...(opts.beta === undefined ? {} : { beta: opts.beta }),
    ...(opts.gamma === undefined ? {} : { gamma: opts.gamma }),
    ...(opts.phi === undefined ? {} : { phi: opts.phi }),
    ...(opts.optimizer === undefined ? {} : { optimizer: opts.optimizer }),
  });
  const forecast = forecastEts(fit, { horizon: opts.horizon as number, ...(opts.levels === undefined ? {} : { levels: opts.levels }) });
  return { ...forecast, method: `${damped ? "Damped " : ""}Holt-Winters' ${seasonal} method` };
}
