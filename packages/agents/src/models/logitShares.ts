import { DpmError } from "@dpm/core";

/**
 * Multinomial logit choice probabilities P_j = e^{U_j} / Σ_k e^{U_k} (McFadden 1974), computed
 * stably (the largest utility is subtracted first).
 *
 * @param utilities - one utility per option (at least one, all finite)
 * @returns the probabilities, summing to 1
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an empty list, `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { logitShares } from "@dpm/agents";
 *
 * logitShares([0, Math.log(3)]).map((x) => x.toFixed(2)); // => ["0.25", "0.75"]
 * ```
 *
 * @category Models
 */
export function logitShares(utilities: readonly number[]): number[] {
  if (!Array.isArray(utilities) || utilities.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", "logitShares: utilities must be a non-empty array of numbers.", { path: "utilities" });
  }
  let max = -Infinity;
  utilities.forEach((u, j) => {
    if (typeof u !== "number" || !Number.isFinite(u)) {
      throw new DpmError("NON_FINITE", `logitShares: utilities[${j}] must be a finite number, got ${String(u)}.`, { path: `utilities[${j}]` });
    }
    if (u > max) max = u;
  });
  const w = utilities.map((u) => Math.exp(u - max));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
}
