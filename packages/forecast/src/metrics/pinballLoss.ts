import { checkOptions, DpmError } from "@dpm/core";
import { readPair } from "./validate.js";

/**
 * Options for {@link pinballLoss}.
 *
 * @category Accuracy
 */
export interface PinballOptions {
  /** The quantile τ the forecasts are for, in (0, 1), e.g. 0.9. */
  readonly quantile: number;
}

/**
 * The mean pinball (quantile) loss of quantile forecasts q at level τ: τ(y − q) when y ≥ q, else
 * (1 − τ)(q − y). At τ = 0.5 it is half the MAE. Lower is better; it is minimised in expectation
 * by the true τ-quantile.
 *
 * @param actual - the observed values
 * @param forecast - the τ-quantile forecasts, one per observed value (e.g. an interval bound)
 * @param options - `quantile` τ (required)
 * @returns the mean loss, in the units of the data
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE`, `LENGTH_MISMATCH`, `INVALID_ARGUMENT` for τ outside (0, 1)
 *
 * @example
 * ```ts
 * import { pinballLoss } from "@dpm/forecast";
 *
 * // τ = 0.9: under-forecast by 2 costs 0.9·2, over-forecast by 2 costs 0.1·2
 * pinballLoss([10, 10], [8, 12], { quantile: 0.9 }); // => 1
 * ```
 *
 * @category Accuracy
 */
export function pinballLoss(actual: ArrayLike<number>, forecast: ArrayLike<number>, options: PinballOptions): number {
  const fn = "pinballLoss";
  const opts = checkOptions(options, ["quantile"], fn, "{ quantile: 0.9 }");
  const tau = opts.quantile as unknown;
  if (typeof tau !== "number" || !(tau > 0 && tau < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.quantile must be a number in (0, 1) such as 0.9, got ${String(tau)}.`, { path: "options.quantile" });
  }
  const [y, q] = readPair(actual, forecast, fn);
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const d = (y[i] as number) - (q[i] as number);
    s += d >= 0 ? tau * d : (tau - 1) * d;
  }
  const out = s / y.length;
  if (!Number.isFinite(out)) throw new DpmError("NON_FINITE", `${fn}: the loss overflows; rescale the data.`, { path: "actual" });
  return out;
}
