import { checkOptions, DpmError } from "@dpm/core";
import { checkNumber, checkPositiveInteger } from "../internal/validate.js";
import { meanPower, readPlanSettings } from "./powerKernels.js";

/**
 * Options of {@link powerMeans}.
 *
 * @category Planning
 */
export interface PowerMeansOptions {
  /** Units in control (required, ≥ 2). */
  readonly nControl: number;
  /** Units in treatment (default nControl). */
  readonly nTreatment?: number;
  /** Standard deviation per unit (default 1: delta is Cohen's d). */
  readonly sd?: number;
  readonly alpha?: number;
  readonly sided?: 1 | 2;
  /** Count the wrong tail too (`power.t.test(strict = TRUE)`, `pwr.t.test`, `pwr.t2n.test`). Default false. */
  readonly strict?: boolean;
}

/**
 * The power of the two-sample t-test to detect a difference of means `delta` (noncentral t), as
 * R's `power.t.test(n = …)`, `pwr.t.test` and `pwr.t2n.test`.
 *
 * @param delta - the true difference, in the metric's unit
 * @param options - nControl (required), nTreatment, sd, alpha, sided, strict
 * @returns the power
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for sizes < 2, sd ≤ 0, alpha outside (0, 1)
 *
 * @example
 * ```ts
 * import { powerMeans } from "@dpm/impact";
 *
 * powerMeans(1, { nControl: 50 }).toFixed(4); // => "0.9986"
 * ```
 *
 * @category Planning
 */
export function powerMeans(delta: number, options: PowerMeansOptions): number {
  const fn = "powerMeans";
  const o = checkOptions(options, ["nControl", "nTreatment", "sd", "alpha", "sided", "strict"], fn, "{ nControl: 100, sd: 10 }");
  checkNumber(delta, fn, "delta", -Number.MAX_VALUE, Number.MAX_VALUE, "a finite difference of means");
  const nControl = checkPositiveInteger(o.nControl, fn, "options.nControl");
  const nTreatment = checkPositiveInteger(o.nTreatment ?? nControl, fn, "options.nTreatment");
  if (nControl + nTreatment < 3) throw new DpmError("TOO_SHORT", `${fn}: the groups need at least 3 units together for a t-test.`, { path: "options.nControl" });
  const sd = checkNumber(o.sd ?? 1, fn, "options.sd", Number.MIN_VALUE, Number.MAX_VALUE, "a positive standard deviation");
  const s = readPlanSettings({ alpha: o.alpha, sided: o.sided, ratio: nTreatment / nControl }, fn);
  return meanPower(delta / sd, nControl, s, o.strict === true);
}
