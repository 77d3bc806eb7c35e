import { checkOptions } from "@dpm/core";
import { logisticInto } from "./internal/kernels.js";
import { readNumber, readSeries } from "./internal/validate.js";

/**
 * Options of {@link logisticSaturation}.
 *
 * @category Marketing mix
 */
export interface LogisticSaturationOptions {
  /** Rate λ > 0: larger saturates sooner (the curve reaches 0.8 at x = 2·ln 3 / λ). */
  readonly lambda: number;
}

const KNOWN = ["lambda"];
const FN = "logisticSaturation";

/**
 * Logistic saturation (as in Google's LightweightMMM): (1 − e^{−λx}) / (1 + e^{−λx}) = tanh(λx/2),
 * concave from 0 towards 1.
 *
 * @param x - (adstocked) spend per period
 * @param options - `{ lambda }`
 * @returns values in (−1, 1), in [0, 1) for x ≥ 0 (a new Float64Array)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a non-positive lambda; `NON_FINITE`/`EMPTY` for bad input
 *
 * @example
 * ```ts
 * import { logisticSaturation } from "@dpm/impact";
 *
 * // tanh(ln 3) = (9 - 1) / (9 + 1)
 * Array.from(logisticSaturation([0, Math.log(3)], { lambda: 2 }), (v) => Math.round(v * 1e12) / 1e12); // => [0, 0.8]
 * ```
 *
 * @category Marketing mix
 */
export function logisticSaturation(x: ArrayLike<number>, options: LogisticSaturationOptions): Float64Array {
  const opts = checkOptions(options, KNOWN, FN, "{ lambda: 0.01 }");
  const v = readSeries(x, FN, "x");
  const lambda = readNumber(opts.lambda, FN, "options.lambda", 0, Number.MAX_VALUE, undefined, true);
  return logisticInto(v, lambda, new Float64Array(v.length));
}
