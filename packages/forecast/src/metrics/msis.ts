import { checkOptions, DpmError, assertInteger, toFiniteArray } from "@dpm/core";
import { maseScale, winklerKernel } from "./kernels.js";
import { readLevel, readPair } from "./validate.js";

/**
 * Options for {@link msis}.
 *
 * @category Accuracy
 */
export interface MsisOptions {
  /** The intervals' nominal coverage in percent (default 95, as M4). */
  readonly level?: number;
  /** Seasonal period m of the scaling naive forecast (default 1). */
  readonly period?: number;
}

/**
 * The mean scaled interval score (the M4 competition's interval measure, Gneiting & Raftery
 * 2007): the mean Winkler score — width plus (2/α) × the miss outside the interval — divided by
 * the in-sample MAE of the seasonal naive forecast on the training data (the MASE scale).
 *
 * @param actual - the observed values over the horizon
 * @param lower - lower bounds, one per observed value
 * @param upper - upper bounds, one per observed value
 * @param training - the data the intervals were made from (gives the scale)
 * @param options - `level` (default 95), `period` (default 1)
 * @returns the MSIS (lower is better)
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`, `NON_FINITE`, `EMPTY`, `TOO_SHORT` when the
 *   training data has no more than m values, `INVALID_ARGUMENT` for a constant training series (scale 0) or a bad level
 *
 * @example
 * ```ts
 * import { msis } from "@dpm/forecast";
 *
 * // scale: mean |Δ| of [1, 3, 2, 4] = 5/3; Winkler at 80 %: (4 + 4 + 10) / 2 = 9
 * msis([10, 20], [8, 15], [12, 19], [1, 3, 2, 4], { level: 80 }).toFixed(2); // => "5.40"
 * ```
 *
 * @category Accuracy
 */
export function msis(actual: ArrayLike<number>, lower: ArrayLike<number>, upper: ArrayLike<number>, training: ArrayLike<number>, options: MsisOptions = {}): number {
  const fn = "msis";
  checkOptions(options, ["level", "period"], fn, "{ level: 95 }");
  const [y, l] = readPair(actual, lower, fn, ["actual", "lower"]);
  const [, u] = readPair(actual, upper, fn, ["actual", "upper"]);
  const level = readLevel(options.level ?? 95, fn);
  const m = options.period ?? 1;
  assertInteger(m, "options.period", fn, 1);
  const x = toFiniteArray(training, "training", fn, { minLength: m + 1 });
  const scale = maseScale(x, m);
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the training data does not change at lag ${m} (or overflows), so the scale is ${scale}; use winklerScore instead.`, { path: "training" });
  }
  const out = winklerKernel(y, l, u, level) / scale;
  if (!Number.isFinite(out)) throw new DpmError("NON_FINITE", `${fn}: the score overflows; rescale the data.`, { path: "actual" });
  return out;
}
