import { checkArgument } from "./checkArgument.js";
import { logGammaUnchecked } from "./logGamma.js";
import { HALF_LOG_2PI, stirlingCorrection } from "./stirling.js";

/**
 * @internal ln B(a, b) without argument checks. With large arguments the three log-gammas are
 * huge and their difference loses digits, so (as R's `lbeta` does) the Stirling terms are
 * combined analytically first.
 */
export function logBetaUnchecked(a: number, b: number): number {
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  if (q < 15) return logGammaUnchecked(p) + logGammaUnchecked(q) - logGammaUnchecked(p + q);
  const ratio = p / (p + q);
  if (p >= 15) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(p + q);
    return -0.5 * Math.log(q) + HALF_LOG_2PI + corr + (p - 0.5) * Math.log(ratio) + q * Math.log1p(-ratio);
  }
  const corr = stirlingCorrection(q) - stirlingCorrection(p + q);
  return logGammaUnchecked(p) + corr + p - p * Math.log(p + q) + (q - 0.5) * Math.log1p(-ratio);
}

/**
 * The natural logarithm of the beta function, ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b),
 * accurate to about 1e-15 relative even when a or b is in the millions.
 *
 * @param a - a positive finite number
 * @param b - a positive finite number
 * @returns ln B(a, b)
 * @throws {@link DpmError} `INVALID_ARGUMENT` unless both are finite numbers > 0
 *
 * @example
 * ```ts
 * import { logBeta } from "@dpm/core";
 *
 * Math.exp(logBeta(2, 3)).toFixed(12); // => "0.083333333333" (1/12)
 * ```
 *
 * @category Math
 */
export function logBeta(a: number, b: number): number {
  checkArgument(typeof a === "number" && a > 0 && a < Infinity, "logBeta", "a", "a finite number > 0", a);
  checkArgument(typeof b === "number" && b > 0 && b < Infinity, "logBeta", "b", "a finite number > 0", b);
  return logBetaUnchecked(a, b);
}
