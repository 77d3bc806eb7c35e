import { checkOptions, DpmError, normalCdf, normalQuantile } from "@dpm/core";
import type { Comparison } from "../internal/results.js";
import { ALTERNATIVES, checkAlpha, checkChoice, pFromCdf, readValues } from "../internal/validate.js";
import type { Alternative } from "../internal/validate.js";
import { relativeLiftKernel } from "../tests/relativeLiftInterval.js";

/**
 * One group of a ratio metric randomised by user but measured per session or order: per user, the
 * numerator (e.g. revenue) and denominator (e.g. orders).
 *
 * @category Experiments
 */
export interface RatioGroup {
  readonly numerator: ArrayLike<number>;
  readonly denominator: ArrayLike<number>;
}

/**
 * Options of {@link ratioMetricTest}.
 *
 * @category Experiments
 */
export interface RatioMetricTestOptions {
  readonly alpha?: number;
  readonly alternative?: Alternative;
  readonly relativeMethod?: "delta" | "fieller";
}

/**
 * The result of {@link ratioMetricTest}.
 *
 * @category Experiments
 */
export interface RatioMetricTestResult extends Comparison {
  /** Σ numerator / Σ denominator of control (e.g. average order value). */
  readonly controlRatio: number;
  readonly treatmentRatio: number;
  /** Delta-method standard error of the difference. */
  readonly standardError: number;
}

/** @internal Ratio and its delta-method variance: Var(R̂) ≈ (s_n² − 2R s_nd + R² s_d²) / (n d̄²). */
export function ratioEstimate(num: Float64Array, den: Float64Array): { ratio: number; variance: number } {
  const n = num.length;
  let sn = 0;
  let sd = 0;
  for (let i = 0; i < n; i++) {
    sn += num[i] as number;
    sd += den[i] as number;
  }
  const mn = sn / n;
  const md = sd / n;
  const r = sn / sd;
  let vnn = 0;
  let vdd = 0;
  let vnd = 0;
  for (let i = 0; i < n; i++) {
    const a = (num[i] as number) - mn;
    const b = (den[i] as number) - md;
    vnn += a * a;
    vdd += b * b;
    vnd += a * b;
  }
  vnn /= n - 1;
  vdd /= n - 1;
  vnd /= n - 1;
  return { ratio: r, variance: Math.max(0, (vnn - 2 * r * vnd + r * r * vdd) / (n * md * md)) };
}

/**
 * Compares a ratio metric (revenue per order, clicks per session…) between groups randomised by
 * user: the per-user sums are not independent sessions, so the variance of Σ num / Σ den comes
 * from the delta method over users (Deng et al. 2018). z-test and interval of the difference, and
 * the relative lift.
 *
 * @param control - per-user `{ numerator, denominator }` arrays of control (equal lengths, ≥ 2)
 * @param treatment - the same for treatment
 * @param options - alpha, alternative, relativeMethod
 * @returns the ratios, their difference with CI, z and p-value
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` for numerator/denominator of different lengths; `INVALID_ARGUMENT` for a negative denominator or a zero denominator sum; `TOO_SHORT`; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { ratioMetricTest } from "@dpm/impact";
 *
 * const r = ratioMetricTest(
 *   { numerator: [30, 0, 55, 20, 42, 0], denominator: [1, 0, 2, 1, 1, 0] },
 *   { numerator: [35, 60, 0, 25, 48, 40], denominator: [1, 2, 0, 1, 1, 1] },
 * );
 * r.controlRatio.toFixed(2); // => "29.40"
 * r.treatmentRatio.toFixed(2); // => "34.67"
 * ```
 *
 * @category Experiments
 */
export function ratioMetricTest(control: RatioGroup, treatment: RatioGroup, options?: RatioMetricTestOptions): RatioMetricTestResult {
  const fn = "ratioMetricTest";
  const o = checkOptions(options, ["alpha", "alternative", "relativeMethod"], fn, "{ alpha: 0.05 }");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const relativeMethod = checkChoice(o.relativeMethod ?? "delta", ["delta", "fieller"], fn, "relativeMethod");
  const read = (g: RatioGroup, name: string) => {
    if (typeof g !== "object" || g === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be { numerator, denominator }.`, { path: name });
    const num = readValues(g.numerator, fn, `${name}.numerator`);
    const den = readValues(g.denominator, fn, `${name}.denominator`);
    if (num.length !== den.length) throw new DpmError("LENGTH_MISMATCH", `${fn}: ${name}.numerator has ${num.length} users but ${name}.denominator has ${den.length}; pass one pair per user.`, { path: `${name}.denominator` });
    let s = 0;
    for (let i = 0; i < den.length; i++) {
      if ((den[i] as number) < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}.denominator[${i}] is negative; denominators count sessions or orders.`, { path: `${name}.denominator[${i}]` });
      s += den[i] as number;
    }
    if (s === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}.denominator sums to 0, so the ratio does not exist.`, { path: `${name}.denominator` });
    return ratioEstimate(num, den);
  };
  const c = read(control, "control");
  const t = read(treatment, "treatment");
  const d = t.ratio - c.ratio;
  const se = Math.sqrt(c.variance + t.variance);
  const method = "ratio (delta method) z";
  if (se === 0) {
    return {
      method, controlRatio: c.ratio, treatmentRatio: t.ratio, difference: d, ciLow: d, ciHigh: d, statistic: 0, standardError: 0, pValue: d === 0 ? 1 : 0, alpha, alternative,
      relative: c.ratio === 0 ? undefined : { lift: t.ratio / c.ratio - 1, ciLow: t.ratio / c.ratio - 1, ciHigh: t.ratio / c.ratio - 1, method: relativeMethod },
      measurable: false, note: "no difference measurable: the ratio has no variance across users.",
    };
  }
  const z = d / se;
  const q = normalQuantile(1 - (alternative === "two-sided" ? alpha / 2 : alpha));
  return {
    method, controlRatio: c.ratio, treatmentRatio: t.ratio, difference: d,
    ciLow: alternative === "less" ? -Infinity : d - q * se,
    ciHigh: alternative === "greater" ? Infinity : d + q * se,
    statistic: z, standardError: se, pValue: pFromCdf(normalCdf(z), normalCdf(-z), alternative), alpha, alternative,
    relative: relativeLiftKernel({ mean: c.ratio, variance: c.variance }, { mean: t.ratio, variance: t.variance }, normalQuantile(1 - alpha / 2), relativeMethod),
    measurable: true, note: undefined,
  };
}
