import { checkOptions, DpmError } from "@dpm/core";
import { checkAlpha, checkNumber } from "../internal/validate.js";

/**
 * One look of a continuously monitored experiment: the current estimate of treatment − control
 * and its standard error.
 *
 * @category Sequential
 */
export interface EstimateLook {
  readonly difference: number;
  /** Standard error of the difference at this look (> 0). */
  readonly standardError: number;
}

/**
 * Options of {@link alwaysValidTest}.
 *
 * @category Sequential
 */
export interface AlwaysValidTestOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /**
   * Standard deviation of the normal mixing distribution over effects, in the metric's unit
   * (required): roughly the size of effect you expect, e.g. 0.005 for half a percentage point.
   */
  readonly tau: number;
}

/**
 * Always-valid inference at every look.
 *
 * @category Sequential
 */
export interface AlwaysValidResult {
  /** Always-valid p-value after each look (non-increasing). */
  readonly pValues: Float64Array;
  /** Confidence sequence: bounds after each look (the running intersection, so they only narrow). */
  readonly ciLow: Float64Array;
  readonly ciHigh: Float64Array;
  /** The first 1-based look where the p-value fell to alpha or below, if any. */
  readonly rejectedAt: number | undefined;
}

/** @internal log of the mixture likelihood ratio Λ for estimate d with variance v and mixing variance t2. */
export function msprtLogLR(d: number, v: number, t2: number): number {
  return 0.5 * Math.log(v / (v + t2)) + ((t2 / (v + t2)) * (d * d)) / (2 * v);
}

/** @internal Half-width of the confidence-sequence interval for variance v, mixing variance t2 and level alpha. */
export function msprtHalfWidth(v: number, t2: number, alpha: number): number {
  return Math.sqrt(((v * (v + t2)) / t2) * (Math.log((v + t2) / v) - 2 * Math.log(alpha)));
}

/**
 * Always-valid p-values and confidence sequences by the mixture sequential probability ratio test
 * (mSPRT, Johari et al. 2017, as in Optimizely's stats engine) with a normal mixture over effects:
 * peek as often as you like — the chance that the p-value *ever* drops below alpha under no
 * effect stays at most alpha, and the interval covers the true effect at all looks at once with
 * probability at least 1 − alpha.
 *
 * @param looks - estimates and standard errors at each look, in order
 * @param options - tau (required), alpha
 * @returns p-values, confidence-sequence bounds, first rejecting look
 * @throws {@link @dpm/core!DpmError} `EMPTY` for no looks; `INVALID_ARGUMENT` for a standard error ≤ 0, tau ≤ 0 or above 1e150, alpha outside (0, 1); `NON_FINITE`
 *
 * @example
 * ```ts
 * import { alwaysValidTest } from "@dpm/impact";
 *
 * const r = alwaysValidTest([{ difference: 0.004, standardError: 0.003 }, { difference: 0.006, standardError: 0.0015 }], { tau: 0.005 });
 * r.rejectedAt; // => 2
 * r.pValues[1] < 0.05; // => true
 * ```
 *
 * @category Sequential
 */
export function alwaysValidTest(looks: readonly EstimateLook[], options: AlwaysValidTestOptions): AlwaysValidResult {
  const fn = "alwaysValidTest";
  const o = checkOptions(options, ["alpha", "tau"], fn, "{ tau: 0.005 }");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  // Capped at 1e150 so that τ² stays finite (a mixing SD that large puts no weight on any real effect).
  const tau = checkNumber(o.tau, fn, "options.tau", Number.MIN_VALUE, 1e150, "a positive mixing standard deviation in the metric's unit (e.g. 0.005), at most 1e150");
  if (!Array.isArray(looks) || looks.length === 0) throw new DpmError("EMPTY", `${fn}: looks is empty; pass at least one { difference, standardError }.`, { path: "looks" });
  const t2 = tau * tau;
  const k = looks.length;
  const pValues = new Float64Array(k);
  const ciLow = new Float64Array(k);
  const ciHigh = new Float64Array(k);
  let p = 1;
  let lo = -Infinity;
  let hi = Infinity;
  let rejectedAt: number | undefined;
  for (let i = 0; i < k; i++) {
    const l = looks[i] as EstimateLook;
    const d = checkNumber(l?.difference, fn, `looks[${i}].difference`, -Number.MAX_VALUE, Number.MAX_VALUE, "a finite difference");
    const se = checkNumber(l?.standardError, fn, `looks[${i}].standardError`, Number.MIN_VALUE, Number.MAX_VALUE, "a positive standard error");
    const v = se * se;
    p = Math.min(p, Math.exp(-Math.max(0, msprtLogLR(d, v, t2))));
    const h = msprtHalfWidth(v, t2, alpha);
    lo = Math.max(lo, d - h);
    hi = Math.min(hi, d + h);
    pValues[i] = p;
    ciLow[i] = lo;
    ciHigh[i] = hi;
    if (rejectedAt === undefined && p <= alpha) rejectedAt = i + 1;
  }
  return { pValues, ciLow, ciHigh, rejectedAt };
}
