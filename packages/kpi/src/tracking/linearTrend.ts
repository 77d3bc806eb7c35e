import { DpmError, isTimeSeries, studentTCdf, type TimeSeries } from "@dpm/core";
import { linearRegression } from "simple-statistics";
import { describe } from "../internal/checks.js";

/**
 * A straight-line trend fitted by least squares, with the t test of its slope.
 *
 * @category Tracking
 */
export interface LinearTrend {
  /** Change per period (per index step). */
  readonly slope: number;
  /** Fitted value at index 0 (the first period). */
  readonly intercept: number;
  /** Number of observed (non-NaN) values used. */
  readonly n: number;
  /** Degrees of freedom of the slope's t test, `n − 2`. */
  readonly degreesOfFreedom: number;
  /** Standard error of the slope, `√(SSE / (n − 2) / Σ(x − x̄)²)`. */
  readonly standardError: number;
  /** `slope / standardError` (0 for a flat line through every point, ±Infinity for a perfect non-flat fit). */
  readonly tStatistic: number;
  /** Two-sided p-value of H₀: slope = 0, from Student's t with n − 2 degrees of freedom. */
  readonly pValue: number;
  /** Coefficient of determination R² (1 for a perfect fit; 0 when the values are constant). */
  readonly rSquared: number;
}

/**
 * Fits `value = intercept + slope × index` to a series by ordinary least squares (simple-statistics'
 * `linearRegression`) and tests whether the slope differs from zero: `t = slope / se(slope)` with
 * `n − 2` degrees of freedom, two-sided p-value from `studentTCdf` in `@dpm/core`. Missing values (NaN) are
 * skipped; the others keep their index, so gaps do not bend the time axis.
 *
 * @param values - the values (an array, typed array or TimeSeries), at least 3 observed
 * @returns slope, intercept, t statistic, p-value, R²
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` with fewer than 3 observed values; `INVALID_ARGUMENT` for a
 *   non-array; `NON_FINITE` for ±Infinity
 *
 * @example
 * ```ts
 * import { linearTrend } from "@dpm/kpi";
 *
 * const trend = linearTrend([10, 12, 13, 15, 17]);
 * trend.slope; // => 1.7
 * trend.pValue.toFixed(5); // => "0.00044"
 * ```
 *
 * @category Tracking
 */
export function linearTrend(values: ArrayLike<number> | TimeSeries): LinearTrend {
  const fn = "linearTrend";
  const x = isTimeSeries(values) ? values.values : values;
  if (!(Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: values must be an array of numbers or a TimeSeries, got ${describe(values)}.`, { path: "values" });
  }
  const points: [number, number][] = [];
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as unknown;
    if (typeof v !== "number") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: values[${i}] must be a number, got ${describe(v)}.`, { path: `values[${i}]` });
    }
    if (Number.isNaN(v)) continue;
    if (!Number.isFinite(v)) {
      throw new DpmError("NON_FINITE", `${fn}: values[${i}] is ${v}; values must be finite (NaN marks a missing value).`, { path: `values[${i}]` });
    }
    points.push([i, v]);
  }
  return trendOf(points, fn);
}

/** @internal The fit and slope test for (index, value) points, at least 3. */
export function trendOf(points: readonly (readonly [number, number])[], fn: string): LinearTrend {
  const n = points.length;
  if (n < 3) {
    throw new DpmError("TOO_SHORT", `${fn}: a trend with a slope test needs at least 3 observed values; got ${n}.`, {
      path: "values",
      details: { observed: n },
    });
  }
  const { m: slope, b: intercept } = linearRegression(points as unknown as number[][]);
  let meanX = 0;
  let meanY = 0;
  for (const [px, py] of points) {
    meanX += px;
    meanY += py;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let sse = 0;
  let sst = 0;
  for (const [px, py] of points) {
    sxx += (px - meanX) ** 2;
    sse += (py - (intercept + slope * px)) ** 2;
    sst += (py - meanY) ** 2;
  }
  const df = n - 2;
  // Residuals below rounding noise of the data count as an exact fit.
  if (sse <= sst * 1e-24) sse = 0;
  const standardError = Math.sqrt(sse / df / sxx);
  let tStatistic: number;
  let pValue: number;
  if (standardError === 0) {
    tStatistic = slope === 0 ? 0 : slope > 0 ? Infinity : -Infinity;
    pValue = slope === 0 ? 1 : 0;
  } else {
    tStatistic = slope / standardError;
    pValue = Math.min(1, 2 * studentTCdf(-Math.abs(tStatistic), df)); // the lower tail, computed directly
  }
  const rSquared = sst === 0 ? 0 : 1 - sse / sst;
  return { slope, intercept, n, degreesOfFreedom: df, standardError, tStatistic, pValue, rSquared };
}
