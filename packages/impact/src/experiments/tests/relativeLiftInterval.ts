import { checkOptions, DpmError, normalQuantile } from "@dpm/core";
import type { RelativeLift } from "../internal/results.js";
import { checkAlpha, checkChoice, checkNumber } from "../internal/validate.js";

/**
 * An estimate of one group's mean (or rate) and the variance of that estimate (its squared standard error).
 *
 * @category Experiments
 */
export interface MeanEstimate {
  readonly mean: number;
  /** Variance of the estimated mean, e.g. `s² / n` (≥ 0). */
  readonly variance: number;
}

/**
 * Options of {@link relativeLiftInterval}.
 *
 * @category Experiments
 */
export interface RelativeLiftOptions {
  /** Two-sided significance level; the interval covers 1 − alpha (default 0.05). */
  readonly alpha?: number;
  /** `"delta"` (default; symmetric, first-order) or `"fieller"` (exact for normal estimates, asymmetric). */
  readonly method?: "delta" | "fieller";
  /** Covariance of the two estimates (default 0: independent groups). */
  readonly covariance?: number;
}

const KEYS = ["alpha", "method", "covariance"];

/** @internal The kernel: no validation. */
export function relativeLiftKernel(c: MeanEstimate, t: MeanEstimate, z: number, method: "delta" | "fieller", cov = 0): RelativeLift | undefined {
  if (c.mean === 0) return undefined;
  const ratio = t.mean / c.mean;
  if (method === "fieller") {
    const z2 = z * z;
    const a = c.mean * c.mean - z2 * c.variance;
    const b = t.mean * c.mean - z2 * cov;
    const cc = t.mean * t.mean - z2 * t.variance;
    const disc = b * b - a * cc;
    if (a > 0 && disc >= 0) {
      const root = Math.sqrt(disc);
      return { lift: ratio - 1, ciLow: (b - root) / a - 1, ciHigh: (b + root) / a - 1, method };
    }
    // Control not significantly different from 0: Fieller's set is unbounded.
    return { lift: ratio - 1, ciLow: -Infinity, ciHigh: Infinity, method };
  }
  const se = Math.sqrt(Math.max(0, t.variance / (c.mean * c.mean) + (ratio * ratio * c.variance) / (c.mean * c.mean) - (2 * ratio * cov) / (c.mean * c.mean)));
  return { lift: ratio - 1, ciLow: ratio - 1 - z * se, ciHigh: ratio - 1 + z * se, method };
}

/**
 * The relative lift `treatment / control − 1` of two estimated means with a confidence interval by
 * the delta method (default) or Fieller's theorem. Fieller's interval is exact when both estimates
 * are normal and is asymmetric around the lift; it is unbounded (±Infinity) when the control mean
 * is not clearly away from zero.
 *
 * @param control - the control group's estimated mean and its variance (squared standard error)
 * @param treatment - the treatment group's estimated mean and its variance
 * @param options - alpha, method, covariance of the estimates
 * @returns the lift (0.12 = +12 %) with `ciLow`/`ciHigh`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a control mean of 0 (no ratio), a negative
 *   variance, alpha outside (0, 1) or an unknown method; `NON_FINITE` for NaN/∞
 *
 * @example
 * ```ts
 * import { relativeLiftInterval } from "@dpm/impact";
 *
 * const lift = relativeLiftInterval({ mean: 0.05, variance: 0.05 * 0.95 / 10000 }, { mean: 0.056, variance: 0.056 * 0.944 / 10000 });
 * lift.lift.toFixed(2); // => "0.12"
 * lift.ciLow < 0.12 && lift.ciHigh > 0.12; // => true
 * ```
 *
 * @category Experiments
 */
export function relativeLiftInterval(control: MeanEstimate, treatment: MeanEstimate, options?: RelativeLiftOptions): RelativeLift {
  const fn = "relativeLiftInterval";
  const o = checkOptions(options, KEYS, fn, '{ method: "fieller" }');
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const method = checkChoice(o.method ?? "delta", ["delta", "fieller"], fn, "method");
  const cov = checkNumber(o.covariance ?? 0, fn, "options.covariance", -Number.MAX_VALUE, Number.MAX_VALUE, "a finite number");
  for (const [name, g] of [["control", control], ["treatment", treatment]] as const) {
    if (typeof g !== "object" || g === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be { mean, variance }, e.g. { mean: 0.05, variance: 4.75e-6 }.`, { path: name });
    checkNumber(g.mean, fn, `${name}.mean`, -Number.MAX_VALUE, Number.MAX_VALUE, "a finite number");
    checkNumber(g.variance, fn, `${name}.variance`, 0, Number.MAX_VALUE, "a finite number ≥ 0 (the squared standard error)");
  }
  if (control.mean === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: control.mean is 0, so a relative lift does not exist; report the absolute difference instead.`, { path: "control.mean" });
  }
  return relativeLiftKernel(control, treatment, normalQuantile(1 - alpha / 2), method, cov) as RelativeLift;
}
