import { DpmError } from "@dpm/core";
import { checkFinite, MAX_FREQUENCY } from "./BgNbdParams.js";
import { checkGammaGammaParams } from "./gammaGammaExpectedSpendBatch.js";
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
  checkGammaGammaParams(params, fn);
  if (!(typeof frequency === "number" && Number.isInteger(frequency) && frequency >= 0 && frequency <= MAX_FREQUENCY)) throw new DpmError("INVALID_ARGUMENT", `${fn}: frequency must be a whole number from 0 to ${MAX_FREQUENCY}, got ${typeof frequency === "number" ? frequency : typeof frequency}`, { path: "frequency" });
  if (frequency > 0 && !(typeof monetary === "number" && Number.isFinite(monetary) && monetary >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: monetary must be finite and ≥ 0, got ${monetary}`, { path: "monetary" });
  const { p, q, v } = params;
  const m = frequency > 0 ? monetary : 0;
  return checkFinite((p * (v + frequency * m)) / (p * frequency + q - 1), fn, "the expected spend");
}
