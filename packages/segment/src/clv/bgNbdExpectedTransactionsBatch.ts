import { DpmError } from "@dpm/core";
import { checkColumns, checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams, FrequencyRecency } from "./BgNbdParams.js";
import { conditionalExpectationKernel } from "./bgNbdExpectedTransactions.js";

/**
 * Column version of {@link bgNbdExpectedTransactions}: E[Y(t) | x, t_x, T] for every customer,
 * written into `out` (or a new `Float64Array`). No per-customer objects.
 *
 * @param params - fitted BG/NBD parameters
 * @param data - frequency, recency and T columns (same time unit)
 * @param t - horizon in the same unit
 * @param out - optional output buffer of length n
 * @returns `out`, filled
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `LENGTH_MISMATCH`; `NOT_CONVERGED` from the 2F1 series
 *
 * @example
 * ```ts
 * import { bgNbdExpectedTransactionsBatch } from "@dpm/segment";
 *
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const e = bgNbdExpectedTransactionsBatch(p, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 38.86] }, 39);
 * e[0].toFixed(3); // => "1.226"
 * ```
 *
 * @category CLV
 */
export function bgNbdExpectedTransactionsBatch(params: BgNbdParams, data: FrequencyRecency, t: number, out?: Float64Array): Float64Array {
  const fn = "bgNbdExpectedTransactionsBatch";
  checkParams(params, fn);
  if (!(typeof t === "number" && Number.isFinite(t) && t >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: t must be finite and ≥ 0, got ${t}`, { path: "t" });
  if (Math.abs(params.a - 1) < 1e-12) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.a = 1 makes the closed form singular`, { path: "params.a" });
  const n = checkColumns(data, fn, false, out);
  const res = out ?? new Float64Array(n);
  const { frequency: x, recency: tx, T } = data;
  for (let i = 0; i < n; i++) res[i] = checkFinite(conditionalExpectationKernel(params, x[i]!, tx[i]!, T[i]!, t, fn), fn, `the expected number of transactions of customer ${i}`);
  return res;
}
