import { checkOptions, DpmError } from "@dpm/core";
import type { Decomposition } from "./Decomposition.js";
import { readOptions, type SeriesInput } from "../internal/input.js";
import { readSeasonalSeries } from "./readSeasonalSeries.js";
import { stlKernel } from "./stlKernel.js";

/**
 * Options for {@link stlDecomposition}. Names follow R's `stats::stl` (`s.window` →
 * `seasonalWindow`, …); defaults are R's.
 *
 * @category Decomposition
 */
export interface StlOptions {
  /** Seasonal period ≥ 2; default from the TimeSeries frequency (12 for months). */
  readonly period?: number;
  /**
   * Span (in seasons, odd ≥ 3) of the loess smoothing each cycle-subseries, or `"periodic"` for a
   * seasonal pattern that repeats exactly. Default 11 (as `forecast::mstl` and fpp3's `STL`).
   */
  readonly seasonalWindow?: number | "periodic";
  /** Degree of the seasonal loess, 0 or 1 (default 0; always 0 when periodic). */
  readonly seasonalDegree?: 0 | 1;
  /** Span of the trend loess (odd ≥ 3); default the next odd integer ≥ 1.5·m / (1 − 1.5/seasonalWindow). */
  readonly trendWindow?: number;
  /** Degree of the trend loess, 0 or 1 (default 1). */
  readonly trendDegree?: 0 | 1;
  /** Span of the low-pass loess; default the next odd integer ≥ m. */
  readonly lowPassWindow?: number;
  /** Degree of the low-pass loess (default the trend degree). */
  readonly lowPassDegree?: 0 | 1;
  /** Evaluate the loess every k points and interpolate (defaults ⌈window/10⌉, as R). */
  readonly seasonalJump?: number;
  readonly trendJump?: number;
  readonly lowPassJump?: number;
  /** Bisquare robustness iterations against outliers (default false). */
  readonly robust?: boolean;
  /** Inner-loop passes (default 2, or 1 when robust). */
  readonly inner?: number;
  /** Outer (robustness) passes (default 0, or 15 when robust). */
  readonly outer?: number;
}

const FN = "stlDecomposition";

function nextOdd(x: number): number {
  const r = Math.round(x);
  return r % 2 === 0 ? r + 1 : r;
}

function readInt(value: unknown, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be an integer ≥ ${min}, got ${String(value)}.`, { path: `options.${name}` });
  }
  return value;
}

function readDegree(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (value !== 0 && value !== 1) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.${name} must be 0 or 1, got ${String(value)}.`, { path: `options.${name}` });
  }
  return value;
}

/**
 * STL: seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning 1990), as
 * R's `stats::stl`. The inner loop alternates smoothing each cycle-subseries (all Januaries, …)
 * with loess, removing its low-frequency part by a low-pass filter, and smoothing the
 * deseasonalised series for the trend; with `robust: true` an outer loop downweights outliers by
 * bisquare weights of the remainder, so a spike ends up in the remainder instead of bending the
 * trend and the seasonal pattern. With `seasonalWindow: "periodic"` the seasonal component is
 * averaged per position of the cycle and repeats exactly. The components always add up to the
 * data: remainder = y − seasonal − trend.
 *
 * @param series - a TimeSeries or an array of numbers with more than two full seasons
 * @param options - windows, degrees, jumps, `robust`, iterations (see {@link StlOptions})
 * @returns an additive decomposition with the robustness weights
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a period below 2 or bad windows/degrees,
 *   `TOO_SHORT` for at most 2·period values, `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { stlDecomposition } from "@dpm/forecast";
 *
 * const y = Array.from({ length: 48 }, (_, t) => 100 + t + 10 * Math.sin((2 * Math.PI * t) / 12));
 * const d = stlDecomposition(y, { period: 12, seasonalWindow: "periodic" });
 * d.seasonal[3] > 9; // => true (the sine's peak, 10)
 * (d.seasonal[3] - d.seasonal[15]).toFixed(12); // => "0.000000000000"
 * ```
 *
 * @category Decomposition
 */
export function stlDecomposition(series: SeriesInput, options?: StlOptions): Decomposition {
  checkOptions(options, ["inner", "lowPassDegree", "lowPassJump", "lowPassWindow", "outer", "period", "robust", "seasonalDegree", "seasonalJump", "seasonalWindow", "trendDegree", "trendJump", "trendWindow"], "stlDecomposition");
  const opts = readOptions(options, FN);
  const data = readSeasonalSeries(series, opts.period, FN, 2, true);
  const y = data.values;
  const n = y.length;
  const m = data.period;
  const sw = opts.seasonalWindow ?? 11;
  const periodic = sw === "periodic";
  if (!periodic && (typeof sw !== "number" || !Number.isInteger(sw) || sw < 3)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.seasonalWindow must be "periodic" or an integer ≥ 3 (odd; e.g. 7 or 13), got ${String(sw)}.`, { path: "options.seasonalWindow" });
  }
  const seasonalWindow = periodic ? 10 * n + 1 : (sw as number);
  const seasonalDegree = periodic ? 0 : readDegree(opts.seasonalDegree, "seasonalDegree", 0);
  const trendDegree = readDegree(opts.trendDegree, "trendDegree", 1);
  const lowPassDegree = readDegree(opts.lowPassDegree, "lowPassDegree", trendDegree);
  const trendWindow = readInt(opts.trendWindow, "trendWindow", 3, nextOdd(Math.ceil((1.5 * m) / (1 - 1.5 / seasonalWindow))));
  const lowPassWindow = readInt(opts.lowPassWindow, "lowPassWindow", 3, nextOdd(m));
  const robust = opts.robust ?? false;
  if (typeof robust !== "boolean") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.robust must be true or false.`, { path: "options.robust" });
  }
  const settings = {
    period: m,
    seasonalWindow,
    seasonalDegree,
    seasonalJump: readInt(opts.seasonalJump, "seasonalJump", 1, Math.ceil(seasonalWindow / 10)),
    trendWindow,
    trendDegree,
    trendJump: readInt(opts.trendJump, "trendJump", 1, Math.ceil(trendWindow / 10)),
    lowPassWindow,
    lowPassDegree,
    lowPassJump: readInt(opts.lowPassJump, "lowPassJump", 1, Math.ceil(lowPassWindow / 10)),
    inner: readInt(opts.inner, "inner", 1, robust ? 1 : 2),
    outer: readInt(opts.outer, "outer", 0, robust ? 15 : 0),
  };
  const parts = stlKernel(y, settings);
  const seasonal = parts.seasonal;
  if (periodic) {
    // exactly periodic: average each position of the cycle (R does the same after the Fortran)
    for (let j = 0; j < m; j++) {
      let s = 0;
      let k = 0;
      for (let t = j; t < n; t += m) {
        s += seasonal[t] as number;
        k++;
      }
      for (let t = j; t < n; t += m) seasonal[t] = s / k;
    }
  }
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) remainder[t] = (y[t] as number) - (seasonal[t] as number) - (parts.trend[t] as number);
  return { method: "stl", type: "additive", period: m, data: y, trend: parts.trend, seasonal, remainder, weights: parts.weights, start: data.start };
}
