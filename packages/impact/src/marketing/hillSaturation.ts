import { checkOptions } from "@dpm/core";
import { hillInto } from "./internal/kernels.js";
import { readNumber, readSeries } from "./internal/validate.js";

/**
 * Options of {@link hillSaturation}.
 *
 * @category Marketing mix
 */
export interface HillSaturationOptions {
  /** The input at which the curve reaches one half (K > 0, same units as the input). */
  readonly halfSaturation: number;
  /** Steepness s > 0: s ≤ 1 concave from zero, s > 1 S-shaped. */
  readonly shape: number;
}

const KNOWN = ["halfSaturation", "shape"];
const FN = "hillSaturation";

/**
 * Hill saturation, the diminishing returns of media: h(x) = x^s / (x^s + K^s) for x > 0 and 0 for
 * x ≤ 0; it rises from 0 to 1, with h(K) = 1/2.
 *
 * @param x - (adstocked) spend per period
 * @param options - `{ halfSaturation, shape }`
 * @returns values in [0, 1) (a new Float64Array)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for non-positive parameters; `NON_FINITE`/`EMPTY` for bad input
 *
 * @example
 * ```ts
 * import { hillSaturation } from "@dpm/impact";
 *
 * Array.from(hillSaturation([0, 50, 100], { halfSaturation: 50, shape: 2 })); // => [0, 0.5, 0.8]
 * ```
 *
 * @category Marketing mix
 */
export function hillSaturation(x: ArrayLike<number>, options: HillSaturationOptions): Float64Array {
  const opts = checkOptions(options, KNOWN, FN, "{ halfSaturation: 100, shape: 1.5 }");
  const v = readSeries(x, FN, "x");
  const k = readNumber(opts.halfSaturation, FN, "options.halfSaturation", 0, Number.MAX_VALUE, undefined, true);
  const s = readNumber(opts.shape, FN, "options.shape", 0, 100, undefined, true);
  return hillInto(v, k, s, new Float64Array(v.length));
}
