import { maeKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The mean absolute error: MAE = Σ|actual − forecast| / n, in the units of the data.
 *
 * @param actual - the observed values
 * @param forecast - the forecasts, one per observed value
 * @returns the mean absolute error
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` (naming the index) or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { mae } from "@dpm/forecast";
 *
 * mae([10, 20, 30], [12, 18, 27]).toFixed(4); // => "2.3333"
 * ```
 *
 * @category Accuracy
 */
export function mae(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const [y, f] = readPair(actual, forecast, "mae");
  return maeKernel(y, f);
}
