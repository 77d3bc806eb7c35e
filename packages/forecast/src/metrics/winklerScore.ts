import { winklerKernel } from "./kernels.js";
import { readLevel, readPair } from "./validate.js";

/**
 * The mean Winkler (interval) score of prediction intervals at coverage `level`: the interval
 * width, plus `2/α` times the distance by which the actual value falls outside it
 * (`α = 1 − level/100`). Lower is better; it rewards narrow intervals that still cover. Divided by
 * the MASE scale it is the M4 competition's MSIS.
 *
 * @param actual - the observed values
 * @param lower - lower bounds, one per observed value
 * @param upper - upper bounds, one per observed value
 * @param level - the intervals' nominal coverage in percent, e.g. 95
 * @returns the mean score, in the units of the data
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE`, `LENGTH_MISMATCH`, or `INVALID_ARGUMENT` for a
 *   level outside (0, 100)
 *
 * @example
 * ```ts
 * import { winklerScore } from "@dpm/forecast";
 *
 * // widths 4 and 4; the second actual is 1 above its interval: + (2 / 0.2) · 1
 * winklerScore([10, 20], [8, 15], [12, 19], 80); // => 9
 * ```
 *
 * @category Accuracy
 */
export function winklerScore(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>, level: number): number {
  const [y, l] = readPair(actual, lower, "winklerScore", ["actual", "lower"]);
  const [, u] = readPair(actual, upper, "winklerScore", ["actual", "upper"]);
  return winklerKernel(y, l, u, readLevel(level, "winklerScore"));
}
