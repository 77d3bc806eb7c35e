import { checkOptions, DpmError, assertInteger, toFiniteArray } from "@dpm/core";
import { maeKernel, maseScale } from "./kernels.js";
import { readPair } from "./validate.js";

/**
 * Options for {@link mase}.
 *
 * @category Accuracy
 */
export interface MaseOptions {
  /** Seasonal period `m` of the scaling naive forecast (default 1: the one-step naive forecast). */
  readonly period?: number;
}

/**
 * The mean absolute scaled error (Hyndman & Koehler 2006): the forecasts' MAE divided by the
 * in-sample MAE of the seasonal naive forecast on the training data,
 * `mean|y_t − y_{t−m}|`. Below 1 means better than seasonal naive was in-sample. Scale-free, and
 * defined for data with zeros.
 *
 * @param actual - the observed values over the forecast horizon
 * @param forecast - the forecasts, one per observed value
 * @param training - the data the forecasts were made from (gives the scale)
 * @param options - `period`: the seasonal period `m` (default 1)
 * @returns the MASE
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`, `NON_FINITE`, `TOO_SHORT` when the training data has
 *   no more than `m` values, `INVALID_ARGUMENT` when it is constant at lag `m` (the scale is 0)
 *
 * @example
 * ```ts
 * import { mase } from "@dpm/forecast";
 *
 * // in-sample naive MAE of [1, 3, 2, 4] is (2 + 1 + 2) / 3 = 5/3
 * mase([5, 6], [4, 4], [1, 3, 2, 4]).toFixed(2); // => "0.90"
 * ```
 *
 * @category Accuracy
 */
export function mase(
  actual: ArrayLike<number>,
  forecast: ArrayLike<number>,
  training: ArrayLike<number>,
  options: MaseOptions = {},
): number {
  checkOptions(options, ["period"], "mase");
  const [y, f] = readPair(actual, forecast, "mase");
  const m = options.period ?? 1;
  assertInteger(m, "options.period", "mase", 1);
  const x = toFiniteArray(training, "training", "mase", { minLength: m + 1 });
  const scale = maseScale(x, m);
  if (!(scale > 0)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `mase: the training data does not change at lag ${m}, so the scale (in-sample seasonal naive MAE) is 0 and MASE is undefined; use mae instead.`,
      { path: "training" },
    );
  }
  return maeKernel(y, f) / scale;
}
