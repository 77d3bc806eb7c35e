import { DpmError } from "@dpm/core";
import { checkFinite, MAX_FREQUENCY, MAX_PARAMETER } from "./BgNbdParams.js";
import type { GammaGammaParams } from "./fitGammaGamma.js";

/** Validates Gamma-Gamma parameters for the expected-spend formulas (q > 1). */
export function checkGammaGammaParams(params: GammaGammaParams, fn: string): void {
  if (params === null || typeof params !== "object") throw new DpmError("INVALID_ARGUMENT", `${fn}: params must be { p, q, v } (from fitGammaGamma)`, { path: "params" });
  for (const k of ["p", "q", "v"] as const) {
    const v: unknown = params[k];
    if (!(typeof v === "number" && Number.isFinite(v) && v > 0 && v <= MAX_PARAMETER)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.${k} must be a number in (0, ${MAX_PARAMETER}] (use the parameters fitGammaGamma returns)`, { path: `params.${k}` });
  }
  if (!(params.q > 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.q must be > 1 for a finite mean spend, got ${params.q}`, { path: "params.q" });
}

/**
 * Column version of {@link gammaGammaExpectedSpend}: `p(v + x·m) / (p·x + q − 1)` for every
 * customer (population mean `p·v / (q − 1)` when x = 0), written into `out` (or a new `Float64Array`).
 *
 * @param params - fitted Gamma-Gamma parameters (q > 1)
 * @param frequency - repeat transactions x per customer
 * @param monetary - mean repeat-transaction value per customer (ignored when x = 0)
 * @param out - optional output buffer of length n
 * @returns `out`, filled
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `LENGTH_MISMATCH`
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpendBatch } from "@dpm/segment";
 *
 * [...gammaGammaExpectedSpendBatch({ p: 6, q: 4, v: 15 }, [0, 3], [0, 40])]; // => [30, 38.57142857142857]
 * ```
 *
 * @category CLV
 */
export function gammaGammaExpectedSpendBatch(params: GammaGammaParams, frequency: ArrayLike<number>, monetary: ArrayLike<number>, out?: Float64Array): Float64Array {
  const fn = "gammaGammaExpectedSpendBatch";
  checkGammaGammaParams(params, fn);
  const n = frequency?.length;
  if (n === undefined || monetary?.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: frequency and monetary must be arrays of the same length`, { path: "monetary" });
  if (out !== undefined && !(out instanceof Float64Array && out.length === n)) throw new DpmError("INVALID_ARGUMENT", `${fn}: out must be a Float64Array of length ${n}`, { path: "out" });
  const res = out ?? new Float64Array(n);
  const { p, q, v } = params;
  for (let i = 0; i < n; i++) {
    const x = frequency[i]!;
    const m = monetary[i]!;
    if (!(Number.isInteger(x) && x >= 0 && x <= MAX_FREQUENCY)) throw new DpmError("INVALID_ARGUMENT", `${fn}: frequency[${i}] must be a whole number from 0 to ${MAX_FREQUENCY}, got ${typeof x === "number" ? x : typeof x}`, { path: `frequency[${i}]` });
    if (x > 0 && !(typeof m === "number" && m >= 0 && m < Infinity)) throw new DpmError("INVALID_ARGUMENT", `${fn}: monetary[${i}] must be finite and ≥ 0, got ${typeof m === "number" ? m : typeof m}`, { path: `monetary[${i}]` });
    res[i] = checkFinite((p * (v + (x > 0 ? x * m : 0))) / (p * x + q - 1), fn, `the expected spend of customer ${i}`);
  }
  return res;
}
