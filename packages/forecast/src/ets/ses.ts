import { checkOptions } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import { readOptions } from "../internal/input.js";
import { fitEts } from "./fitEts.js";
import { forecastEts, type EtsForecast } from "./forecastEts.js";

/**
 * Options for {@link ses}.
 *
 * @category Exponential smoothing
 */
export interface SesOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Fix the smoothing parameter α instead of estimating it. */
  readonly alpha?: number;
  /** `"lbfgs"` (default) or `"nelder-mead"` (R's optimiser); see {@link EtsOptions}. */
  readonly optimizer?: "lbfgs" | "nelder-mead";
}

/**
 * Simple exponential smoothing: the level is a weighted average of past observations with weights
 * decaying by (1 − α); forecasts are flat. As R's `forecast::ses`: ETS(A,N,N) with α and the
 * initial level chosen to minimise the in-sample one-step mean squared error. With α = 1 it is the
 * naive method.
 *
 * @param series - a TimeSeries or an array of numbers (at least 4 values)
 * @param options - `horizon`, `levels`, a fixed `alpha`
 * @returns the forecast, with the fitted model as `model`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT`, `NON_FINITE`, `INVALID_ARGUMENT` (see {@link fitEts})
 *
 * @example
 * ```ts
 * import { ses } from "@dpm/forecast";
 *
 * const f = ses([446, 455, 422, 430, 448, 452, 441, 460], { horizon: 2, alpha: 1 });
 * f.point; // => Float64Array [460, 460]
 * ```
 *
 * @category Exponential smoothing
 */
export function ses(series: SeriesInput, options: SesOptions): EtsForecast {
  checkOptions(options, ["alpha", "horizon", "levels", "optimizer"], "ses");
  const opts = readOptions(options, "ses");
  const fit = fitEts(series, {
    model: "ANN",
    criterion: "mse",
    ...(opts.alpha === undefined ? {} : { alpha: opts.alpha }),
    ...(opts.optimizer === undefined ? {} : { optimizer: opts.optimizer }),
  });
  return { ...forecastEts(fit, { horizon: opts.horizon as number, ...(opts.levels === undefined ? {} : { levels: opts.levels }) }), method: "Simple exponential smoothing" };
}
