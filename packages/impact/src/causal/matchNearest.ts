import { checkOptions, DpmError, fitLinearModel } from "@dpm/core";
import { type BalanceRow, balanceRows } from "./balanceTable.js";
import { type CausalEstimate, withReadout } from "./CausalEstimate.js";
import { fitPropensity, type OverlapDiagnostics, overlapOf, overlapWarnings } from "./propensityScores.js";
import { readColumn, readCovariates, readLevel, readTreatment } from "./internal/validate.js";

/**
 * Data of the propensity-score estimators: one row per unit.
 *
 * @category Causal impact
 */
export interface ObservationalData {
  readonly outcome: ArrayLike<number>;
  /** 1 for treated units, 0 for controls. */
  readonly treatment: ArrayLike<number>;
  /** Pre-treatment covariates for the propensity model (and the outcome models of AIPW). */
  readonly covariates: Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * Options of {@link matchNearest}.
 *
 * @category Causal impact
 */
export interface MatchNearestOptions {
  /** Maximum score distance in standard deviations of the score (MatchIt's `caliper`); default none. */
  readonly caliper?: number;
  /** Match with replacement (a control may serve several treated units). Default false. */
  readonly replace?: boolean;
  /** Confidence level (default 0.95). */
  readonly level?: number;
}

/**
 * Result of {@link matchNearest}.
 *
 * @category Causal impact
 */
export interface MatchNearestResult extends CausalEstimate {
  /** [treated index, control index] pairs. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly matchedTreated: number;
  /** Distinct controls used. */
  readonly matchedControls: number;
  /** Treated units left unmatched by the caliper. */
  readonly unmatchedTreated: number;
  /** MatchIt-style weights per unit (0 = not in the matched sample). */
  readonly weights: Float64Array;
  readonly scores: Float64Array;
  readonly balance: readonly BalanceRow[];
  readonly overlap: OverlapDiagnostics;
}

const KNOWN = ["caliper", "replace", "level"];
const FN = "matchNearest";

/** @internal Reads the shared observational data. */
export function readObservational(data: unknown, fn: string) {
  if (typeof data !== "object" || data === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: data must be { outcome, treatment, covariates }.`, { path: "data" });
  const d = data as ObservationalData;
  const t = readTreatment(d.treatment, fn, "data.treatment");
  const y = readColumn(d.outcome, t.length, fn, "data.outcome");
  const cov = readCovariates(d.covariates, t.length, fn, "data.covariates");
  return { t, y, cov };
}

/**
 * Nearest-neighbour propensity-score matching for the effect on the treated, as MatchIt's
 * `matchit(method = "nearest")`: treated units in descending score order each take the nearest
 * control (1:1, greedy), optionally within a caliper and with or without replacement. The effect
 * is the weighted mean difference of matched outcomes, with standard errors clustered by pair
 * (without replacement) or HC1 (with replacement), as MatchIt's vignette recommends.
 *
 * @param data - outcome, treatment and covariates per unit
 * @param options - caliper (in score SDs), replacement, level
 * @returns the ATT with interval, pairs, weights, balance before/after and overlap diagnostics
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` for separation, no overlap or when the caliper leaves no pair; `INVALID_ARGUMENT` for bad input
 *
 * @example
 * ```ts
 * import { matchNearest } from "@dpm/impact";
 *
 * const age = [25, 30, 35, 40, 45, 26, 31, 36, 41, 46, 50, 28];
 * const treatment = [1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1];
 * const outcome = age.map((a, i) => a * 10 + 50 * treatment[i]!);
 * const m = matchNearest({ outcome, treatment, covariates: { age } });
 * m.matchedTreated; // => 5
 * m.estimand; // => "ATT"
 * ```
 *
 * @category Causal impact
 */
export function matchNearest(data: ObservationalData, options?: MatchNearestOptions): MatchNearestResult {
  const opts = checkOptions(options, KNOWN, FN, "{ caliper: 0.2 }");
  const level = readLevel(opts.level, FN);
  const { t, y, cov } = readObservational(data, FN);
  const replace = opts.replace ?? false;
  const caliper = opts.caliper;
  if (caliper !== undefined && !(typeof caliper === "number" && caliper > 0 && Number.isFinite(caliper))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.caliper must be a positive number of score SDs such as 0.2.`, { path: "options.caliper" });
  }
  const n = t.length;
  const scores = Float64Array.from(fitPropensity(t, cov, FN).fitted);
  const overlap = overlapOf(scores, t);
  const warnings = overlapWarnings(overlap, FN);
  let width = Infinity;
  if (caliper !== undefined) {
    let m = 0;
    for (const e of scores) m += e / n;
    let s = 0;
    for (const e of scores) s += (e - m) ** 2;
    width = caliper * Math.sqrt(s / (n - 1));
  }
  const treated: number[] = [];
  const controls: number[] = [];
  for (let i = 0; i < n; i++) (t[i] === 1 ? treated : controls).push(i);
  // Descending score; stable for ties (data order), as MatchIt's m.order = "largest".
  treated.sort((a, b) => scores[b]! - scores[a]! || a - b);
  if (!replace && controls.length < treated.length) warnings.push(`only ${controls.length} controls for ${treated.length} treated units: without replacement some treated units stay unmatched.`);
  // Controls sorted by score for a binary search of the nearest.
  const order = [...controls].sort((a, b) => scores[a]! - scores[b]! || a - b);
  const pairs: [number, number][] = [];
  const uses = new Float64Array(n);
  const m = order.length;
  const alive = new Uint8Array(m).fill(1);
  for (const i of treated) {
    const e = scores[i]!;
    // Binary search in the sorted order, then walk to the nearest alive neighbours.
    let lo = 0;
    let hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (scores[order[mid]!]! < e) lo = mid + 1;
      else hi = mid;
    }
    let right = lo;
    while (right < m && alive[right] === 0) right++;
    let left = lo - 1;
    while (left >= 0 && alive[left] === 0) left--;
    // Among controls tied at the left neighbour's score, take the first in data order (the block is
    // sorted by index, so walk to its lowest alive member).
    if (left >= 0) {
      const sl = scores[order[left]!]!;
      for (let k = left - 1; k >= 0 && scores[order[k]!]! === sl; k--) if (alive[k] === 1) left = k;
    }
    if (left < 0 && right >= m) break;
    const dl = left >= 0 ? e - scores[order[left]!]! : Infinity;
    const dr = right < m ? scores[order[right]!]! - e : Infinity;
    // Ties: the control that comes first in the data.
    const k = dl < dr ? left : dr < dl ? right : order[left]! < order[right]! ? left : right;
    const dist = Math.min(dl, dr);
    if (dist > width) continue;
    const c = order[k]!;
    pairs.push([i, c]);
    uses[c] = uses[c]! + 1;
    if (!replace) {
      alive[k] = 0;
    }
  }
  if (pairs.length === 0) {
    throw new DpmError("NO_SOLUTION", `${FN}: no treated unit has a control within the caliper (${caliper} score SDs); widen the caliper or check overlap.`, { path: "options.caliper" });
  }
  const unmatched = treated.length - pairs.length;
  if (unmatched > 0) warnings.push(`${unmatched} treated unit(s) found no control${caliper === undefined ? "" : " within the caliper"}: the estimate is the effect on the matched treated only.`);
  // MatchIt weights: treated 1; controls = times used, scaled to sum to the number of distinct controls.
  const weights = new Float64Array(n);
  let distinct = 0;
  let totalUses = 0;
  for (let i = 0; i < n; i++) {
    if (uses[i]! > 0) {
      distinct++;
      totalUses += uses[i]!;
    }
  }
  for (const [i] of pairs) weights[i] = 1;
  for (let i = 0; i < n; i++) if (uses[i]! > 0) weights[i] = (uses[i]! * distinct) / totalUses;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (weights[i]! > 0) rows.push(i);
  const yy = rows.map((i) => y[i]!);
  const tt = rows.map((i) => t[i]!);
  let fit;
  if (!replace) {
    // One cluster per pair.
    const pairOf = new Int32Array(n).fill(-1);
    pairs.forEach(([i, c], k) => {
      pairOf[i] = k;
      pairOf[c] = k;
    });
    if (pairs.length < 2) throw new DpmError("NO_SOLUTION", `${FN}: only one matched pair; a standard error needs at least two.`, { path: "options.caliper" });
    fit = fitLinearModel(yy, { treat: tt }, { clusters: rows.map((i) => pairOf[i]!), level });
  } else {
    if (rows.length < 4) throw new DpmError("NO_SOLUTION", `${FN}: too few matched units for a standard error.`, { path: "data" });
    fit = fitLinearModel(yy, { treat: tt }, { weights: rows.map((i) => weights[i]!), covariance: "HC1", level });
  }
  const row = fit.coefficient("treat");
  const balance = balanceRows(t, cov, weights, "ATT");
  const bad = balance.filter((b) => Math.abs(b.smdAfter) > 0.1).map((b) => b.name);
  if (bad.length > 0) warnings.push(`after matching, ${bad.join(", ")} still differ by more than 0.1 SD between treated and matched controls; consider a caliper, more covariates or regression adjustment.`);
  return withReadout({
    method: `nearest-neighbour propensity matching (1:1, ${replace ? "with" : "without"} replacement${caliper === undefined ? "" : `, caliper ${caliper} SD`})`,
    estimand: "ATT",
    estimate: row.estimate,
    stdError: row.stdError,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    level,
    pValue: row.pValue,
    assumption: "Given the covariates, treatment is as good as random (no unmeasured confounders), and matched controls are comparable to the treated units.",
    trustworthy: bad.length === 0 && overlap.shareOutsideSupport <= 0.1,
    warnings,
    pairs,
    matchedTreated: pairs.length,
    matchedControls: distinct,
    unmatchedTreated: unmatched,
    weights,
    scores,
    balance,
    overlap,
  }, () => [`${pairs.length} treated matched to ${distinct} controls; largest |SMD| after matching ${Math.max(...balance.map((b) => Math.abs(b.smdAfter))).toFixed(3)} (before ${Math.max(...balance.map((b) => Math.abs(b.smdBefore))).toFixed(3)}).`]);
}
