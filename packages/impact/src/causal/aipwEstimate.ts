import { checkOptions, DpmError, fitLinearModel, normalCdf, normalQuantile } from "@dpm/core";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { readIpwOptions, type IpwEstimateOptions } from "./ipwEstimate.js";
import { type ObservationalData, readObservational } from "./matchNearest.js";
import { fitPropensity, type OverlapDiagnostics, overlapOf, overlapWarnings } from "./propensityScores.js";

/**
 * Options of {@link aipwEstimate} (as {@link IpwEstimateOptions}).
 *
 * @category Causal impact
 */
export type AipwEstimateOptions = IpwEstimateOptions;

/**
 * Result of {@link aipwEstimate}.
 *
 * @category Causal impact
 */
export interface AipwEstimateResult extends CausalEstimate {
  readonly scores: Float64Array;
  /** The influence-function value of each unit (its contribution to the estimate). */
  readonly influence: Float64Array;
  readonly overlap: OverlapDiagnostics;
  readonly trimmed: number;
}

const KNOWN = ["estimand", "trim", "level"];
const FN = "aipwEstimate";

/**
 * Augmented inverse-probability weighting (doubly robust): a logistic propensity model plus linear
 * outcome models fitted separately in each arm on the same covariates; the estimate is the mean of
 * the efficient influence function, consistent when either model is right, with the standard
 * error sd(ψ)/√n from that influence function (normal interval).
 *
 * ATE: ψᵢ = μ₁(xᵢ) − μ₀(xᵢ) + tᵢ(yᵢ − μ₁)/eᵢ − (1 − tᵢ)(yᵢ − μ₀)/(1 − eᵢ).
 * ATT: ψᵢ = [tᵢ(yᵢ − μ₀ − τ) − (1 − tᵢ) eᵢ/(1 − eᵢ)(yᵢ − μ₀)] / P(t = 1).
 *
 * @param data - outcome, treatment and covariates per unit
 * @param options - estimand, trimming, level
 * @returns the effect with interval, influence values and overlap diagnostics
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` for separation or no overlap; `SINGULAR` when an arm's outcome model is rank deficient (e.g. a covariate constant within an arm)
 *
 * @example
 * ```ts
 * import { aipwEstimate } from "@dpm/impact";
 *
 * const visits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2, 4, 6, 8];
 * const treatment = [0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 1];
 * const outcome = visits.map((v, i) => 5 * v + 20 * treatment[i]!);
 * Math.round(aipwEstimate({ outcome, treatment, covariates: { visits } }).estimate * 1e6) / 1e6; // => 20
 * ```
 *
 * @category Causal impact
 */
export function aipwEstimate(data: ObservationalData, options?: AipwEstimateOptions): AipwEstimateResult {
  const opts = checkOptions(options, KNOWN, FN, '{ estimand: "ATT" }');
  const { estimand, trim, level } = readIpwOptions(opts, FN);
  const all = readObservational(data, FN);
  const scoresAll = Float64Array.from(fitPropensity(all.t, all.cov, FN).fitted);
  const overlap = overlapOf(scoresAll, all.t);
  const warnings = overlapWarnings(overlap, FN);
  const keep: number[] = [];
  for (let i = 0; i < all.t.length; i++) if (scoresAll[i]! >= trim && scoresAll[i]! <= 1 - trim) keep.push(i);
  const trimmed = all.t.length - keep.length;
  if (trimmed > 0) warnings.push(`${trimmed} unit(s) with scores outside [${trim}, ${1 - trim}] were trimmed: the estimate refers to the remaining population.`);
  const t = Float64Array.from(keep, (i) => all.t[i]!);
  const y = Float64Array.from(keep, (i) => all.y[i]!);
  const e = Float64Array.from(keep, (i) => scoresAll[i]!);
  const cov = all.cov.map((c) => ({ name: c.name, values: Float64Array.from(keep, (i) => c.values[i]!) }));
  const n = t.length;
  const arm = (g: number) => {
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (t[i] === g) rows.push(i);
    if (rows.length <= cov.length + 1) {
      throw new DpmError("TOO_SHORT", `${FN}: the ${g === 1 ? "treated" : "control"} arm has ${rows.length} units, too few for an outcome model on ${cov.length} covariates.`, { path: "data" });
    }
    const fit = fitLinearModel(Float64Array.from(rows, (i) => y[i]!), cov.map((c) => ({ name: c.name, values: Float64Array.from(rows, (i) => c.values[i]!) })));
    const mu = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = fit.estimates[0]!;
      for (let j = 0; j < cov.length; j++) s += fit.estimates[j + 1]! * cov[j]!.values[i]!;
      mu[i] = s;
    }
    return mu;
  };
  const mu1 = arm(1);
  const mu0 = arm(0);
  const psi = new Float64Array(n);
  let est = 0;
  if (estimand === "ATE") {
    for (let i = 0; i < n; i++) {
      psi[i] = mu1[i]! - mu0[i]! + (t[i]! * (y[i]! - mu1[i]!)) / e[i]! - ((1 - t[i]!) * (y[i]! - mu0[i]!)) / (1 - e[i]!);
      est += psi[i]! / n;
    }
  } else {
    let p = 0;
    for (let i = 0; i < n; i++) p += t[i]! / n;
    let num = 0;
    for (let i = 0; i < n; i++) num += t[i]! * (y[i]! - mu0[i]!) - ((1 - t[i]!) * e[i]! * (y[i]! - mu0[i]!)) / (1 - e[i]!);
    est = num / (n * p);
    for (let i = 0; i < n; i++) psi[i] = (t[i]! * (y[i]! - mu0[i]! - est) - ((1 - t[i]!) * e[i]! * (y[i]! - mu0[i]!)) / (1 - e[i]!)) / p + est;
  }
  let v = 0;
  for (let i = 0; i < n; i++) v += (psi[i]! - est) ** 2;
  const se = Math.sqrt(v / (n - 1) / n);
  const z = normalQuantile(0.5 + level / 2);
  const stat = se > 0 ? est / se : 0;
  return withReadout({
    method: "augmented IPW (doubly robust)",
    estimand,
    estimate: est,
    stdError: se,
    ciLow: est - z * se,
    ciHigh: est + z * se,
    level,
    pValue: se > 0 ? Math.min(1, 2 * normalCdf(-Math.abs(stat))) : est === 0 ? 1 : 0,
    assumption: "Given the covariates, treatment is as good as random and every unit could have been treated or not; either the propensity model or the outcome models must be right.",
    trustworthy: overlap.shareOutsideSupport <= 0.1 && overlap.shareExtreme <= 0.1,
    warnings,
    scores: e,
    influence: psi,
    overlap,
    trimmed,
  });
}
