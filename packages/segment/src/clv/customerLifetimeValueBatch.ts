import { DpmError } from "@dpm/core";
import { checkColumns, checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams, CustomerColumns } from "./BgNbdParams.js";
import { conditionalExpectationKernel } from "./bgNbdExpectedTransactions.js";
import { checkClvOptions } from "./customerLifetimeValue.js";
import type { CustomerLifetimeValueOptions } from "./customerLifetimeValue.js";
import type { GammaGammaParams } from "./fitGammaGamma.js";
import { checkGammaGammaParams } from "./gammaGammaExpectedSpendBatch.js";

/**
 * Column version of {@link customerLifetimeValue}: discounted CLV of every customer,
 * `Σ_k spend · (E[Y(k·L)] − E[Y((k−1)·L)]) / (1 + d)^k`, written into `out` (or a new
 * `Float64Array`). Works on 1,000,000 customers without per-customer objects.
 *
 * @param bgnbd - BG/NBD parameters
 * @param gammaGamma - Gamma-Gamma parameters (q > 1)
 * @param data - frequency, recency, T and monetary columns (same time unit)
 * @param options - periods, step length (in the data's time unit) and discount rate per step
 * @param out - optional output buffer of length n
 * @returns `out`, filled
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `LENGTH_MISMATCH`; `NOT_CONVERGED` from the 2F1 series
 *
 * @example
 * ```ts
 * import { customerLifetimeValue, customerLifetimeValueBatch } from "@dpm/segment";
 *
 * const bg = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * const gg = { p: 6.25, q: 3.74, v: 15.44 };
 * const opts = { periods: 12, periodLength: 4.345, discountRate: 0.01 };
 * const clv = customerLifetimeValueBatch(bg, gg, { frequency: [2, 0], recency: [30.43, 0], T: [38.86, 20], monetary: [25, 0] }, opts);
 * clv[0] === customerLifetimeValue(bg, gg, 2, 30.43, 38.86, 25, opts); // => true
 * ```
 *
 * @category CLV
 */
export function customerLifetimeValueBatch(bgnbd: BgNbdParams, gammaGamma: GammaGammaParams, data: CustomerColumns, options: CustomerLifetimeValueOptions, out?: Float64Array): Float64Array {
  const fn = "customerLifetimeValueBatch";
  checkParams(bgnbd, fn);
  checkGammaGammaParams(gammaGamma, fn);
  const { periods, periodLength: L, discountRate: d } = checkClvOptions(options, fn);
  const n = checkColumns(data, fn, true, out);
  const res = out ?? new Float64Array(n);
  const { frequency: x, recency: tx, T } = data;
  const monetary = data.monetary!;
  const { p, q, v } = gammaGamma;
  const discount = new Float64Array(periods + 1);
  for (let k = 1; k <= periods; k++) discount[k] = Math.pow(1 + d, k);
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const m = monetary[i]!;
    if (xi > 0 && !(typeof m === "number" && m >= 0 && m < Infinity)) throw new DpmError("INVALID_ARGUMENT", `${fn}: data.monetary[${i}] must be finite and ≥ 0, got ${m}`, { path: `data.monetary[${i}]` });
    const spend = (p * (v + (xi > 0 ? xi * m : 0))) / (p * xi + q - 1);
    const ti = tx[i]!;
    const Ti = T[i]!;
    let prev = 0;
    let value = 0;
    for (let k = 1; k <= periods; k++) {
      const e = conditionalExpectationKernel(bgnbd, xi, ti, Ti, k * L, fn);
      value += (spend * (e - prev)) / discount[k]!;
      prev = e;
    }
    res[i] = checkFinite(value, fn, `the lifetime value of customer ${i}`);
  }
  return res;
}
