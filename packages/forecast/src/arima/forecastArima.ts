import { checkOptions, DpmError } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions } from "../internal/input.js";
import type { ArimaFit } from "./ArimaFit.js";
import { invBoxCox } from "./boxCox.js";
import { forecastStateSpace } from "./kernel/arimaStateSpace.js";
import { regressorValue } from "./kernel/fitArimaModel.js";
import { readXreg } from "./fitArima.js";

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
  /**
   * Future values of the fit's external regressors (`fitArima`'s `xreg`), `horizon` values each
   * under the same names. Required when the model has regressors.
   */
  readonly xreg?: Readonly<Record<string, ArrayLike<number>>>;
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
 *   outside (0, 100), something that is not an ARIMA fit, or future regressors (`xreg`) missing for
 *   a model that has them (or given to one that has none); `LENGTH_MISMATCH` when a future
 *   regressor does not have `horizon` values
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
  checkOptions(options, positional ? ["levels"] : ["horizon", "levels", "xreg"], FN, "{ horizon: 12 }");
  if (!positional && legacy !== undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: pass one options object, forecastArima(fit, { horizon, levels }).`, { path: "options" });
  }
  if (typeof fit !== "object" || fit === null || typeof (fit as { state?: unknown }).state !== "object") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit must be a model returned by fitArima or autoArima.`, { path: "fit" });
  }
  if (typeof fit.sigma2 !== "number" || !(fit.sigma2 >= 0) || !Number.isFinite(fit.sigma2) || !Number.isSafeInteger(fit.n)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: fit.sigma2 must be a finite number ≥ 0 and fit.n an integer; pass a model returned by fitArima or autoArima.`, { path: "fit" });
  }
  const h = readHorizon(positional ? horizonOrOptions : options?.horizon, FN, positional ? "horizon" : "options.horizon");
  const opts = readOptions(options, FN);
  const levels = readLevels(opts.levels, FN);
  const s = fit.state;
  const future = futureRegressors(s.regressors.map((r) => r.name), opts.xreg, h);
  const { mean, variance } = forecastStateSpace(s, h);
  const point = new Float64Array(h);
  const se = new Float64Array(h);
  for (let i = 0; i < h; i++) {
    let v = mean[i]!;
    for (const reg of s.regressors) v += reg.coef * (future.get(reg.name)?.[i] ?? regressorValue(reg.name, fit.n + i + 1));
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


/** The future values of a fit's external regressors, checked against its names (intercept and drift are the model's own). */
function futureRegressors(names: readonly string[], xreg: unknown, h: number): Map<string, Float64Array> {
  const own = names.filter((n) => n !== "intercept" && n !== "drift");
  const out = new Map<string, Float64Array>();
  if (own.length === 0) {
    if (xreg !== undefined) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.xreg was given but the model has no external regressors; drop it or fit with fitArima(y, { xreg }).`, { path: "options.xreg" });
    return out;
  }
  if (xreg === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: the model is a regression with ARIMA errors on ${own.join(", ")}; pass their future values, options.xreg = { ${own.map((n) => `${n}: [${h} values]`).join(", ")} }.`, { path: "options.xreg" });
  }
  const read = readXreg(xreg, h, FN, "options.xreg", "forecast period (horizon)");
  for (const name of read.names) {
    if (!own.includes(name)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.xreg.${name} is not a regressor of the model; it has ${own.join(", ")}.`, { path: `options.xreg.${name}` });
  }
  for (const name of own) {
    const i = read.names.indexOf(name);
    if (i < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.xreg is missing the future values of regressor "${name}" (${h} values).`, { path: `options.xreg.${name}` });
    out.set(name, read.columns[i] as Float64Array);
  }
  return out;
}
