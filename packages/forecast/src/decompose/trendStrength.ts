import { checkOptions } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import type { Decomposition } from "./Decomposition.js";
import type { StlOptions } from "./stlDecomposition.js";
import { strengthOf, toDecomposition } from "./strength.js";

/**
 * Strength of trend (Wang, Smith & Hyndman 2006; fpp3 §4.3): F_T = max(0, 1 − Var(R) / Var(T + R)),
 * near 1 for a series that mostly follows its trend-cycle.
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
 * import { trendStrength } from "@dpm/forecast";
 *
 * const y = Array.from({ length: 48 }, (_, t) => 20 + 2 * t + [5, -3, 1, -3][t % 4]! + ((t * 37) % 7) / 10);
 * trendStrength(y, { period: 4 }) > 0.99; // => true
 * ```
 *
 * @category Decomposition
 */
export function trendStrength(input: SeriesInput | Decomposition, options?: StlOptions): number {
  checkOptions(options, ["inner", "lowPassDegree", "lowPassJump", "lowPassWindow", "outer", "period", "robust", "seasonalDegree", "seasonalJump", "seasonalWindow", "trendDegree", "trendJump", "trendWindow"], "trendStrength");
  const d = toDecomposition(input, options, "trendStrength");
  return strengthOf(d.remainder, d.trend, d.type);
}
