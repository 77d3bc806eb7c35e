import { checkOptions, DpmError } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions } from "../internal/input.js";
import type { ArimaFit } from "./ArimaFit.js";
import { invBoxCox } from "./boxCox.js";
import { forecastStateSpace } from "./kernel/arimaStateSpace.js";
import { regressorValue } from "./kernel/fitArimaModel.js";

/**
 * Options for {@link forecastArima}.
 *
 * @category ARIMA
 */
export interface ArimaForecastOptions {
  /** How many periods ahead (an integer ≥ 1); required unless given positionally (deprecated). */
  readonly horizon?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
}

const FN = "forecastArima";

/**
 * Forecasts a fitted ARIMA model with analytic prediction intervals, as R's
 * `forecast(Arima(...))`: the Kalman filter's final state is projected ahead (R's
 * `KalmanForecast`), the mean and drift are added back, and the forecast variance (σ² times the
 * state-space prediction variance, which equals σ² Σ ψ_j² once the state is known) gives normal
 * intervals. With a Box–Cox `lambda`, point forecasts and bounds are back-transformed without bias
 * adjustment (medians, R's default).
 *
 * Called as `forecastArima(fit, { horizon, levels })`, like `forecastEts(fit, { horizon })`. The
 * older positional form `forecastArima(fit, horizon, { levels })` still works but is deprecated.
 *
 * @param fit - a model from {@link fitArima} or {@link autoArima}
 * @param options - `horizon` (an integer ≥ 1) and `levels` (default `[80, 95]`)
 * @returns point forecasts, intervals, and the in-sample fit
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a horizon that is not an integer ≥ 1, levels
 *   outside (0, 100) or something that is not an ARIMA fit
 *
 * @example
 * ```ts
 * import { fitArima, forecastArima } from "@dpm/forecast";
 *
 * // A random walk, ARIMA(0,1,0): forecasts repeat the last value, intervals widen as √h.
 * const fit = fitArima([5, 6, 5, 7, 8, 7, 9, 10, 9, 11], { order: [0, 1, 0] });
 * const f = forecastArima(fit, { horizon: 4, levels: [95] });
 * Array.from(f.point); // => [11, 11, 11, 11]
 * const w = (h: number) => f.intervals[0].upper[h] - f.intervals[0].lower[h];
 * Math.abs(w(3) / w(0) - 2) < 1e-9; // => true
 * ```
 *
 * @category ARIMA
 */
export function forecastArima(fit: ArimaFit, options: ArimaForecastOptions & { readonly horizon: number }): Forecast;
/** @deprecated Pass the horizon in the options object: `forecastArima(fit, { horizon, levels })`. */
export function forecastArima(fit: ArimaFit, horizon: number, options?: Omit<ArimaForecastOptions, "horizon">): Forecast;
export function forecastArima(fit: ArimaFit, horizonOrOptions: number | ArimaForecastOptions, legacy?: ArimaForecastOptions): Forecast {
  const positional = typeof horizonOrOptions === "number";
  const options = positional ? legacy : horizonOrOptions;
  checkOptions(options, positional ? ["levels"] : ["horizon", "levels"], FN, "{ horizon: 12 }");
  if (!positional && legacy !== undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: pass one options object, forecastArima(fit, { horizon, levels }).`, { path: "options" });
  }
  if (typeof fit !== "object" || fit === null || typeof (fit as { state?: unknown }).state !== "object") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit must be a model returned by fitArima or autoArima.`, { path: "fit" });
  }
  const h = readHorizon(positional ? horizonOrOptions : options?.horizon, FN, positional ? "horizon" : "options.horizon");
  const opts = readOptions(options, FN);
  const levels = readLevels(opts.levels, FN);
  const s = fit.state;
  const { mean, variance } = forecastStateSpace(s, h);
  const point = new Float64Array(h);
  const se = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    let v = mean[i]!;
    for (const reg of s.regressors) v += reg.coef * regressorValue(reg.name, fit.n + i + 1);
    point[i] = v;
    se[i] = Math.sqrt(Math.max(variance[i]! * fit.sigma2, 0));
  }
  let intervals = normalIntervals(point, se, levels);
  let pointOut: Float64Array = point;
  if (fit.lambda !== null) {
    const lambda = fit.lambda;
    pointOut = invBoxCox(point, lambda);
    intervals = intervals.map((it) => ({ level: it.level, lower: invBoxCox(it.lower, lambda), upper: invBoxCox(it.upper, lambda) }));
  }
  const fitted = Float64Array.from(fit.fitted);
  // y − fitted on the original scale (equal to the innovations when there is no transform).
  const residuals = new Float64Array(fit.n);
  for (let t = 0; t < fit.n; t++) residuals[t] = s.data[t]! - fitted[t]!;
  return {
    method: fit.name,
    point: pointOut,
    intervals,
    intervalMethod: "analytic",
    start: fit.next,
    fitted,
    residuals,
  };
}

