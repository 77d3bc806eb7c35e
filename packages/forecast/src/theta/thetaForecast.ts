import { checkOptions, DpmError } from "@dpm/core";
import { classicalKernel } from "../decompose/classicalKernel.js";
import { fitPrepared, prepareEtsData } from "../ets/fitEts.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesData, type SeriesInput } from "../internal/input.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { isSeasonal } from "./seasonalityTest.js";
import type { ThetaForecast } from "./ThetaModel.js";

/**
 * Options for {@link thetaForecast}.
 *
 * @category Theta
 */
export interface ThetaOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Seasonal period; default from the TimeSeries frequency (12 for months), 1 for plain arrays. */
  readonly period?: number;
  /**
   * Optimiser of the SES step: `"lbfgs"` (default; fits at least as well as R) or `"nelder-mead"`
   * (R's optimiser, which reproduces `forecast::thetaf` to rounding).
   */
  readonly optimizer?: "lbfgs" | "nelder-mead";
}

const FN = "thetaForecast";

/**
 * The Theta method (Assimakopoulos & Nikolopoulos 2000) in the formulation of Hyndman & Billah
 * (2003), as R's `forecast::thetaf`: simple exponential smoothing with drift.
 *
 * 1. If the series is seasonal by a 90 % autocorrelation test at lag m (needs more than two full
 *    seasons), it is seasonally adjusted by classical multiplicative decomposition.
 * 2. Simple exponential smoothing (α and the initial level chosen by least squares) is fitted to
 *    the adjusted series, and its flat forecast gets a drift of half the slope b of a least-squares
 *    line: ŷ_{n+h} = ℓ_n + (b/2)·(h − 1 + (1 − (1 − α)ⁿ)/α).
 * 3. The forecasts are multiplied back by the seasonal indices.
 *
 * Intervals are those of `thetaf`: ŷ ± z·σ·√(1 + (h − 1)α²), σ² the SES residual variance. Fitted
 * values are the SES one-step forecasts times the seasonal indices (without the drift, as in R).
 *
 * @param series - a TimeSeries or an array of numbers (at least 4 values; positive values when seasonal)
 * @param options - `horizon` (required), `levels`, `period`, `optimizer`
 * @returns point forecasts, intervals and the fitted model (α, level, drift, seasonal indices)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad horizon, level or period, `NON_FINITE`
 *   for NaN/±Infinity in the data, `TOO_SHORT` for fewer than 4 values
 *
 * @example
 * ```ts
 * import { thetaForecast } from "@dpm/forecast";
 *
 * const f = thetaForecast([10, 12, 11, 13, 12, 14, 13, 15, 14, 16], { horizon: 3 });
 * f.method; // => "Theta"
 * f.model.drift.toFixed(3); // => "0.273" (half the least-squares slope 6/11)
 * f.point[1] > f.point[0]; // => true
 * ```
 *
 * @category Theta
 */
export function thetaForecast(series: SeriesInput, options: ThetaOptions): ThetaForecast {
  checkOptions(options, ["horizon", "levels", "optimizer", "period"], "thetaForecast");
  const opts = readOptions(options, FN);
  const horizon = readHorizon(opts.horizon, FN);
  const levels = readLevels(opts.levels, FN);
  const optimizer = opts.optimizer ?? "lbfgs";
  if (optimizer !== "lbfgs" && optimizer !== "nelder-mead") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.optimizer must be "lbfgs" or "nelder-mead".`, { path: "options.optimizer" });
  }
  const data = readSeries(series, FN, opts.period, "series", 1);
  return thetaData(data, horizon, levels, optimizer, FN);
}

/** @internal {@link thetaForecast} on validated data. */
export function thetaData(data: SeriesData, horizon: number, levels: readonly number[], optimizer: "lbfgs" | "nelder-mead", fn: string): ThetaForecast {
  const y = data.values;
  const n = y.length;
  if (n < 4) {
    throw new DpmError("TOO_SHORT", `${fn}: the Theta method needs at least 4 values, got ${n}; use naiveForecast for shorter series.`, { path: "series", details: { length: n } });
  }
  const m = data.period;
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = 0; t < n; t++) {
    lo = Math.min(lo, y[t] as number);
    hi = Math.max(hi, y[t] as number);
  }
  const constant = hi - lo <= 1e-10 * Math.max(1, Math.abs(hi));
  if (constant) return constantTheta(y, horizon, levels, m, data);

  // 1. seasonal adjustment (only when every index is usable, as thetaf)
  let x = y;
  let seasonal: Float64Array | null = null;
  if (m > 1 && isSeasonal(y, m)) {
    if (lo <= 0) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: the series is seasonal and Theta adjusts it multiplicatively, which needs positive values, but it contains ${lo}; shift the series or use autoForecast.`,
        { path: "series" },
      );
    }
    const parts = classicalKernel(y, m, true);
    if (!parts.seasonal.some((s) => Math.abs(s) < 1e-4)) {
      seasonal = parts.seasonal;
      x = new Float64Array(n);
      for (let t = 0; t < n; t++) x[t] = (y[t] as number) / (seasonal[t] as number);
    }
  }

  // 2. SES on the adjusted series, drift from the least-squares slope
  const prepared = prepareEtsData({ values: x, period: 1, next: null }, { model: "ANN", criterion: "mse", optimizer }, fn);
  const fit = fitPrepared(prepared, fn, "ANN");
  const alpha = Math.max(1e-10, fit.parameters.alpha);
  const columns = fit.stateNames.length;
  const level = fit.states[n * columns] as number;
  const drift = leastSquaresSlope(x) / 2;
  const shift = (1 - (1 - alpha) ** n) / alpha;

  // 3. forecasts, reseasonalised
  const indices = seasonal === null ? null : new Float64Array(m);
  if (indices !== null && seasonal !== null) for (let j = 0; j < m; j++) indices[j] = seasonal[n - m + j] as number;
  const point = new Float64Array(horizon);
  const se = new Float64Array(horizon);
  const sigma = Math.sqrt(fit.sigma2);
  for (let h = 0; h < horizon; h++) {
    const f = level + drift * (h + shift);
    point[h] = indices === null ? f : f * (indices[h % m] as number);
    se[h] = sigma * Math.sqrt(h * alpha * alpha + 1);
  }
  const fitted = new Float64Array(n);
  const residuals = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    fitted[t] = seasonal === null ? (fit.fitted[t] as number) : (fit.fitted[t] as number) * (seasonal[t] as number);
    residuals[t] = (y[t] as number) - (fitted[t] as number);
  }
  return {
    method: "Theta",
    point,
    intervals: normalIntervals(point, se, levels),
    intervalMethod: "analytic",
    start: data.next,
    fitted,
    residuals,
    model: { alpha, level, drift, sigma2: fit.sigma2, seasonal: indices !== null, period: m, seasonalIndices: indices },
  };
}

/** @internal Slope of the least-squares line through (t, x_t), t = 0…n−1 (R's `lsfit(0:(n-1), x)`). */
export function leastSquaresSlope(x: Float64Array): number {
  const n = x.length;
  const tBar = (n - 1) / 2;
  let xBar = 0;
  for (let t = 0; t < n; t++) xBar += x[t] as number;
  xBar /= n;
  let sxy = 0;
  let sxx = 0;
  for (let t = 0; t < n; t++) {
    sxy += (t - tBar) * ((x[t] as number) - xBar);
    sxx += (t - tBar) ** 2;
  }
  return sxy / sxx;
}

function constantTheta(y: Float64Array, horizon: number, levels: readonly number[], m: number, data: SeriesData): ThetaForecast {
  const c = y[y.length - 1] as number;
  const point = new Float64Array(horizon).fill(c);
  return {
    method: "Theta",
    point,
    intervals: normalIntervals(point, new Float64Array(horizon), levels),
    intervalMethod: "analytic",
    start: data.next,
    fitted: new Float64Array(y.length).fill(c),
    residuals: new Float64Array(y.length),
    model: { alpha: 1, level: c, drift: 0, sigma2: 0, seasonal: false, period: m, seasonalIndices: null },
  };
}
