import { mapeKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The mean absolute percentage error: MAPE = 100 · Σ(|actual − forecast| / |actual|) / n, in percent. It is infinite when an actual value is 0 and its forecast is not: prefer {@link smape} or {@link mase} for data with zeros.
 *
 * @param actual - the observed values
 * @param forecast - the forecasts, one per observed value
 * @returns the mean absolute percentage error
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` (naming the index) or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { mape } from "@dpm/forecast";
 *
 * mape([10, 20, 30], [12, 18, 27]).toFixed(4); // => "13.3333"
 * ```
 *
 * @category Accuracy
 */
export function mape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const [y, f] = readPair(actual, forecast, "mape");
  return mapeKernel(y, f);
}
