import { smapeKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The symmetric mean absolute percentage error (the M4 competition's definition): sMAPE = 200 / n · Σ |actual − forecast| / (|actual| + |forecast|), in percent (0 to 200). A point where actual and forecast are both 0 contributes 0.
 *
 * @param actual - the observed values
 * @param forecast - the forecasts, one per observed value
 * @returns the symmetric mean absolute percentage error
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` (naming the index) or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { smape } from "@dpm/forecast";
 *
 * smape([10, 20, 30], [12, 18, 27]).toFixed(4); // => "13.0781"
 * ```
 *
 * @category Accuracy
 */
export function smape(actual: ArrayLike<number>, forecast: ArrayLike<number>): number {
  const [y, f] = readPair(actual, forecast, "smape");
  return smapeKernel(y, f);
}
