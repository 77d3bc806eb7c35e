import { checkOptions, DpmError, fitLinearModel } from "@dpm/core";
import { type BalanceRow, balanceRows } from "./balanceTable.js";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { type ObservationalData, readObservational } from "./matchNearest.js";
import { fitPropensity, type OverlapDiagnostics, overlapOf, overlapWarnings } from "./propensityScores.js";
import { readLevel } from "./internal/validate.js";

/**
 * Options of {@link ipwEstimate}.
 *
 * @category Causal impact
 */
export interface IpwEstimateOptions {
  /** `"ATE"` (average effect, default) or `"ATT"` (effect on the treated). */
  readonly estimand?: "ATE" | "ATT";
  /** Drop units with a score outside [trim, 1 − trim] before weighting (default 0). */
  readonly trim?: number;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * Result of {@link ipwEstimate}.
 *
 * @category Causal impact
 */
export interface IpwEstimateResult extends CausalEstimate {
  readonly scores: Float64Array;
  /** The inverse-probability weight of each unit (0 for trimmed units). */
  readonly weights: Float64Array;
  /** Kish effective sample size of the weighted controls and treated. */
  readonly effectiveSampleSize: { readonly treated: number; readonly control: number };
  readonly balance: readonly BalanceRow[];
  readonly overlap: OverlapDiagnostics;
  readonly trimmed: number;
}

const KNOWN = ["estimand", "trim", "level"];
const FN = "ipwEstimate";

/** @internal Shared reading of estimand/trim. */
export function readIpwOptions(opts: Partial<IpwEstimateOptions>, fn: string) {
  const estimand = opts.estimand ?? "ATE";
  if (estimand !== "ATE" && estimand !== "ATT") throw new DpmError("INVALID_ARGUMENT", `${fn}: options.estimand must be "ATE" or "ATT".`, { path: "options.estimand" });
  const trim = opts.trim ?? 0;
  if (!(typeof trim === "number" && trim >= 0 && trim < 0.5)) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.trim must be in [0, 0.5) such as 0.05.`, { path: "options.trim" });
  return { estimand, trim, level: readLevel(opts.level, fn) };
}

/**
 * Inverse-probability weighting: a logistic propensity model, then the weighted (Hájek) difference
 * in mean outcomes — weights 1/e and 1/(1 − e) for the ATE, 1 and e/(1 − e) for the ATT — with a
 * heteroskedasticity-robust (HC1) standard error of the weighted regression `outcome ~ treatment`
 * (weights treated as known, which is conservative for the ATE). Reports balance after weighting,
 * overlap and the effective sample size.
 *
 * @param data - outcome, treatment and covariates per unit
 * @param options - estimand, trimming, level
 * @returns the effect with interval, weights, balance, overlap and effective sample sizes
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` for separation or no overlap; `INVALID_ARGUMENT` for bad input
 *
 * @example
 * ```ts
 * import { ipwEstimate } from "@dpm/impact";
 *
 * const visits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2, 4, 6, 8];
 * const treatment = [0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1];
 * const outcome = visits.map((v, i) => 5 * v + 20 * treatment[i]!);
 * const ipw = ipwEstimate({ outcome, treatment, covariates: { visits } });
 * ipw.estimand; // => "ATE"
 * ipw.ciLow < ipw.estimate; // => true
 * ```
 *
 * @category Causal impact
 */
export function ipwEstimate(data: ObservationalData, options?: IpwEstimateOptions): IpwEstimateResult {
  const opts = checkOptions(options, KNOWN, FN, '{ estimand: "ATT" }');
  const { estimand, trim, level } = readIpwOptions(opts, FN);
  const { t, y, cov } = readObservational(data, FN);
  const n = t.length;
  const scores = Float64Array.from(fitPropensity(t, cov, FN).fitted);
  const overlap = overlapOf(scores, t);
  const warnings = overlapWarnings(overlap, FN);
  const w = new Float64Array(n);
  let trimmed = 0;
  for (let i = 0; i < n; i++) {
    const e = scores[i]!;
    if (e < trim || e > 1 - trim) {
      trimmed++;
      continue;
    }
    w[i] = estimand === "ATE" ? (t[i] === 1 ? 1 / e : 1 / (1 - e)) : t[i] === 1 ? 1 : e / (1 - e);
  }
  const ess = (g: number) => {
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) if (t[i] === g) {
      s += w[i]!;
      s2 += w[i]! ** 2;
    }
    return s2 > 0 ? (s * s) / s2 : 0;
  };
  const effectiveSampleSize = { treated: ess(1), control: ess(0) };
  if (effectiveSampleSize.treated < 2 || effectiveSampleSize.control < 2) {
    throw new DpmError("NO_SOLUTION", `${FN}: after weighting${trim > 0 ? " and trimming" : ""} fewer than 2 effective units remain in a group; overlap is too poor for weighting.`, { path: "data.covariates" });
  }
  if (trimmed > 0) warnings.push(`${trimmed} unit(s) with scores outside [${trim}, ${1 - trim}] were trimmed: the estimate refers to the remaining population.`);
  let maxShare = 0;
  let total = 0;
  for (let i = 0; i < n; i++) total += w[i]!;
  for (let i = 0; i < n; i++) maxShare = Math.max(maxShare, w[i]! / total);
  if (maxShare > 0.1) warnings.push(`one unit carries ${(100 * maxShare).toFixed(1)} % of the total weight; the estimate is fragile — consider trimming.`);
  const fit = fitLinearModel(y, { treat: t }, { weights: w, covariance: "HC1", level });
  const row = fit.coefficient("treat");
  const balance = balanceRows(t, cov, w, estimand);
  const bad = balance.filter((b) => Math.abs(b.smdAfter) > 0.1).map((b) => b.name);
  if (bad.length > 0) warnings.push(`after weighting, ${bad.join(", ")} still differ by more than 0.1 SD; the propensity model may be misspecified (add interactions or squares).`);
  return withReadout({
    method: "inverse-probability weighting",
    estimand,
    estimate: row.estimate,
    stdError: row.stdError,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    level,
    pValue: row.pValue,
    assumption: "Given the covariates, treatment is as good as random (no unmeasured confounders), every unit could have been treated or not (overlap), and the propensity model is right.",
    trustworthy: bad.length === 0 && overlap.shareOutsideSupport <= 0.1 && maxShare <= 0.1,
    warnings,
    scores,
    weights: w,
    effectiveSampleSize,
    balance,
    overlap,
    trimmed,
  }, () => [`effective sample size: ${effectiveSampleSize.treated.toFixed(1)} treated, ${effectiveSampleSize.control.toFixed(1)} control.`]);
}
