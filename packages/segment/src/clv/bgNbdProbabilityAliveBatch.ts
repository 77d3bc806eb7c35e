import { checkColumns, checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams, FrequencyRecency } from "./BgNbdParams.js";

/**
 * Column version of {@link bgNbdProbabilityAlive}: P(alive | x, t_x, T) for every customer, written
 * into `out` (or a new `Float64Array`). No per-customer objects; log space as the scalar function.
 *
 * @param params - fitted BG/NBD parameters
 * @param data - frequency, recency and T columns (same time unit)
 * @param out - optional output buffer of length n
 * @returns `out`, filled
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAliveBatch } from "@dpm/segment";
 *
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const alive = bgNbdProbabilityAliveBatch(p, { frequency: Float64Array.of(0, 5000), recency: Float64Array.of(0, 1), T: Float64Array.of(38, 100) });
 * [...alive]; // => [1, 0]
 * ```
 *
 * @category CLV
 */
export function bgNbdProbabilityAliveBatch(params: BgNbdParams, data: FrequencyRecency, out?: Float64Array): Float64Array {
  const fn = "bgNbdProbabilityAliveBatch";
  checkParams(params, fn);
  const n = checkColumns(data, fn, false, out);
  const res = out ?? new Float64Array(n);
  const { r, alpha, a, b } = params;
  const lnA = Math.log(a);
  const { frequency: x, recency: tx, T } = data;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    if (xi === 0) {
      res[i] = 1;
      continue;
    }
    const lnD = lnA - Math.log(b + xi - 1) + (r + xi) * (Math.log(alpha + T[i]!) - Math.log(alpha + tx[i]!));
    res[i] = checkFinite(lnD > 0 ? Math.exp(-lnD) / (1 + Math.exp(-lnD)) : 1 / (1 + Math.exp(lnD)), fn, `P(alive) of customer ${i}`);
  }
  return res;
}
