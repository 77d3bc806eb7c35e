import { checkOptions } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import type { Decomposition } from "./Decomposition.js";
import type { StlOptions } from "./stlDecomposition.js";
import { strengthOf, toDecomposition } from "./strength.js";

/**
 * Strength of seasonality (Wang, Smith & Hyndman 2006; the definition of fpp3 §4.3):
 * F_S = max(0, 1 − Var(R) / Var(S + R)) — near 0 when the seasonal component is lost in the
 * noise, near 1 when it dominates the remainder.
 *
 * Pass a series (decomposed by {@link stlDecomposition} with `options`) or a decomposition you
 * made; a multiplicative classical decomposition is measured on the log scale.
 *
 * @param input - a TimeSeries, an array of numbers or a {@link Decomposition}
 * @param options - STL options used when a series is passed (`period` is needed for plain arrays)
 * @returns a number in [0, 1]
 * @throws {@link @dpm/core!DpmError} as {@link stlDecomposition} for a series; `LENGTH_MISMATCH` for a malformed decomposition
 *
 * @example
 * ```ts
 * import { seasonalStrength } from "@dpm/forecast";
 *
 * const y = Array.from({ length: 48 }, (_, t) => 20 + [5, -3, 1, -3][t % 4]! + ((t * 37) % 7) / 10);
 * seasonalStrength(y, { period: 4 }) > 0.9; // => true
 * ```
 *
 * @category Decomposition
 */
export function seasonalStrength(input: SeriesInput | Decomposition, options?: StlOptions): number {
  checkOptions(options, ["inner", "lowPassDegree", "lowPassJump", "lowPassWindow", "outer", "period", "robust", "seasonalDegree", "seasonalJump", "seasonalWindow", "trendDegree", "trendJump", "trendWindow"], "seasonalStrength");
  const d = toDecomposition(input, options, "seasonalStrength");
  return strengthOf(d.remainder, d.seasonal, d.type);
}
