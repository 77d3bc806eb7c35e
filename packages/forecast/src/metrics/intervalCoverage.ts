import { coverageKernel } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * The share of actual values that fall inside their prediction interval `[lower, upper]`
 * (bounds included). A calibrated 95% interval covers about 0.95 in the long run.
 *
 * @param actual - the observed values
 * @param lower - lower bounds, one per observed value
 * @param upper - upper bounds, one per observed value
 * @returns a share between 0 and 1
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE` or `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { intervalCoverage } from "@dpm/forecast";
 *
 * intervalCoverage([10, 20, 30, 40], [8, 21, 25, 35], [12, 25, 35, 45]); // => 0.75
 * ```
 *
 * @category Accuracy
 */
export function intervalCoverage(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>): number {
  const [y, l] = readPair(actual, lower, "intervalCoverage", ["actual", "lower"]);
  const [, u] = readPair(actual, upper, "intervalCoverage", ["actual", "upper"]);
  return coverageKernel(y, l, u);
}

