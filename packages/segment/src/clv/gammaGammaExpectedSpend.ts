import { DpmError } from "@dpm/core";
import type { GammaGammaParams } from "./fitGammaGamma.js";

/**
 * Expected average transaction value of a customer given x repeat transactions with mean value m:
 * `p(v + x·m) / (p·x + q − 1)`; for x = 0 the population mean `p·v / (q − 1)`.
 *
 * @param params - fitted Gamma-Gamma parameters (q > 1)
 * @param frequency - repeat transactions x
 * @param monetary - mean repeat-transaction value (ignored when x = 0)
 * @returns expected average spend per transaction
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for q ≤ 1 or bad inputs
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpend } from "@dpm/segment";
 *
 * gammaGammaExpectedSpend({ p: 6, q: 4, v: 15 }, 0, 0); // => 30
 * ```
 *
 * @category CLV
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, frequency: number, monetary: number): number {
  const fn = "gammaGammaExpectedSpend";
  for (const k of ["p", "q", "v"] as const) {
    if (!(Number.isFinite(params?.[k]) && params[k] > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.${k} must be finite and > 0`, { path: `params.${k}` });
  }
  if (!(params.q > 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.q must be > 1 for a finite mean spend, got ${params.q}`, { path: "params.q" });
  if (!(Number.isInteger(frequency) && frequency >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: frequency must be an integer ≥ 0, got ${frequency}`, { path: "frequency" });
  if (frequency > 0 && !(Number.isFinite(monetary) && monetary >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: monetary must be finite and ≥ 0, got ${monetary}`, { path: "monetary" });
  const { p, q, v } = params;
  const m = frequency > 0 ? monetary : 0;
  return (p * (v + frequency * m)) / (p * frequency + q - 1);
}
