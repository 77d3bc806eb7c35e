import { checkOptions, DpmError } from "@dpm/core";
import { checkNumber } from "../internal/validate.js";
import { meanPower, powerAlreadyReached, readPlanSettings, readPower, solveN } from "./powerKernels.js";
import type { SampleSizePlan } from "./sampleSizeProportions.js";

/**
 * Options of {@link sampleSizeMeans}.
 *
 * @category Planning
 */
export interface SampleSizeMeansOptions {
  /** Standard deviation of the metric per unit (default 1, so that `delta` is Cohen's d). */
  readonly sd?: number;
  readonly alpha?: number;
  /** Default 0.8. */
  readonly power?: number;
  /** 2 (default) or 1. */
  readonly sided?: 1 | 2;
  /** nTreatment / nControl (default 1). */
  readonly ratio?: number;
  /** Count rejections in the wrong tail too, as `power.t.test(strict = TRUE)` and `pwr.t.test` (default false, as `power.t.test`). */
  readonly strict?: boolean;
}

const KEYS = ["sd", "alpha", "power", "sided", "ratio", "strict"];

/**
 * Units needed per group to detect a difference of means `delta` with Welch/Student's two-sample
 * t-test, by the exact noncentral-t power of R's `power.t.test` (and `pwr.t.test` with
 * `strict: true`, `sd: 1`), extended to unequal allocation.
 *
 * @param delta - the difference to detect, in the metric's unit (≠ 0)
 * @param options - sd, alpha, power, sided, ratio, strict
 * @returns units per group (rounded up) and the power they reach
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for delta = 0, sd ≤ 0, alpha/power outside (0, 1), or a power already reached with 2 units per group
 *
 * @example
 * ```ts
 * import { sampleSizeMeans } from "@dpm/impact";
 *
 * // detect +€2.50 revenue per visitor when the standard deviation is €10
 * sampleSizeMeans(2.5, { sd: 10, power: 0.9 }).nControl; // => 338
 * ```
 *
 * @category Planning
 */
export function sampleSizeMeans(delta: number, options?: SampleSizeMeansOptions): SampleSizePlan {
  const fn = "sampleSizeMeans";
  const o = checkOptions(options, KEYS, fn, "{ sd: 10 }");
  checkNumber(delta, fn, "delta", -Number.MAX_VALUE, Number.MAX_VALUE, "a finite difference of means");
  const sd = checkNumber(o.sd ?? 1, fn, "options.sd", Number.MIN_VALUE, Number.MAX_VALUE, "a positive standard deviation");
  if (delta === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: delta is 0; state the smallest difference worth detecting, e.g. 2.5 (€ per visitor).`, { path: "delta" });
  const s = readPlanSettings(o, fn);
  const power = readPower(o.power, s.alpha, fn);
  const strict = o.strict === true;
  const effect = delta / sd;
  // n ≥ 2 per group leaves at least 2 degrees of freedom (R's power.t.test searches from 2).
  const lower = Math.max(2, 1 + 1 / s.ratio);
  const f = (n: number) => meanPower(effect, n, s, strict) - power;
  if (f(lower) >= 0) powerAlreadyReached(fn, 2);
  const exact = solveN(f, lower);
  const nControl = Math.ceil(exact - 1e-9);
  const nTreatment = Math.ceil(s.ratio * exact - 1e-9);
  return { nControl, nTreatment, nTotal: nControl + nTreatment, nControlExact: exact, power: meanPower(effect, nControl, { ...s, ratio: nTreatment / nControl }, strict) };
}
