import { checkOptions, DpmError, fitLinearModel, isDpmError, qrLeastSquares, studentTCdf, studentTQuantile } from "@dpm/core";
import { type CausalEstimate, formatNumber, withReadout } from "./CausalEstimate.js";
import { readColumn, readLevel } from "./internal/validate.js";

/**
 * Options of {@link counterfactualImpact}.
 *
 * @category Causal impact
 */
export interface CounterfactualImpactOptions {
  /** Index of the first period after the intervention (the pre-period is 0 … interventionIndex − 1). */
  readonly interventionIndex: number;
  /** Control series that the intervention did not affect, same length as the outcome. */
  readonly controls?: Readonly<Record<string, ArrayLike<number>>>;
  /** Include a linear time trend (default true). */
  readonly trend?: boolean;
  /** Seasonal period for seasonal dummies (e.g. 7 for daily data with a weekly cycle, 12 for months); default none. */
  readonly seasonPeriod?: number;
  /** Interval level (default 0.95). */
  readonly level?: number;
}

/**
 * Result of {@link counterfactualImpact}. The headline estimate is the average effect per
 * post-period; `cumulative` is the total.
 *
 * @category Causal impact
 */
export interface CounterfactualImpactResult extends CausalEstimate {
  /** The counterfactual prediction for every period (fitted in the pre-period). */
  readonly predicted: Float64Array;
  /** Prediction interval of the counterfactual in the post-period (NaN-free; equals `predicted` in the pre-period). */
  readonly predictedLow: Float64Array;
  readonly predictedHigh: Float64Array;
  /** Observed − predicted per period. */
  readonly pointEffect: Float64Array;
  readonly pointEffectLow: Float64Array;
  readonly pointEffectHigh: Float64Array;
  readonly cumulative: { readonly estimate: number; readonly ciLow: number; readonly ciHigh: number; readonly stdError: number };
  /** Probability (flat-prior posterior) that the average effect has the estimated sign: 1 − p/2. */
  readonly probabilityOfEffect: number;
  /** True when the interval of the average effect excludes zero. */
  readonly significant: boolean;
  readonly diagnostics: { readonly preRSquared: number; readonly residualAutocorrelation: number; readonly preSigma: number; readonly prePeriods: number; readonly postPeriods: number };
}

/** @internal The numbers, from validated typed arrays (hot path of the calibration runs). */
export interface CounterfactualCore {
  readonly predicted: Float64Array;
  readonly pointSe: Float64Array;
  readonly avgEffect: number;
  readonly avgSe: number;
  readonly df: number;
  readonly rss: number;
  readonly tss: number;
  readonly rho: number;
  readonly rank: number;
  readonly p: number;
}

/** @internal Builds the design columns (intercept, trend, season dummies, controls). */
export function counterfactualDesign(n: number, controls: readonly Float64Array[], trend: boolean, season: number): Float64Array[] {
  const cols: Float64Array[] = [new Float64Array(n).fill(1)];
  if (trend) cols.push(Float64Array.from({ length: n }, (_, t) => t / n));
  for (let s = 1; s < season; s++) cols.push(Float64Array.from({ length: n }, (_, t) => (t % season === s ? 1 : 0)));
  cols.push(...controls);
  return cols;
}

/** @internal Pre-period OLS, post-period prediction variances. */
export function counterfactualCore(y: Float64Array, cols: readonly Float64Array[], pre: number): CounterfactualCore {
  const n = y.length;
  const p = cols.length;
  const preCols = cols.map((c) => c.subarray(0, pre));
  const fit = qrLeastSquares(preCols, y.subarray(0, pre));
  const b = fit.coef;
  const A = fit.xtxInverse;
  const df = pre - p;
  const s2 = fit.rss / df;
  const predicted = new Float64Array(n);
  const pointSe = new Float64Array(n);
  const sum = new Float64Array(p);
  const x = new Float64Array(p);
  for (let t = 0; t < n; t++) {
    let f = 0;
    for (let j = 0; j < p; j++) {
      x[j] = cols[j]![t]!;
      f += b[j]! * x[j]!;
    }
    predicted[t] = f;
    if (t < pre) continue;
    let q = 0;
    for (let a = 0; a < p; a++) {
      let r = 0;
      for (let c = 0; c < p; c++) r += A[a * p + c]! * x[c]!;
      q += x[a]! * r;
      sum[a] = sum[a]! + x[a]!;
    }
    pointSe[t] = Math.sqrt(s2 * (1 + q));
  }
  const h = n - pre;
  let qs = 0;
  for (let a = 0; a < p; a++) {
    let r = 0;
    for (let c = 0; c < p; c++) r += A[a * p + c]! * sum[c]!;
    qs += sum[a]! * r;
  }
  let eff = 0;
  for (let t = pre; t < n; t++) eff += y[t]! - predicted[t]!;
  // Residual lag-1 autocorrelation and R² over the pre-period.
  let m = 0;
  for (let t = 0; t < pre; t++) m += y[t]! / pre;
  let tss = 0;
  let num = 0;
  let den = 0;
  for (let t = 0; t < pre; t++) {
    tss += (y[t]! - m) ** 2;
    const e = y[t]! - predicted[t]!;
    den += e * e;
    if (t > 0) num += e * (y[t - 1]! - predicted[t - 1]!);
  }
  return { predicted, pointSe, avgEffect: eff / h, avgSe: Math.sqrt(s2 * (h + qs)) / h, df, rss: fit.rss, tss, rho: den > 0 ? num / den : 0, rank: fit.rank, p };
}

const KNOWN = ["interventionIndex", "controls", "trend", "seasonPeriod", "level"];
const FN = "counterfactualImpact";

/**
 * The effect of an intervention on one time series, from a counterfactual forecast (the
 * CausalImpact question, by regression): fit the outcome on control series plus trend and season
 * over the pre-period, predict the post-period with prediction intervals that include parameter
 * uncertainty, and report the point-wise, cumulative and average effect (observed − predicted)
 * with intervals and the probability that the effect is not zero.
 *
 * Intervals assume independent errors around the regression; a strong residual autocorrelation
 * in the pre-period is flagged because it makes them too narrow.
 *
 * @param outcome - the series, pre- and post-period (finite values)
 * @param options - intervention index, controls, trend, season, level
 * @returns the average effect as the headline, the cumulative effect, point-wise series and diagnostics
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` without a pre- or post-period; `TOO_SHORT` when the pre-period is shorter than the model; `SINGULAR` for collinear controls; `LENGTH_MISMATCH`, `NON_FINITE` for bad series
 *
 * @example
 * ```ts
 * import { counterfactualImpact } from "@dpm/impact";
 *
 * const footfall = [50, 52, 49, 55, 53, 51, 54, 56, 52, 55, 53, 57];
 * const sales = footfall.map((f, t) => 2 * f + (t % 2 === 0 ? 1 : -1) + (t >= 8 ? 15 : 0));
 * const res = counterfactualImpact(sales, { interventionIndex: 8, controls: { footfall }, trend: false });
 * Math.round(res.estimate); // => 15
 * res.significant; // => true
 * ```
 *
 * @category Causal impact
 */
export function counterfactualImpact(outcome: ArrayLike<number>, options: CounterfactualImpactOptions): CounterfactualImpactResult {
  const opts = checkOptions(options, KNOWN, FN, "{ interventionIndex: 52 }");
  const level = readLevel(opts.level, FN);
  const n = outcome?.length ?? 0;
  if (n === 0) throw new DpmError("EMPTY", `${FN}: outcome is empty.`, { path: "outcome" });
  const y = readColumn(outcome, n, FN, "outcome");
  const pre = opts.interventionIndex;
  if (typeof pre !== "number" || !Number.isInteger(pre)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.interventionIndex must be the index of the first post-intervention period, e.g. 52.`, { path: "options.interventionIndex" });
  }
  if (pre <= 0) throw new DpmError("NO_SOLUTION", `${FN}: options.interventionIndex = ${pre} leaves no pre-period to learn the counterfactual from.`, { path: "options.interventionIndex" });
  if (pre >= n) throw new DpmError("NO_SOLUTION", `${FN}: options.interventionIndex = ${pre} leaves no post-period (the series has ${n} values).`, { path: "options.interventionIndex" });
  const season = opts.seasonPeriod ?? 1;
  if (!(Number.isInteger(season) && season >= 1 && season <= Math.max(1, pre))) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.seasonPeriod must be a whole number from 2 to the pre-period length, got ${String(opts.seasonPeriod)}.`, { path: "options.seasonPeriod" });
  }
  const controlEntries = Object.entries(opts.controls ?? {});
  const controls = controlEntries.map(([name, v]) => readColumn(v, n, FN, `options.controls.${name}`));
  const names = ["(Intercept)", ...(opts.trend ?? true ? ["trend"] : []), ...Array.from({ length: Math.max(0, season - 1) }, (_, s) => `season${s + 2}`), ...controlEntries.map(([k]) => k)];
  const cols = counterfactualDesign(n, controls, opts.trend ?? true, season);
  if (pre <= cols.length + 1) {
    throw new DpmError("TOO_SHORT", `${FN}: a pre-period of ${pre} periods cannot fit ${cols.length} coefficients with error to spare; lengthen it or drop controls/season.`, { path: "options.interventionIndex" });
  }
  const core = counterfactualCore(y, cols, pre);
  if (core.rank < core.p) {
    // Let the linear-model fit name the collinear columns.
    let detail = `columns ${names.join(", ")}`;
    try {
      fitLinearModel(y.subarray(0, pre), cols.slice(1).map((c, j) => ({ name: names[j + 1]!, values: c.subarray(0, pre) })));
    } catch (error) {
      if (isDpmError(error, "SINGULAR")) detail = error.message.replace(/^fitLinearModel: the design is rank deficient: /, "").replace(/ Drop one of.*$/, "");
    }
    throw new DpmError("SINGULAR", `${FN}: the pre-period design is rank deficient — ${detail}; drop the redundant control (or the trend/season).`, {
      path: "options.controls",
    });
  }
  const tq = studentTQuantile(0.5 + level / 2, core.df);
  const predLo = Float64Array.from(core.predicted);
  const predHi = Float64Array.from(core.predicted);
  const eff = new Float64Array(n);
  const effLo = new Float64Array(n);
  const effHi = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    eff[t] = y[t]! - core.predicted[t]!;
    const w = t < pre ? 0 : tq * core.pointSe[t]!;
    predLo[t] = core.predicted[t]! - w;
    predHi[t] = core.predicted[t]! + w;
    effLo[t] = eff[t]! - w;
    effHi[t] = eff[t]! + w;
  }
  const h = n - pre;
  const est = core.avgEffect;
  const se = core.avgSe;
  const stat = se > 0 ? est / se : 0;
  const pValue = se > 0 ? Math.min(1, 2 * studentTCdf(-Math.abs(stat), core.df)) : est === 0 ? 1 : 0;
  const warnings: string[] = [];
  if (Math.abs(core.rho) > 0.5) {
    warnings.push(`pre-period residuals are autocorrelated (lag-1 r = ${core.rho.toFixed(2)}): the intervals assume independent errors and are too narrow; add controls that explain the dynamics or aggregate to a coarser period.`);
  }
  const preR2 = core.tss > 0 ? 1 - core.rss / core.tss : 1;
  if (pre < 3 * cols.length) warnings.push(`the pre-period (${pre} periods) is short for ${cols.length} coefficients; the counterfactual is uncertain.`);
  if (controls.length === 0) warnings.push("no control series: the counterfactual is an extrapolation of the outcome's own trend and season, so anything else that changed at the same time is attributed to the intervention.");
  const significant = pValue < 1 - level;
  return withReadout({
    method: "counterfactual forecast (pre-period regression)",
    estimand: "average effect per post-period",
    estimate: est,
    stdError: se,
    ciLow: est - tq * se,
    ciHigh: est + tq * se,
    level,
    pValue,
    assumption: "The controls were not affected by the intervention and their pre-period relationship with the outcome would have continued without it.",
    trustworthy: Math.abs(core.rho) <= 0.5 && pre >= 3 * cols.length,
    warnings,
    predicted: core.predicted,
    predictedLow: predLo,
    predictedHigh: predHi,
    pointEffect: eff,
    pointEffectLow: effLo,
    pointEffectHigh: effHi,
    cumulative: { estimate: est * h, ciLow: (est - tq * se) * h, ciHigh: (est + tq * se) * h, stdError: se * h },
    probabilityOfEffect: 1 - pValue / 2,
    significant,
    diagnostics: { preRSquared: preR2, residualAutocorrelation: core.rho, preSigma: Math.sqrt(core.rss / core.df), prePeriods: pre, postPeriods: h },
  }, () => [
    `cumulative effect over ${h} periods: ${formatNumber(est * h)} (${formatNumber((est - tq * se) * h)} to ${formatNumber((est + tq * se) * h)}); probability of an effect ${(100 * (1 - pValue / 2)).toFixed(1)} %${significant ? "" : " — no effect detectable at this level"}.`,
  ]);
}
