import { checkOptions, DpmError } from "@dpm/core";
import { intOption } from "../internal/checks.js";
import { hyp2f1 } from "../internal/hyp2f1.js";
import { checkColumns, checkFinite, checkParams } from "../clv/BgNbdParams.js";
import type { BgNbdParams } from "../clv/BgNbdParams.js";
import { conditionalExpectationKernel } from "../clv/bgNbdExpectedTransactions.js";
import type { CalibrationHoldoutSummary } from "./calibrationHoldoutSummary.js";

/**
 * Options of {@link evaluateHoldout}.
 *
 * @category Holdout
 */
export interface EvaluateHoldoutOptions {
  /** Customers with calibration frequency ≥ this are pooled into one last bucket ("7+"). Default 7. */
  readonly maxBucket?: number;
  /** Spacing of the cumulative curve, in the summary's unit. Default 1 (e.g. weekly for weeks). */
  readonly curveStep?: number;
}

/**
 * One calibration-frequency bucket of {@link HoldoutEvaluation}.
 *
 * @category Holdout
 */
export interface HoldoutBucket {
  /** `"0"`, `"1"`, …, `"7+"`. */
  readonly label: string;
  /** Smallest calibration frequency in the bucket. */
  readonly frequency: number;
  readonly customers: number;
  /** Mean actual holdout transactions. */
  readonly actualMean: number;
  /** Mean BG/NBD conditional expectation E[Y(holdoutLength) | x, t_x, T]. */
  readonly predictedMean: number;
}

/**
 * Result of {@link evaluateHoldout}.
 *
 * @category Holdout
 */
export interface HoldoutEvaluation {
  /** Holdout length in the summary's unit. */
  readonly holdoutLength: number;
  /** Per calibration-frequency bucket: actual vs predicted mean holdout transactions. */
  readonly buckets: readonly HoldoutBucket[];
  /** Sums over customers. */
  readonly actualTotal: number;
  readonly predictedTotal: number;
  /** Per-customer errors of the conditional expectation against the actual holdout count. */
  readonly rmse: number;
  readonly mae: number;
  /** Pearson correlation of predicted and actual holdout transactions per customer (NaN-free: 0 when either is constant). */
  readonly correlation: number;
  /** Cumulative repeat transactions over calibration + holdout, time since `summary.start` in the summary's unit. */
  readonly curve: {
    readonly t: Float64Array;
    /** Actual repeat transactions at times ≤ t. */
    readonly actual: Float64Array;
    /** Σ over first-purchase cohorts of cohort size · E[X(t − first purchase time)] (unconditional BG/NBD). */
    readonly expected: Float64Array;
  };
}

/** Most points of the cumulative curve. */
const MAX_CURVE_POINTS = 100_000;
const FN = "evaluateHoldout";

/**
 * Holdout validation of a BG/NBD model fitted on the calibration period (Fader, Hardie & Lee 2005,
 * section 7): predicted vs actual mean holdout transactions per calibration-frequency bucket, RMSE,
 * MAE and correlation per customer, and the cumulative repeat-transaction curve (expected from
 * E[X(t)] over the cohorts of first-purchase dates vs actual) over calibration + holdout.
 *
 * @param params - BG/NBD parameters fitted on the calibration summary
 * @param summary - output of {@link calibrationHoldoutSummary}
 * @param options - bucket cap and curve spacing
 * @returns buckets, error metrics and the cumulative curve
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad parameters, summary or options; `NOT_CONVERGED` from the 2F1 series
 *
 * @example
 * ```ts
 * import { calibrationHoldoutSummary, evaluateHoldout } from "@dpm/segment";
 *
 * const s = calibrationHoldoutSummary([
 *   { customerId: "a", date: "2025-01-01", amount: 10 },
 *   { customerId: "a", date: "2025-01-08", amount: 20 },
 *   { customerId: "b", date: "2025-01-03", amount: 5 },
 *   { customerId: "a", date: "2025-01-20", amount: 7 },
 * ], { calibrationEnd: "2025-01-15", holdoutEnd: "2025-01-29", unit: "weeks" });
 * const ev = evaluateHoldout({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, s);
 * ev.actualTotal; // => 1
 * ev.buckets.map((b) => b.customers); // => [1, 1, 0, 0, 0, 0, 0, 0]
 * ```
 *
 * @category Holdout
 */
export function evaluateHoldout(params: BgNbdParams, summary: CalibrationHoldoutSummary, options?: EvaluateHoldoutOptions): HoldoutEvaluation {
  const opts = checkOptions(options, ["maxBucket", "curveStep"], FN, "{ maxBucket: 7, curveStep: 1 }");
  checkParams(params, FN);
  if (Math.abs(params.a - 1) < 1e-12) throw new DpmError("INVALID_ARGUMENT", `${FN}: params.a = 1 makes the closed form singular`, { path: "params.a" });
  if (summary === null || typeof summary !== "object" || !(summary.holdoutFrequency instanceof Float64Array) || !(summary.repeatTimes instanceof Float64Array)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: summary must come from calibrationHoldoutSummary`, { path: "summary" });
  }
  const maxBucket = intOption(opts.maxBucket, 7, 1, 10_000, "options.maxBucket", FN);
  const step = opts.curveStep ?? 1;
  if (!(typeof step === "number" && Number.isFinite(step) && step > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.curveStep must be finite and > 0 (in the summary's unit)`, { path: "options.curveStep" });
  const n = checkColumns(summary, FN, false, undefined);
  const { frequency: x, recency: tx, T, holdoutFrequency: y, holdoutLength: t, calibrationLength } = summary;
  if (n === 0) throw new DpmError("EMPTY", `${FN}: the summary has no customers`, { path: "summary" });
  if (y.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: summary.holdoutFrequency must have one value per customer (${n}); pass what calibrationHoldoutSummary returned`, { path: "summary.holdoutFrequency" });
  if (!(typeof t === "number" && Number.isFinite(t) && t > 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: summary.holdoutLength must be a finite number > 0; pass what calibrationHoldoutSummary returned`, { path: "summary.holdoutLength" });
  if (!(typeof calibrationLength === "number" && Number.isFinite(calibrationLength) && calibrationLength >= 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: summary.calibrationLength must be a finite number ≥ 0; pass what calibrationHoldoutSummary returned`, { path: "summary.calibrationLength" });
  for (let i = 0; i < n; i++) if (!(y[i]! >= 0 && y[i]! < Infinity)) throw new DpmError("INVALID_ARGUMENT", `${FN}: summary.holdoutFrequency[${i}] must be a finite count ≥ 0`, { path: `summary.holdoutFrequency[${i}]` });
  if ((calibrationLength + t) / step > MAX_CURVE_POINTS) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.curveStep ${step} gives more than ${MAX_CURVE_POINTS} curve points; raise it`, { path: "options.curveStep" });
  // per-customer conditional expectations, bucket sums and error metrics in one pass
  const counts = new Float64Array(maxBucket + 1);
  const actualSums = new Float64Array(maxBucket + 1);
  const predSums = new Float64Array(maxBucket + 1);
  let sp = 0;
  let sa = 0;
  let spp = 0;
  let saa = 0;
  let spa = 0;
  let sae = 0;
  for (let i = 0; i < n; i++) {
    const p = checkFinite(conditionalExpectationKernel(params, x[i]!, tx[i]!, T[i]!, t, FN), FN, `the prediction of customer ${i}`);
    const a = y[i]!;
    const k = Math.min(x[i]!, maxBucket);
    counts[k] = counts[k]! + 1;
    actualSums[k] = actualSums[k]! + a;
    predSums[k] = predSums[k]! + p;
    sp += p;
    sa += a;
    spp += p * p;
    saa += a * a;
    spa += p * a;
    sae += Math.abs(p - a);
  }
  const buckets: HoldoutBucket[] = [];
  for (let k = 0; k <= maxBucket; k++) {
    const c = counts[k]!;
    buckets.push({ label: k === maxBucket ? `${k}+` : String(k), frequency: k, customers: c, actualMean: c > 0 ? actualSums[k]! / c : 0, predictedMean: c > 0 ? predSums[k]! / c : 0 });
  }
  const sse = spp - 2 * spa + saa;
  const cov = spa - (sp * sa) / n;
  const vp = spp - (sp * sp) / n;
  const va = saa - (sa * sa) / n;
  const correlation = vp > 0 && va > 0 ? cov / Math.sqrt(vp * va) : 0;
  return {
    holdoutLength: t,
    buckets,
    actualTotal: sa,
    predictedTotal: sp,
    rmse: Math.sqrt(Math.max(0, sse) / n),
    mae: sae / n,
    correlation,
    curve: cumulativeCurve(params, summary, step),
  };
}

function cumulativeCurve(params: BgNbdParams, s: CalibrationHoldoutSummary, step: number): HoldoutEvaluation["curve"] {
  const end = s.calibrationLength + s.holdoutLength;
  const K = Math.max(1, Math.ceil(end / step - 1e-9));
  const t = new Float64Array(K);
  for (let k = 0; k < K; k++) t[k] = Math.min((k + 1) * step, end);
  // actual: repeat times are sorted, count those ≤ t_k
  const actual = new Float64Array(K);
  const times = s.repeatTimes;
  let j = 0;
  for (let k = 0; k < K; k++) {
    while (j < times.length && times[j]! <= t[k]! + 1e-9) j++;
    actual[k] = j;
  }
  // cohorts of equal first-purchase time (equal T)
  const cohorts = new Map<number, number>();
  for (let i = 0; i < s.T.length; i++) cohorts.set(s.T[i]!, (cohorts.get(s.T[i]!) ?? 0) + 1);
  const { r, alpha, a, b } = params;
  const front = (a + b - 1) / (a - 1);
  const expected = new Float64Array(K);
  for (const [Ti, size] of cohorts) {
    const first = Math.max(0, s.calibrationLength - Ti);
    for (let k = 0; k < K; k++) {
      const age = t[k]! - first;
      if (age <= 0) continue;
      const ex = front * (1 - Math.exp(r * (Math.log(alpha) - Math.log(alpha + age))) * hyp2f1(r, b, a + b - 1, age / (alpha + age), FN));
      expected[k] = expected[k]! + size * checkFinite(ex, FN, "the cumulative curve");
    }
  }
  return { t, actual, expected };
}
