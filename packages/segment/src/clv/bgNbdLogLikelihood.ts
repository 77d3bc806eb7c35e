import { DpmError, logGamma } from "@dpm/core";
import { checkCustomer, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams, FrequencyRecency } from "./BgNbdParams.js";

/** Kernel: total log-likelihood, no validation. Gamma terms are computed once per distinct frequency. */
export function bgNbdLogLikelihoodKernel(r: number, alpha: number, a: number, b: number, x: ArrayLike<number>, tx: ArrayLike<number>, T: ArrayLike<number>, w?: ArrayLike<number>): number {
  const n = x.length;
  let maxX = 0;
  for (let i = 0; i < n; i++) if (x[i]! > maxX) maxX = x[i]!;
  const lgR = logGamma(r);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  const lgAB = logGamma(a + b);
  const lgB = logGamma(b);
  // per-frequency constant part A1 + A2 and log(a / (b + x − 1)), for x = 0..maxX (dense while small)
  const dense = maxX <= 4 * n + 1000;
  const base = dense ? new Float64Array(maxX + 1) : undefined;
  const lnQ = dense ? new Float64Array(maxX + 1) : undefined;
  const filled = dense ? new Uint8Array(maxX + 1) : undefined;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    let c: number;
    let q: number;
    if (dense && filled![xi] === 1) {
      c = base![xi]!;
      q = lnQ![xi]!;
    } else {
      c = logGamma(r + xi) - lgR + r * lnAlpha + lgAB + logGamma(b + xi) - lgB - logGamma(a + b + xi);
      q = xi > 0 ? lnA - Math.log(b + xi - 1) : 0;
      if (dense) {
        base![xi] = c;
        lnQ![xi] = q;
        filled![xi] = 1;
      }
    }
    const A3 = -(r + xi) * Math.log(alpha + T[i]!);
    let ll: number;
    if (xi > 0) {
      const A4 = q - (r + xi) * Math.log(alpha + tx[i]!);
      const m = Math.max(A3, A4);
      ll = m + Math.log(Math.exp(A3 - m) + Math.exp(A4 - m));
    } else ll = A3;
    total += w === undefined ? c + ll : w[i]! * (c + ll);
  }
  return total;
}

/**
 * BG/NBD log-likelihood of Fader, Hardie & Lee (2005), computed in log space
 * (`A1 + A2 + log(exp(A3) + δ·exp(A4))` with log-sum-exp), so heavy buyers do not overflow.
 *
 * @param params - r, alpha, a, b
 * @param data - frequency, recency, T per customer
 * @returns the total log-likelihood
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for non-positive parameters or inconsistent customer data; `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { bgNbdLogLikelihood } from "@dpm/segment";
 *
 * bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], T: [1] }).toFixed(4); // => "-0.6931"
 * ```
 *
 * @category CLV
 */
export function bgNbdLogLikelihood(params: BgNbdParams, data: FrequencyRecency): number {
  const fn = "bgNbdLogLikelihood";
  checkParams(params, fn);
  checkData(data, fn);
  return bgNbdLogLikelihoodKernel(params.r, params.alpha, params.a, params.b, data.frequency, data.recency, data.T);
}

export function checkData(data: FrequencyRecency, fn: string): number {
  if (data === null || typeof data !== "object" || data.frequency?.length === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: data must be { frequency, recency, T } (e.g. from summarizeTransactions)`, { path: "data" });
  const n = data.frequency.length;
  if (data.recency?.length !== n || data.T?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: data.frequency, data.recency and data.T must have the same length (${n})`, { path: "data" });
  if (n === 0) throw new DpmError("EMPTY", `${fn}: data has no customers`, { path: "data" });
  for (let i = 0; i < n; i++) checkCustomer(data.frequency[i]!, data.recency[i]!, data.T[i]!, fn, `data[${i}].`);
  return n;
}
