import { checkOptions, DpmError, isDpmError } from "@dpm/core";
import type { Period } from "@dpm/core";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import type { ArimaFit } from "./ArimaFit.js";
import { arimaName } from "./arimaName.js";
import { boxCox, invBoxCox } from "./boxCox.js";
import { coefficientNames, estimateArima, type ArimaEstimate, type ArimaSpec } from "./kernel/fitArimaModel.js";

/**
 * Options for {@link fitArima}. Defaults follow R's `forecast::Arima`.
 *
 * @category ARIMA
 */
export interface ArimaOptions {
  /** Non-seasonal orders `[p, d, q]` (non-negative integers). */
  readonly order: readonly [number, number, number];
  /**
   * Seasonal part: orders `[P, D, Q]` and the period m (default: the TimeSeries frequency's period,
   * e.g. 12 for months; required for plain arrays).
   */
  readonly seasonal?: { readonly order: readonly [number, number, number]; readonly period?: number };
  /** Estimate a mean (R's `include.mean`; default true, used only when d + D = 0). */
  readonly includeMean?: boolean;
  /** Include a linear drift term (default false; needs d + D ≤ 1). */
  readonly includeDrift?: boolean;
  /**
   * `"CSS-ML"` (default, as R: conditional sum of squares for starting values, then exact maximum
   * likelihood), `"ML"` (exact likelihood from zero starting values) or `"CSS"` (conditional sum of
   * squares only; no likelihood, so AIC etc. are NaN as R's `NA`).
   */
  readonly method?: "CSS-ML" | "ML" | "CSS";
  /**
   * Box–Cox parameter λ (0 = log), or null (default) for none. The model is fitted to the
   * transformed data; forecasts and intervals are back-transformed without bias adjustment (so
   * point forecasts are medians), as R's default `biasadj = FALSE`. Needs positive data.
   */
  readonly lambda?: number | null;
  /** Coefficients to hold fixed, by R's names, e.g. `{ ma1: -0.4 }`; the others are estimated. */
  readonly fixed?: Readonly<Record<string, number>>;
  /**
   * External regressors by name, one value per observation (R's `xreg`): the model becomes a
   * regression with ARIMA errors, y_t = Σ β_j x_jt + η_t with η an ARIMA process (differenced
   * together with y). Their future values must be given to {@link forecastArima} as `xreg`.
   * Use {@link fourierTerms} for seasonal harmonics. At most 100 regressors.
   */
  readonly xreg?: Readonly<Record<string, ArrayLike<number>>>;
}

/** @internal Reads named regressor columns of `length` values each (fit or future). */
export function readXreg(value: unknown, length: number, fn: string, path: string, what: string): { names: string[]; columns: Float64Array[] } {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an object of regressor columns by name, e.g. { price: [9.5, 9.9, …] }.`, { path });
  }
  const names = Object.keys(value);
  if (names.length === 0 || names.length > 100) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must name 1 to 100 regressors, got ${names.length}.`, { path });
  }
  const columns = names.map((name) => {
    if (name === "intercept" || name === "drift") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.${name}: "${name}" is reserved for the model's own ${name}; rename the regressor (or use includeMean / includeDrift).`, { path: `${path}.${name}` });
    }
    const col = (value as Record<string, unknown>)[name];
    if (col === null || typeof col !== "object" || typeof (col as { length?: unknown }).length !== "number") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.${name} must be an array of numbers.`, { path: `${path}.${name}` });
    }
    const arr = col as ArrayLike<unknown>;
    if (arr.length !== length) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path}.${name} has ${arr.length} values but needs ${length}, one for each ${what}.`, { path: `${path}.${name}`, details: { expected: length, actual: arr.length } });
    }
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
      const v = arr[i];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new DpmError("NON_FINITE", `${fn}: ${path}.${name}[${i}] is ${String(v)}; regressors must be finite numbers — fill or drop that period.`, { path: `${path}.${name}[${i}]` });
      }
      out[i] = v;
    }
    return out;
  });
  return { names, columns };
}

const FN = "fitArima";

/** @internal Reads an order triple. */
export function readOrder(value: unknown, name: string, fn: string, maxD: number): [number, number, number] {
  if (!Array.isArray(value) || value.length !== 3) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of three non-negative integers, e.g. [1, 1, 1].`, { path: name });
  }
  const labels = ["AR order", "difference order", "MA order"];
  value.forEach((v: unknown, i) => {
    const max = i === 1 ? maxD : 30;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] (${labels[i]}) must be an integer from 0 to ${max}, got ${String(v)}.`, { path: `${name}[${i}]` });
    }
  });
  return value as [number, number, number];
}

/** @internal Validates λ against the data. */
export function readLambda(value: unknown, y: Float64Array, fn: string): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "number" || !Number.isFinite(value) || value < -5 || value > 5) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.lambda must be a number in [−5, 5] (0 = log) or null, got ${String(value)}.`, { path: "options.lambda" });
  }
  for (let i = 0; i < y.length; i++) {
    if (!(y[i]! > 0)) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `${fn}: a Box–Cox transform (lambda = ${value}) needs strictly positive data, but series[${i}] is ${String(y[i])}; drop options.lambda or shift the data.`,
        { path: `series[${i}]` },
      );
    }
  }
  return value;
}

/** @internal Turns an estimate into the public fit object. */
export function toArimaFit(y: Float64Array, z: Float64Array, lambda: number | null, next: Period | null, est: ArimaEstimate): ArimaFit {
  const spec = est.spec;
  const coefficients: Record<string, number> = {};
  est.names.forEach((name, i) => {
    coefficients[name] = est.coef[i]!;
  });
  const order = { p: spec.p, d: spec.d, q: spec.q, P: spec.P, D: spec.D, Q: spec.Q, period: spec.period };
  const residuals = est.residuals ?? new Float64Array(y.length);
  const fittedZ = new Float64Array(y.length);
  for (let t = 0; t < y.length; t++) fittedZ[t] = z[t]! - residuals[t]!;
  const fitted = lambda === null ? fittedZ : invBoxCox(fittedZ, lambda);
  const npar = est.nFree + 1;
  const css = spec.method === "CSS";
  const aic = css ? NaN : -2 * est.loglik + 2 * npar;
  const nstar = est.nUsed;
  const aicc = css ? NaN : nstar - npar - 1 > 0 ? aic + (2 * npar * (npar + 1)) / (nstar - npar - 1) : Infinity;
  const bic = css ? NaN : aic + npar * (Math.log(nstar) - 2);
  const model = est.model;
  if (model === null) throw new DpmError("NO_SOLUTION", "internal: the final filter did not run");
  const narma = spec.p + spec.q + spec.P + spec.Q;
  return {
    name: arimaName(order, est.xregNames, (spec.xreg?.names.length ?? 0) > 0),
    order,
    coefficients,
    sigma2: est.sigma2,
    logLik: css ? NaN : est.loglik,
    aic,
    aicc,
    bic,
    residuals,
    fitted,
    n: y.length,
    nUsed: est.nUsed,
    lambda,
    method: spec.method,
    next,
    state: {
      data: y,
      phi: model.phi,
      theta: model.theta,
      delta: model.delta,
      r: model.r,
      rd: model.rd,
      a: model.a,
      P: model.P,
      regressors: est.xregNames.map((name, i) => ({ name, coef: est.coef[narma + i]! })),
    },
  };
}

/**
 * Fits a seasonal ARIMA(p,d,q)(P,D,Q)[m] model with optional mean or drift, by exact Gaussian
 * maximum likelihood as R's `forecast::Arima` / `stats::arima` do.
 *
 * The data are differenced and the ARMA part's exact likelihood is computed by the Kalman filter
 * from the stationary initial covariance (equivalent to R's diffuse prior on the differencing
 * states); a mean or drift enters as regression with ARMA errors. With `method: "CSS-ML"` the
 * conditional-sum-of-squares estimates start the likelihood optimisation. AR coefficients are
 * optimised through R's stationarity transform and MA roots are reflected to make the model
 * invertible, so the result is always stationary and invertible.
 *
 * @param series - a TimeSeries (its frequency gives the seasonal period) or an array of numbers
 * @param options - orders, seasonal part, mean/drift, method, Box–Cox λ, fixed coefficients, `xreg`
 *   (external regressors: regression with ARIMA errors, as R's `Arima(y, xreg = )`)
 * @returns the fitted model (see {@link ArimaFit}); forecast it with {@link forecastArima}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for invalid orders, period, λ or fixed names;
 *   `NON_FINITE` for NaN/±Infinity in the data; `TOO_SHORT` when the series is too short for the
 *   orders; `NO_SOLUTION` when the model cannot be fitted (e.g. a fixed non-stationary AR
 *   coefficient, or a non-stationary AR part from CSS, or collinear regressors); `LENGTH_MISMATCH`
 *   when a regressor does not have one value per observation
 *
 * @example
 * ```ts
 * import { fitArima } from "@dpm/forecast";
 *
 * // An AR(1) with mean: estimates close to the generating φ = 0.6 and mean 10.
 * const y = [10, 10.6, 10.2, 9.5, 9.9, 10.8, 11.1, 10.4, 9.7, 9.8, 10.3, 10.9, 10.2, 9.6, 10.1];
 * const fit = fitArima(y, { order: [1, 0, 0] });
 * fit.name; // => "ARIMA(1,0,0) with non-zero mean"
 * Object.keys(fit.coefficients); // => ["ar1", "intercept"]
 * Math.abs(fit.coefficients.intercept - 10.2) < 0.3; // => true
 * ```
 *
 * @category ARIMA
 */
export function fitArima(series: SeriesInput, options: ArimaOptions): ArimaFit {
  checkOptions(options, ["fixed", "includeDrift", "includeMean", "lambda", "method", "order", "seasonal", "xreg"], "fitArima");
  if (options === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options with at least an order are required, e.g. { order: [1, 1, 1] }.`, { path: "options" });
  }
  const opts = readOptions(options, FN);
  const [p, d, q] = readOrder(opts.order, "options.order", FN, 3);
  let P = 0;
  let D = 0;
  let Q = 0;
  let periodOpt: number | undefined;
  if (opts.seasonal !== undefined) {
    if (typeof opts.seasonal !== "object" || opts.seasonal === null) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.seasonal must be { order: [P, D, Q], period? }.`, { path: "options.seasonal" });
    }
    [P, D, Q] = readOrder(opts.seasonal.order, "options.seasonal.order", FN, 2);
    periodOpt = opts.seasonal.period;
  }
  const data = readSeries(series, FN, periodOpt);
  const period = data.period;
  if (P + D + Q > 0 && period < 2) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${FN}: a seasonal part (P, D, Q) = (${P}, ${D}, ${Q}) needs a seasonal period ≥ 2; pass options.seasonal.period or a TimeSeries with a seasonal frequency.`,
      { path: "options.seasonal.period" },
    );
  }
  const includeDrift = opts.includeDrift ?? false;
  if (includeDrift && d + D > 1) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: a drift term needs d + D ≤ 1 (got d = ${d}, D = ${D}); with more differencing the drift is not identifiable — drop includeDrift.`, { path: "options.includeDrift" });
  }
  const method = opts.method ?? "CSS-ML";
  if (method !== "CSS-ML" && method !== "ML" && method !== "CSS") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.method must be "CSS-ML", "ML" or "CSS", got ${String(method)}.`, { path: "options.method" });
  }
  const y = data.values;
  const lambda = readLambda(opts.lambda, y, FN);
  const z = lambda === null ? y : boxCox(y, lambda);
  const base: ArimaSpec = {
    p, d, q, P, D, Q,
    period: P + D + Q > 0 ? period : 1,
    includeMean: opts.includeMean ?? true,
    includeDrift,
    method,
    fixed: null,
    xreg: opts.xreg === undefined ? null : readXreg(opts.xreg, y.length, FN, "options.xreg", "observation of the series"),
  };
  const names = coefficientNames(base);
  let fixed: Float64Array | null = null;
  if (opts.fixed !== undefined) {
    if (typeof opts.fixed !== "object" || opts.fixed === null) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fixed must be an object of coefficient values by name, e.g. { ma1: -0.4 }.`, { path: "options.fixed" });
    }
    fixed = new Float64Array(names.length).fill(NaN);
    for (const [key, value] of Object.entries(opts.fixed)) {
      const i = names.indexOf(key);
      if (i < 0) {
        throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fixed.${key} is not a coefficient of this model; its coefficients are ${names.join(", ") || "(none)"}.`, { path: `options.fixed.${key}` });
      }
      if (typeof value !== "number" || !Number.isFinite(value)) {
        throw new DpmError("INVALID_ARGUMENT", `${FN}: options.fixed.${key} must be a finite number, got ${String(value)}.`, { path: `options.fixed.${key}` });
      }
      fixed[i] = value;
    }
  }
  const spec: ArimaSpec = { ...base, fixed };
  const nUsed = y.length - d - D * spec.period;
  const nFree = fixed === null ? names.length : Array.from(fixed).filter(Number.isNaN).length;
  const ncond = d + D * spec.period + p + spec.period * P;
  const need = Math.max(nFree + d + D * spec.period + 1, method === "ML" ? 0 : ncond + 1);
  if (y.length < need || nUsed <= nFree) {
    throw new DpmError(
      "TOO_SHORT",
      `${FN}: ${arimaName(spec, [])} needs at least ${Math.max(need, nFree + d + D * spec.period + 1)} observations, got ${y.length}; use lower orders or a longer series.`,
      { path: "series", details: { length: y.length, required: need } },
    );
  }
  let est: ArimaEstimate;
  try {
    est = estimateArima(z, spec);
  } catch (error) {
    if (isDpmError(error)) {
      throw new DpmError("NO_SOLUTION", `${FN}: ${arimaName(spec, [])} cannot be fitted to this series: ${error.message}. Try other orders, more differencing, or free the fixed coefficients.`, { path: "options.order" });
    }
    throw error;
  }
  return toArimaFit(y, z, lambda, data.next, est);
}
