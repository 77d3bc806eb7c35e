import { checkArgument } from "./checkArgument.js";
import { logGammaPrefactor } from "./regularizedGamma.js";

/**
 * The density of the gamma distribution with the given shape and rate at x:
 * rate · (rate·x)^(shape−1) e^(−rate·x) / Γ(shape).
 *
 * Computed as e^(ln[(rx)^a e^(−rx) / Γ(a)]) / x with the Stirling-series prefactor of
 * {@link regularizedGamma}, so it keeps full relative accuracy for large shapes where the direct
 * formula cancels.
 *
 * @param x - the point (the density is 0 below 0)
 * @param shape - the shape a, a finite number > 0
 * @param rate - the rate (1/scale), a finite number > 0 (default 1)
 * @returns the density at x
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a NaN x, or a shape or rate that is not finite and > 0
 *
 * @example
 * ```ts
 * import { gammaPdf } from "@dpm/core";
 *
 * // shape 1 is the exponential distribution: rate · e^(−rate·x)
 * gammaPdf(0.5, 1, 2).toFixed(12) === (2 * Math.exp(-1)).toFixed(12); // => true
 * ```
 *
 * @category Math
 */
export function gammaPdf(x: number, shape: number, rate = 1): number {
  checkArgument(typeof x === "number" && !Number.isNaN(x), "gammaPdf", "x", "a number", x);
  checkArgument(typeof shape === "number" && shape > 0 && shape < Infinity, "gammaPdf", "shape", "a finite number > 0", shape);
  checkArgument(typeof rate === "number" && rate > 0 && rate < Infinity, "gammaPdf", "rate", "a finite number > 0", rate);
  const y = rate * x;
  if (y < 0 || y === Infinity) return 0;
  if (y === 0) return shape < 1 ? Infinity : shape === 1 ? rate : 0;
  return (rate * Math.exp(logGammaPrefactor(shape, y))) / y;
}
