import { checkOptions, DpmError } from "@dpm/core";
import { findRoot } from "../internal/findRoot.js";
import { checkPositiveInteger } from "../internal/validate.js";
import { proportionPower, readMethod, readPlanSettings, readPower, readRate } from "./powerKernels.js";
import type { ProportionMethod } from "./powerKernels.js";

/**
 * Options of {@link mdeProportions}.
 *
 * @category Planning
 */
export interface MdeProportionsOptions {
  /** Units in control (required). */
  readonly nControl: number;
  /** Units in treatment (default nControl). */
  readonly nTreatment?: number;
  readonly alpha?: number;
  /** Default 0.8. */
  readonly power?: number;
  readonly sided?: 1 | 2;
  readonly method?: ProportionMethod;
}

/**
 * The minimum detectable effect.
 *
 * @category Planning
 */
export interface MinimumDetectableEffect {
  /** Smallest detectable change in the metric's unit (e.g. 0.009 = 0.9 percentage points). */
  readonly absolute: number;
  /** The same as a relative lift over the baseline (0.18 = +18 %). */
  readonly relative: number;
}

/**
 * The minimum detectable effect (upward) of a two-proportion test: the smallest treatment rate
 * above `baseline` that the given sample sizes detect with the target power.
 *
 * @param baseline - the control conversion rate in (0, 1)
 * @param options - nControl (required), nTreatment, alpha, power, sided, method
 * @returns the absolute and relative MDE
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a baseline outside (0, 1), bad sizes, alpha/power outside (0, 1); `NO_SOLUTION` when even a rate of ~1 is not detectable
 *
 * @example
 * ```ts
 * import { mdeProportions } from "@dpm/impact";
 *
 * mdeProportions(0.05, { nControl: 8158 }).absolute.toFixed(4); // => "0.0100"
 * ```
 *
 * @category Planning
 */
export function mdeProportions(baseline: number, options: MdeProportionsOptions): MinimumDetectableEffect {
  const fn = "mdeProportions";
  const o = checkOptions(options, ["nControl", "nTreatment", "alpha", "power", "sided", "method"], fn, "{ nControl: 5000 }");
  readRate(baseline, fn, "baseline");
  const nControl = checkPositiveInteger(o.nControl, fn, "options.nControl");
  const nTreatment = checkPositiveInteger(o.nTreatment ?? nControl, fn, "options.nTreatment");
  const s = readPlanSettings({ alpha: o.alpha, sided: o.sided, ratio: nTreatment / nControl }, fn);
  const power = readPower(o.power, s.alpha, fn);
  const method = readMethod(o.method, fn);
  const top = 1 - 1e-9;
  const f = (p2: number) => proportionPower(baseline, p2, nControl, s, method) - power;
  if (f(top) < 0) throw new DpmError("NO_SOLUTION", `${fn}: with ${nControl} units per group no rate up to 100 % is detectable at power ${power}; add units.`, { details: { nControl } });
  const p2 = findRoot(f, baseline + 1e-12, top, 1e-14);
  return { absolute: p2 - baseline, relative: p2 / baseline - 1 };
}
