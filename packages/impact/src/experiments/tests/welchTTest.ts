import { checkOptions, studentTCdf, studentTQuantile } from "@dpm/core";
import type { Comparison } from "../internal/results.js";
import { ALTERNATIVES, checkAlpha, checkChoice, pFromCdf, readSummary } from "../internal/validate.js";
import type { Alternative, Summary } from "../internal/validate.js";
import { relativeLiftKernel } from "./relativeLiftInterval.js";

/**
 * One group of a continuous metric: the per-unit values (e.g. revenue per visitor, zeros
 * included), or their sufficient statistics `{ n, mean, variance }` (sample variance, divisor n − 1).
 *
 * @category Experiments
 */
export type MeanGroup = ArrayLike<number> | Summary;

/**
 * Sufficient statistics of a group of per-unit values.
 *
 * @category Experiments
 */
export type MeanSummary = Summary;

/**
 * Options of {@link welchTTest}.
 *
 * @category Experiments
 */
export interface WelchTTestOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Alternative about treatment − control (default `"two-sided"`). */
  readonly alternative?: Alternative;
  /** How the relative lift's interval is formed (default `"delta"`). */
  readonly relativeMethod?: "delta" | "fieller";
}

/**
 * The result of {@link welchTTest}.
 *
 * @category Experiments
 */
export interface MeanTestResult extends Comparison {
  readonly controlMean: number;
  readonly treatmentMean: number;
  /** Welch–Satterthwaite degrees of freedom. */
  readonly df: number;
  /** Standard error of the difference. */
  readonly standardError: number;
}

const KEYS = ["alpha", "alternative", "relativeMethod"];

/** @internal The Welch kernel on validated summaries. */
export function welchKernel(c: Summary, t: Summary, alpha: number, alternative: Alternative, relativeMethod: "delta" | "fieller", method = "Welch t"): MeanTestResult {
  const vc = c.variance / c.n;
  const vt = t.variance / t.n;
  const d = t.mean - c.mean;
  const se = Math.sqrt(vc + vt);
  if (se === 0) {
    const same = d === 0;
    return {
      method, controlMean: c.mean, treatmentMean: t.mean, difference: d, ciLow: d, ciHigh: d, statistic: 0, df: c.n + t.n - 2, standardError: 0,
      pValue: same ? 1 : 0, alpha, alternative,
      relative: c.mean === 0 ? undefined : { lift: t.mean / c.mean - 1, ciLow: t.mean / c.mean - 1, ciHigh: t.mean / c.mean - 1, method: relativeMethod },
      measurable: false,
      note: same
        ? "no difference measurable: every value is identical in both groups."
        : `no variance: every unit differs by exactly ${d}; there is nothing for a test to measure.`,
    };
  }
  const df = (vc + vt) ** 2 / ((vc * vc) / (c.n - 1) + (vt * vt) / (t.n - 1));
  const stat = d / se;
  const pValue = pFromCdf(studentTCdf(stat, df), studentTCdf(-stat, df), alternative);
  const q = studentTQuantile(1 - (alternative === "two-sided" ? alpha / 2 : alpha), df);
  const relative = relativeLiftKernel({ mean: c.mean, variance: vc }, { mean: t.mean, variance: vt }, studentTQuantile(1 - alpha / 2, df), relativeMethod);
  return {
    method, controlMean: c.mean, treatmentMean: t.mean, difference: d,
    ciLow: alternative === "less" ? -Infinity : d - q * se,
    ciHigh: alternative === "greater" ? Infinity : d + q * se,
    statistic: stat, df, standardError: se, pValue, alpha, alternative, relative, measurable: true, note: undefined,
  };
}

/**
 * Welch's two-sample t-test of a continuous metric (e.g. revenue per visitor): the difference of
 * means with a t interval on Welch–Satterthwaite degrees of freedom, as R's `t.test(treatment,
 * control)`. Accepts raw values or sufficient statistics. Zero variance in both groups gives
 * `measurable: false` instead of NaN.
 *
 * @param control - the control group's values (≥ 2) or `{ n, mean, variance }`
 * @param treatment - the treatment group's values (≥ 2) or `{ n, mean, variance }`
 * @param options - alpha, alternative, relativeMethod
 * @returns means, difference with CI, t, df, p-value, relative lift
 * @throws {@link @dpm/core!DpmError} `EMPTY`/`TOO_SHORT` for groups with fewer than 2 values; `NON_FINITE` for NaN/∞; `INVALID_ARGUMENT` for alpha outside (0, 1)
 *
 * @example
 * ```ts
 * import { welchTTest } from "@dpm/impact";
 *
 * const r = welchTTest([12, 0, 30, 0, 18, 25], [22, 35, 0, 41, 28, 30]);
 * r.difference.toFixed(2); // => "11.83"
 * r.pValue.toFixed(3); // => "0.159"
 * ```
 *
 * @category Experiments
 */
export function welchTTest(control: MeanGroup, treatment: MeanGroup, options?: WelchTTestOptions): MeanTestResult {
  const fn = "welchTTest";
  const o = checkOptions(options, KEYS, fn, "{ alpha: 0.05 }");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const relativeMethod = checkChoice(o.relativeMethod ?? "delta", ["delta", "fieller"], fn, "relativeMethod");
  return welchKernel(readSummary(control, fn, "control"), readSummary(treatment, fn, "treatment"), alpha, alternative, relativeMethod);
}
