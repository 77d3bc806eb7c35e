import { assertEtsFit } from "./assertEtsFit.js";
import { checkOptions, DpmError, createRng, type Seed } from "@dpm/core";
import type { Forecast, SamplePaths } from "../intervals/Forecast.js";
import { normalIntervals, pathIntervals } from "../intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions } from "../internal/input.js";
import type { EtsFit } from "./EtsFit.js";
import { codes } from "./fitEtsModel.js";
import { ADD, MULT } from "./kernel/codes.js";
import { class1Variance, class2Variance, class3Moments, etsPointForecast, hasAnalyticVariance, linearCoefficients } from "./kernel/etsForecast.js";
import { etsSimulate } from "./kernel/etsSimulate.js";

/**
 * Options for {@link forecastEts} (and the ETS convenience methods).
 *
 * @category Exponential smoothing
 */
export interface EtsForecastOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Compute the intervals from simulated sample paths even where analytic ones exist. */
  readonly simulate?: boolean;
  /**
   * Number of sample paths to simulate and return in `paths` (default 0: none, unless the
   * intervals are simulated, which uses 5000 as R does, without returning them).
   */
  readonly paths?: number;
  /** Seed of the simulation (default 42): the same seed gives the same paths. */
  readonly seed?: Seed;
}

/**
 * Forecasts from a fitted ETS model: point forecasts, prediction intervals and, on request,
 * simulated sample paths for Monte Carlo.
 *
 * Intervals are analytic where Hyndman et al. (2008, ch. 6) give the forecast variance — class 1
 * (additive error, additive components), class 2 (multiplicative error, additive components) and
 * class 3 (multiplicative error and season; its mean includes the σ² correction, as R's) — and
 * simulated otherwise (multiplicative trend, additive error with multiplicative season) from
 * seeded sample paths of the model itself.
 *
 * @param fit - a model from {@link fitEts}
 * @param options - `horizon`, `levels`, `simulate`, `paths`, `seed`
 * @returns the forecast, with the model attached as `model`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a horizon that is not an integer ≥ 1, levels
 *   outside (0, 100), or a negative path count
 *
 * @example
 * ```ts
 * import { fitEts, forecastEts } from "@dpm/forecast";
 *
 * const fit = fitEts([30, 32, 31, 35, 34, 36, 38, 37, 40, 41, 43, 42], { model: "AAN", damped: false });
 * const f = forecastEts(fit, { horizon: 3, levels: [95], paths: 1000, seed: 7 });
 * f.point.length; // => 3
 * f.paths?.values.length; // => 3000
 * f.intervals[0].lower[0] < f.point[0]; // => true
 * ```
 *
 * @category Exponential smoothing
 */
export function forecastEts(fit: EtsFit, options: EtsForecastOptions): EtsForecast {
  checkOptions(options, ["horizon", "levels", "paths", "seed", "simulate"], "forecastEts");
  const fn = "forecastEts";
  assertEtsFit(fit, fn);
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const count = opts.paths ?? 0;
  if (!Number.isInteger(count) || count < 0 || count > 10_000_000) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.paths must be an integer ≥ 0, got ${String(count)}.`, { path: "options.paths" });
  }
  return etsForecastKernel(fit, horizon, levels, opts.simulate === true, count, opts.seed ?? 42);
}

/**
 * A forecast from an ETS model, with the model attached.
 *
 * @category Exponential smoothing
 */
export interface EtsForecast extends Forecast {
  readonly model: EtsFit;
}

/** @internal Unchecked forecasting core. */
export function etsForecastKernel(fit: EtsFit, horizon: number, levels: readonly number[], simulate: boolean, count: number, seed: Seed): EtsForecast {
  const [error, trend, season] = codes(fit.spec);
  const m = fit.period;
  const width = fit.stateNames.length;
  const x = fit.states.slice(fit.n * width, (fit.n + 1) * width);
  const par = {
    alpha: fit.parameters.alpha,
    beta: fit.parameters.beta ?? 0,
    gamma: fit.parameters.gamma ?? 0,
    phi: fit.parameters.phi ?? 1,
  };
  const sigma2 = Math.max(fit.sigma2, 0);
  const analytic = !simulate && hasAnalyticVariance(error, trend, season);
  let point: Float64Array;
  let intervals;
  let paths: SamplePaths | undefined;
  const draw = (k: number): Float64Array => {
    const normals = createRng(seed).fillNormal(new Float64Array(k * horizon));
    return etsSimulate(error, trend, season, par.alpha, par.beta, par.gamma, par.phi, x, m, Math.sqrt(sigma2), horizon, k, normals);
  };
  if (analytic) {
    let variance: Float64Array;
    if (error === MULT && season === MULT) {
      const moments = class3Moments(trend, par, x, m, sigma2, horizon);
      point = moments.mu;
      variance = moments.variance;
    } else {
      point = etsPointForecast(trend, season, par.phi, x, m, horizon);
      const c = linearCoefficients(trend, season, par, m, horizon);
      variance = error === ADD ? class1Variance(c, sigma2, horizon) : class2Variance(point, c, sigma2, horizon);
    }
    intervals = normalIntervals(point, variance.map((v) => Math.sqrt(Math.max(v, 0))), levels);
  } else {
    point = etsPointForecast(trend, season, par.phi, x, m, horizon);
    const k = Math.max(count, 5000);
    const values = draw(k);
    intervals = pathIntervals(values, k, horizon, levels);
    if (count > 0) paths = { count, horizon, values: count === k ? values : values.slice(0, count * horizon) };
  }
  if (count > 0 && paths === undefined) paths = { count, horizon, values: draw(count) };
  const fitted = fit.fitted;
  const residuals = fitted.map((f, i) => (error === MULT ? (fit.residuals[i] as number) * f : (fit.residuals[i] as number)));
  const out: EtsForecast = {
    method: fit.method,
    point,
    intervals,
    intervalMethod: analytic ? "analytic" : "simulated",
    start: fit.next,
    fitted,
    residuals,
    model: fit,
  };
  return paths === undefined ? out : { ...out, paths };
}
