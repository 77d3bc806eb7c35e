import { meKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The mean error (bias): ME = Σ(actual − forecast) / n. Positive when the forecasts are too low on average.
 *
 * @param actual - the observed values
 * @param forecast - the forecasts, one per observed value
 * @returns the mean error
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` (naming the index) or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { me } from "@dpm/forecast";
 *
 * me([10, 20, 30], [12, 18, 27]); // => 1
 * ```
 *
 * @category Accuracy
 */
export function me(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const [y, f] = readPair(actual, forecast, "me");
  return meKernel(y, f);
}
