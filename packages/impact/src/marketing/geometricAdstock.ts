import { checkOptions } from "@dpm/core";
import { geometricAdstockInto } from "./internal/kernels.js";
import { readNumber, readSeries } from "./internal/validate.js";

/**
 * Options of {@link geometricAdstock}.
 *
 * @category Marketing mix
 */
export interface GeometricAdstockOptions {
  /** Share of last week's adstock carried into this week, in [0, 1). */
  readonly decay: number;
  /** Multiply by (1 − decay) so that a constant spend s has adstock s in the long run (default false). */
  readonly normalize?: boolean;
}

const KNOWN = ["decay", "normalize"];
const FN = "geometricAdstock";

/**
 * Geometric (Koyck) adstock, the carry-over of advertising: a_t = x_t + decay · a_{t−1}, starting
 * from a_{−1} = 0. A constant weekly spend s settles at s / (1 − decay) (or at s with `normalize`).
 *
 * @param spend - spend (or impressions) per period, ≥ 0 not required (any finite numbers)
 * @param options - `{ decay }` in [0, 1), optional `normalize`
 * @returns the adstocked series (a new Float64Array; the input is not mutated)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a decay outside [0, 1) or unknown options; `NON_FINITE`/`EMPTY` for bad spend
 *
 * @example
 * ```ts
 * import { geometricAdstock } from "@dpm/impact";
 *
 * Array.from(geometricAdstock([100, 0, 0], { decay: 0.5 })); // => [100, 50, 25]
 * ```
 *
 * @category Marketing mix
 */
export function geometricAdstock(spend: ArrayLike<number>, options: GeometricAdstockOptions): Float64Array {
  const opts = checkOptions(options, KNOWN, FN, "{ decay: 0.5 }");
  const x = readSeries(spend, FN, "spend");
  const decay = readNumber(opts.decay, FN, "options.decay", 0, 1, undefined, false, true);
  return geometricAdstockInto(x, decay, opts.normalize === true, new Float64Array(x.length));
}
