import type { Period } from "@dpm/core";

/**
 * A seasonal decomposition y = trend + seasonal + remainder (additive) or
 * y = trend × seasonal × remainder (multiplicative), as returned by
 * {@link classicalDecomposition} and {@link stlDecomposition}.
 *
 * @category Decomposition
 */
export interface Decomposition {
  /** `"classical"` (moving averages, R's `decompose`) or `"stl"` (loess, R's `stl`). */
  readonly method: "classical" | "stl";
  /** How the components combine. STL is always additive. */
  readonly type: "additive" | "multiplicative";
  /** Seasonal period used. */
  readonly period: number;
  /** Copy of the data. */
  readonly data: Float64Array;
  /** Trend-cycle (NaN where a classical moving average is undefined: the first and last ⌊m/2⌋ values). */
  readonly trend: Float64Array;
  /** Seasonal component. */
  readonly seasonal: Float64Array;
  /** What is left (NaN where the trend is). */
  readonly remainder: Float64Array;
  /** Robustness weights of STL's outer loop (all 1 when not robust); `null` for classical. */
  readonly weights: Float64Array | null;
  /** Period of the first value when the input was a TimeSeries, else `null`. */
  readonly start: Period | null;
}
