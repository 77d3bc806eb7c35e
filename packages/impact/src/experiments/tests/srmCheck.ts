import { checkOptions, DpmError } from "@dpm/core";
import { chiSquareUpper } from "../internal/distributions.js";
import { checkAlpha } from "../internal/validate.js";
import type { ChiSquareTestResult } from "./chiSquareTest.js";

/**
 * Options of {@link srmCheck}.
 *
 * @category Experiments
 */
export interface SrmCheckOptions {
  /** The planned split, one weight per group (normalised; default equal). */
  readonly weights?: readonly number[];
  /** p-value below which the split is flagged as a mismatch (default 0.001, the industry norm). */
  readonly threshold?: number;
}

/**
 * The result of {@link srmCheck}.
 *
 * @category Experiments
 */
export interface SrmCheckResult extends ChiSquareTestResult {
  /** True when the observed split is consistent with the plan (p ≥ threshold). */
  readonly healthy: boolean;
  readonly threshold: number;
  /** The planned shares (weights normalised to sum 1). */
  readonly expectedShares: readonly number[];
  /** The observed shares. */
  readonly observedShares: readonly number[];
}

/**
 * Sample-ratio-mismatch check: a χ² goodness-of-fit test of the visitors per group against the
 * planned split (R's `chisq.test(counts, p = weights)`). A tiny p-value means the assignment or
 * the logging is broken and the experiment's result cannot be trusted.
 *
 * @param counts - units assigned to each group (at least 2 groups)
 * @param options - weights (planned split), threshold
 * @returns χ², df, p-value and whether the split looks healthy
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative or fractional counts, all-zero counts, weights that are not positive or of the wrong length; `TOO_SHORT` for one group
 *
 * @example
 * ```ts
 * import { srmCheck } from "@dpm/impact";
 *
 * srmCheck([50123, 49877]).healthy; // => true
 * srmCheck([10321, 9679]).healthy; // => false
 * ```
 *
 * @category Experiments
 */
export function srmCheck(counts: readonly number[], options?: SrmCheckOptions): SrmCheckResult {
  const fn = "srmCheck";
  const o = checkOptions(options, ["weights", "threshold"], fn, "{ weights: [0.5, 0.5] }");
  const threshold = checkAlpha(o.threshold ?? 0.001, fn, "threshold");
  if (!Array.isArray(counts) || counts.length < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: counts must list the units of at least 2 groups, e.g. [50123, 49877].`, { path: "counts" });
  }
  const k = counts.length;
  let total = 0;
  for (let i = 0; i < k; i++) {
    const v = counts[i] as unknown;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: counts[${i}] must be a whole number ≥ 0, got ${String(v)}.`, { path: `counts[${i}]` });
    }
    total += v;
  }
  if (total === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: every count is 0; the check needs assigned units.`, { path: "counts" });
  const weights = o.weights ?? counts.map(() => 1);
  if (!Array.isArray(weights) || weights.length !== k) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: weights must have one entry per group (${k}), e.g. [0.5, 0.5].`, { path: "options.weights" });
  }
  let wsum = 0;
  for (let i = 0; i < k; i++) {
    const w = weights[i] as unknown;
    if (typeof w !== "number" || !Number.isFinite(w) || w <= 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: weights[${i}] must be a positive share, got ${String(w)}.`, { path: `options.weights[${i}]` });
    }
    wsum += w;
  }
  let x2 = 0;
  const expectedShares: number[] = [];
  const observedShares: number[] = [];
  for (let i = 0; i < k; i++) {
    const share = (weights[i] as number) / wsum;
    const e = total * share;
    const d = (counts[i] as number) - e;
    x2 += (d * d) / e;
    expectedShares.push(share);
    observedShares.push((counts[i] as number) / total);
  }
  const pValue = chiSquareUpper(x2, k - 1);
  return { statistic: x2, df: k - 1, pValue, healthy: pValue >= threshold, threshold, expectedShares, observedShares };
}
