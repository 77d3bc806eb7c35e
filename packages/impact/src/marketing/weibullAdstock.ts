import { checkOptions, DpmError } from "@dpm/core";
import { convolveLagsInto, weibullWeights } from "./internal/kernels.js";
import { readInteger, readNumber, readSeries } from "./internal/validate.js";

/**
 * Options of {@link weibullAdstock}.
 *
 * @category Marketing mix
 */
export interface WeibullAdstockOptions {
  /** Weibull shape k > 0 (k < 1: fast early decay; k > 1 with "pdf": a delayed peak). */
  readonly shape: number;
  /** Weibull scale λ > 0, in periods (lags). */
  readonly scale: number;
  /** `"cdf"` (default): weight of lag l is the survival function exp(−(l/λ)^k), so lag 0 has weight 1; `"pdf"`: the density at l + 1, scaled to a maximum of 1. */
  readonly variant?: "cdf" | "pdf";
  /** Number of lags kept (default 13, a quarter of weeks; at most 520). */
  readonly maxLag?: number;
}

const KNOWN = ["shape", "scale", "variant", "maxLag"];
const FN = "weibullAdstock";

/**
 * Weibull adstock (as in Meta's Robyn): a_t = Σ_{l < maxLag} w_l x_{t−l}, with lag weights from a
 * Weibull survival function (`"cdf"`, a flexible, possibly non-geometric decay) or density
 * (`"pdf"`, which lets the effect peak some weeks after the spend).
 *
 * @param spend - spend (or impressions) per period
 * @param options - `{ shape, scale }`, optional `variant` and `maxLag`
 * @returns the adstocked series (a new Float64Array)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for non-positive shape/scale, an unknown variant or maxLag out of range; `NON_FINITE`/`EMPTY` for bad spend
 *
 * @example
 * ```ts
 * import { weibullAdstock } from "@dpm/impact";
 *
 * // shape 1, scale 1: weights exp(-l) = 1, 0.368, 0.135, 0.050
 * Array.from(weibullAdstock([1, 0, 0, 0], { shape: 1, scale: 1, maxLag: 4 }), (v) => Math.round(v * 1000) / 1000); // => [1, 0.368, 0.135, 0.05]
 * ```
 *
 * @category Marketing mix
 */
export function weibullAdstock(spend: ArrayLike<number>, options: WeibullAdstockOptions): Float64Array {
  const opts = checkOptions(options, KNOWN, FN, "{ shape: 2, scale: 3 }");
  const x = readSeries(spend, FN, "spend");
  const shape = readNumber(opts.shape, FN, "options.shape", 0, 100, undefined, true);
  const scale = readNumber(opts.scale, FN, "options.scale", 0, 1e6, undefined, true);
  const variant = opts.variant ?? "cdf";
  if (variant !== "cdf" && variant !== "pdf") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.variant must be "cdf" or "pdf", got ${String(variant)}.`, { path: "options.variant" });
  }
  const maxLag = readInteger(opts.maxLag, FN, "options.maxLag", 1, 520, 13);
  return convolveLagsInto(x, weibullWeights(shape, scale, variant, maxLag), new Float64Array(x.length));
}
