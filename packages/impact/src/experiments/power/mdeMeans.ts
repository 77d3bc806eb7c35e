import { checkOptions, DpmError } from "@dpm/core";
import { findRoot } from "../internal/findRoot.js";
import { checkNumber, checkPositiveInteger } from "../internal/validate.js";
import { meanPower, readPlanSettings, readPower } from "./powerKernels.js";

/**
 * Options of {@link mdeMeans}.
 *
 * @category Planning
 */
export interface MdeMeansOptions {
  /** Units in control (required, ≥ 2). */
  readonly nControl: number;
  readonly nTreatment?: number;
  readonly alpha?: number;
  /** Default 0.8. */
  readonly power?: number;
  readonly sided?: 1 | 2;
  readonly strict?: boolean;
}

/**
 * The minimum detectable difference of means for given sample sizes (noncentral t): the smallest
 * `delta` that the t-test detects with the target power.
 *
 * @param sd - standard deviation of the metric per unit (> 0)
 * @param options - nControl (required), nTreatment, alpha, power, sided, strict
 * @returns the smallest detectable difference, in the metric's unit
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for sd ≤ 0, sizes < 2, alpha/power outside (0, 1)
 *
 * @example
 * ```ts
 * import { mdeMeans } from "@dpm/impact";
 *
 * mdeMeans(10, { nControl: 338, power: 0.9 }).toFixed(2); // => "2.50"
 * ```
 *
 * @category Planning
 */
export function mdeMeans(sd: number, options: MdeMeansOptions): number {
  const fn = "mdeMeans";
  const o = checkOptions(options, ["nControl", "nTreatment", "alpha", "power", "sided", "strict"], fn, "{ nControl: 500 }");
  checkNumber(sd, fn, "sd", Number.MIN_VALUE, Number.MAX_VALUE, "a positive standard deviation");
  const nControl = checkPositiveInteger(o.nControl, fn, "options.nControl");
  const nTreatment = checkPositiveInteger(o.nTreatment ?? nControl, fn, "options.nTreatment");
  if (nControl < 2 || nTreatment < 2) throw new DpmError("TOO_SHORT", `${fn}: each group needs at least 2 units.`, { path: "options.nControl" });
  const s = readPlanSettings({ alpha: o.alpha, sided: o.sided, ratio: nTreatment / nControl }, fn);
  const power = readPower(o.power, s.alpha, fn);
  const strict = o.strict === true;
  const f = (d: number) => meanPower(d, nControl, s, strict) - power;
  let hi = 1;
  while (f(hi) < 0) hi *= 2;
  return sd * findRoot(f, 0, hi, 1e-13);
}
