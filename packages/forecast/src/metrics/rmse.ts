import { rmseKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The root mean squared error: RMSE = √(Σ(actual − forecast)² / n), in the units of the data; it punishes large misses.
 *
 * @param actual - the observed values
 * @param forecast - the forecasts, one per observed value
 * @returns the root mean squared error
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` (naming the index) or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { rmse } from "@dpm/forecast";
 *
 * rmse([10, 20, 30], [12, 18, 27]).toFixed(4); // => "2.3805"
 * ```
 *
 * @category Accuracy
 */
export function rmse(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const [y, f] = readPair(actual, forecast, "rmse");
  return rmseKernel(y, f);
}
