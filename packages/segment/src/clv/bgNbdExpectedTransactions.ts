import { DpmError } from "@dpm/core";
import { hyp2f1 } from "../internal/hyp2f1.js";
import { checkCustomer, checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams } from "./BgNbdParams.js";

/** Kernel: E[Y(t) | x, t_x, T], no validation. */
export function conditionalExpectationKernel(p: BgNbdParams, x: number, tx: number, T: number, t: number, fn: string): number {
  const { r, alpha, a, b } = p;
  const rx = r + x;
  const lnRatio = rx * (Math.log(alpha + T) - Math.log(alpha + T + t));
  const f = hyp2f1(rx, b + x, a + b + x - 1, t / (alpha + T + t), fn);
  const num = ((a + b + x - 1) / (a - 1)) * (1 - Math.exp(lnRatio) * f);
  if (x === 0) return num;
  const lnD = Math.log(a) - Math.log(b + x - 1) + rx * (Math.log(alpha + T) - Math.log(alpha + tx));
  return num / (1 + Math.exp(lnD));
}

/**
 * Conditional expectation E[Y(t) | x, t_x, T]: expected transactions of one customer in the next
 * `t` time units given the history (Fader, Hardie & Lee 2005, eq. 10), with 2F1 by series.
 *
 * @param params - fitted BG/NBD parameters
 * @param frequency - repeat transactions x
 * @param recency - t_x
 * @param T - customer age
 * @param t - horizon (same unit)
 * @returns expected number of transactions in (T, T + t]
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `NOT_CONVERGED` when the 2F1 series does not converge
 *
 * @example
 * ```ts
 * import { bgNbdExpectedTransactions } from "@dpm/segment";
 *
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgNbdExpectedTransactions(p, 2, 30.43, 38.86, 39).toFixed(3); // => "1.226"
 * ```
 *
 * @category CLV
 */
export function bgNbdExpectedTransactions(params: BgNbdParams, frequency: number, recency: number, T: number, t: number): number {
  const fn = "bgNbdExpectedTransactions";
  checkParams(params, fn);
  checkCustomer(frequency, recency, T, fn);
  if (!(typeof t === "number" && Number.isFinite(t) && t >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: t must be a finite number ≥ 0 (the horizon in the data's time unit)`, { path: "t" });
  if (Math.abs(params.a - 1) < 1e-12) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.a = 1 makes the closed form singular`, { path: "params.a" });
  return checkFinite(conditionalExpectationKernel(params, frequency, recency, T, t, fn), fn, "the expected number of transactions");
}
