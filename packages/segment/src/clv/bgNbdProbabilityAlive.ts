import { checkCustomer, checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams } from "./BgNbdParams.js";

/**
 * P(alive | x, t_x, T) under BG/NBD, computed in log space (no overflow for heavy buyers):
 * `1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))`.
 *
 * @param params - fitted BG/NBD parameters
 * @param frequency - repeat transactions x
 * @param recency - t_x
 * @param T - customer age
 * @returns probability the customer is still active
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAlive } from "@dpm/segment";
 *
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgNbdProbabilityAlive(p, 0, 0, 38); // => 1
 * bgNbdProbabilityAlive(p, 5000, 1, 100); // => 0
 * ```
 *
 * @category CLV
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, frequency: number, recency: number, T: number): number {
  const fn = "bgNbdProbabilityAlive";
  checkParams(params, fn);
  checkCustomer(frequency, recency, T, fn);
  if (frequency === 0) return 1;
  const { r, alpha, a, b } = params;
  const lnD = Math.log(a) - Math.log(b + frequency - 1) + (r + frequency) * (Math.log(alpha + T) - Math.log(alpha + recency));
  return checkFinite(lnD > 0 ? Math.exp(-lnD) / (1 + Math.exp(-lnD)) : 1 / (1 + Math.exp(lnD)), fn, "P(alive)");
}
