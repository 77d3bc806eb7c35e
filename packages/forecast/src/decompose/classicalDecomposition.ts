import { checkOptions, DpmError } from "@dpm/core";
import { classicalKernel } from "./classicalKernel.js";
import type { Decomposition } from "./Decomposition.js";
import { readOptions, type SeriesInput } from "../internal/input.js";
import { readSeasonalSeries } from "./readSeasonalSeries.js";

/**
 * Options for {@link classicalDecomposition}.
 *
 * @category Decomposition
 */
export interface ClassicalDecompositionOptions {
  /** `"additive"` (default) or `"multiplicative"` (needs positive data). */
  readonly type?: "additive" | "multiplicative";
  /** Seasonal period ≥ 2; default from the TimeSeries frequency (12 for months). */
  readonly period?: number;
}

const FN = "classicalDecomposition";

/**
 * Classical decomposition by moving averages, as R's `stats::decompose`:
 *
 * 1. trend = centred moving average of order m (a 2×m MA for even m), undefined for the first and
 *    last ⌊m/2⌋ periods;
 * 2. each position of the cycle (counted from the first value) gets the mean of the detrended
 *    values y − trend (or y / trend) at that position; these m figures are centred to sum to 0
 *    (additive) or to average 1 (multiplicative) and repeated;
 * 3. remainder = y − trend − seasonal (or y / (trend · seasonal)).
 *
 * @param series - a TimeSeries or an array of numbers, at least two full seasons
 * @param options - `type`, `period`
 * @returns the decomposition, with NaN trend and remainder at the ends
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a period below 2 or non-positive data with
 *   `type: "multiplicative"`, `TOO_SHORT` for fewer than 2·period values, `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { classicalDecomposition } from "@dpm/forecast";
 *
 * // a rising line plus an alternating ±2 pattern
 * const d = classicalDecomposition([8, 13, 10, 15, 12, 17, 14, 19], { period: 2 });
 * Array.from(d.seasonal); // => [-2, 2, -2, 2, -2, 2, -2, 2]
 * Array.from(d.trend.subarray(1, 7)); // => [11, 12, 13, 14, 15, 16]
 * ```
 *
 * @category Decomposition
 */
export function classicalDecomposition(series: SeriesInput, options?: ClassicalDecompositionOptions): Decomposition {
  checkOptions(options, ["period", "type"], "classicalDecomposition");
  const opts = readOptions(options, FN);
  const type = opts.type ?? "additive";
  if (type !== "additive" && type !== "multiplicative") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.type must be "additive" or "multiplicative", got ${String(type)}.`, { path: "options.type" });
  }
  const data = readSeasonalSeries(series, opts.period, FN, 2, false);
  const y = data.values;
  if (type === "multiplicative") {
    const i = y.findIndex((v) => !(v > 0));
    if (i >= 0) {
      throw new DpmError("INVALID_ARGUMENT", `${FN}: a multiplicative decomposition needs positive values, but series[${i}] is ${y[i]}; use type "additive".`, { path: `series[${i}]` });
    }
  }
  const parts = classicalKernel(y, data.period, type === "multiplicative");
  return {
    method: "classical",
    type,
    period: data.period,
    data: y,
    trend: parts.trend,
    seasonal: parts.seasonal,
    remainder: parts.remainder,
    weights: null,
    start: data.start,
  };
}
