import { checkOptions, DpmError, assertInteger } from "@dpm/core";
import { readOptions, readSeries, type SeriesInput } from "../internal/input.js";

/**
 * Options for {@link kpssTest}.
 *
 * @category Unit-root tests
 */
export interface KpssOptions {
  /** `"level"` (default): stationary around a mean; `"trend"`: around a linear trend. */
  readonly type?: "level" | "trend";
  /**
   * Bartlett-window lags of the long-run variance. Default trunc(4·(n/100)^¼), the "short" rule of
   * Kwiatkowski et al. (1992) used by R's `urca::ur.kpss`. ({@link ndiffs} uses trunc(3√n/13), as R's
   * `forecast::ndiffs`.)
   */
  readonly lags?: number;
}

/**
 * Result of {@link kpssTest}.
 *
 * @category Unit-root tests
 */
export interface KpssResult {
  /** The KPSS statistic η = Σ S_t² / (n² σ̂²_LR). */
  readonly statistic: number;
  readonly lags: number;
  readonly type: "level" | "trend";
  /**
   * p-value interpolated linearly in the table of critical values (10%, 5%, 2.5%, 1%) as R's
   * `forecast` does with `urca`, and clamped to [0.01, 0.10] outside the table.
   */
  readonly pValue: number;
  /** Critical values at 10%, 5%, 2.5% and 1% (Kwiatkowski et al. 1992, Table 1). */
  readonly criticalValues: { readonly "10": number; readonly "5": number; readonly "2.5": number; readonly "1": number };
}

const LEVEL_CV = [0.347, 0.463, 0.574, 0.739] as const;
const TREND_CV = [0.119, 0.146, 0.176, 0.216] as const;
const PCT = [0.1, 0.05, 0.025, 0.01] as const;

/** @internal KPSS statistic on validated data (no checks). */
export function kpssStatistic(y: Float64Array, type: "level" | "trend", lags: number): number {
  const n = y.length;
  const res = new Float64Array(n);
  if (type === "level") {
    let mean = 0;
    for (let t = 0; t < n; t++) mean += y[t]!;
    mean /= n;
    for (let t = 0; t < n; t++) res[t] = y[t]! - mean;
  } else {
    // OLS on (1, t), t = 1..n.
    let st = 0;
    let sy = 0;
    for (let t = 0; t < n; t++) {
      st += t + 1;
      sy += y[t]!;
    }
    const tm = st / n;
    const ym = sy / n;
    let sxy = 0;
    let sxx = 0;
    for (let t = 0; t < n; t++) {
      sxy += (t + 1 - tm) * (y[t]! - ym);
      sxx += (t + 1 - tm) ** 2;
    }
    const b = sxy / sxx;
    for (let t = 0; t < n; t++) res[t] = y[t]! - ym - b * (t + 1 - tm);
  }
  let s = 0;
  let num = 0;
  let s2 = 0;
  for (let t = 0; t < n; t++) {
    s += res[t]!;
    num += s * s;
    s2 += res[t]! * res[t]!;
  }
  num /= n * n;
  s2 /= n;
  let lrv = s2;
  for (let i = 1; i <= lags; i++) {
    let c = 0;
    for (let t = i; t < n; t++) c += res[t]! * res[t - i]!;
    lrv += (2 / n) * (1 - i / (lags + 1)) * c;
  }
  return num / lrv;
}

/** @internal p-value by linear interpolation in the critical-value table (R's `approx(..., rule = 2)`). */
export function kpssPValue(statistic: number, type: "level" | "trend"): number {
  const cv = type === "level" ? LEVEL_CV : TREND_CV;
  if (!(statistic > cv[0])) return PCT[0];
  if (statistic >= cv[3]) return PCT[3];
  for (let i = 0; i < 3; i++) {
    const lo = cv[i]!;
    const hi = cv[i + 1]!;
    if (statistic <= hi) return PCT[i]! + ((statistic - lo) / (hi - lo)) * (PCT[i + 1]! - PCT[i]!);
  }
  return PCT[3];
}

/**
 * KPSS test (Kwiatkowski, Phillips, Schmidt & Shin 1992) of the null hypothesis that a series is
 * stationary (around a level or a trend) against a unit root, as R's `urca::ur.kpss`: residuals
 * from the mean (or trend) regression, their partial sums S_t, and a Bartlett-weighted long-run
 * variance. Small p-values favour differencing.
 *
 * @param series - the series (a TimeSeries or numbers; at least 3 values)
 * @param options - `type` and `lags`
 * @returns the statistic, the lags used, the table p-value and critical values
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown type or negative/too many lags;
 *   `NON_FINITE` for NaN; `TOO_SHORT` for fewer than 3 values; `INVALID_ARGUMENT` for a constant series
 *
 * @example
 * ```ts
 * import { kpssTest } from "@dpm/forecast";
 *
 * // A random walk's partial sums explode: the statistic is far above the 1% value 0.739.
 * const walk = [0, 1, 3, 2, 4, 6, 5, 7, 9, 10, 12, 11, 13, 15, 16, 18, 17, 19, 21, 22];
 * const test = kpssTest(walk);
 * test.lags; // => 2
 * test.pValue; // => 0.01
 * kpssTest([1, -1, 2, -2, 1, -1, 2, -2, 1, -1, 2, -2]).pValue; // => 0.1
 * ```
 *
 * @category Unit-root tests
 */
export function kpssTest(series: SeriesInput, options?: KpssOptions): KpssResult {
  checkOptions(options, ["lags", "type"], "kpssTest");
  const fn = "kpssTest";
  const opts = readOptions(options, fn);
  const y = readSeries(series, fn, undefined, "series", 3).values;
  const n = y.length;
  const type = opts.type ?? "level";
  if (type !== "level" && type !== "trend") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.type must be "level" or "trend", got ${String(type)}.`, { path: "options.type" });
  }
  const lags = opts.lags ?? Math.trunc(4 * Math.pow(n / 100, 0.25));
  assertInteger(lags, "options.lags", fn, 0, n - 1);
  if (y.every((v) => v === y[0])) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the series is constant, so the KPSS statistic is undefined (0/0); a constant needs no differencing.`, { path: "series" });
  }
  // The statistic is scale-free: divide by max |y| so sums of squares cannot overflow (1e300-scaled data).
  let scale = 0;
  for (const v of y) scale = Math.max(scale, Math.abs(v));
  const statistic = kpssStatistic(scale > 1e100 || scale < 1e-100 ? y.map((v) => v / scale) : y, type, lags);
  const cv = type === "level" ? LEVEL_CV : TREND_CV;
  return {
    statistic,
    lags,
    type,
    pValue: kpssPValue(statistic, type),
    criticalValues: { "10": cv[0], "5": cv[1], "2.5": cv[2], "1": cv[3] },
  };
}
