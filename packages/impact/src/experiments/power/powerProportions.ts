import { checkOptions, DpmError } from "@dpm/core";
import { checkPositiveInteger } from "../internal/validate.js";
import { proportionPower, readMethod, readPlanSettings, readRate } from "./powerKernels.js";
import type { ProportionMethod } from "./powerKernels.js";

/**
 * Options of {@link powerProportions}.
 *
 * @category Planning
 */
export interface PowerProportionsOptions {
  /** Units in control (required). */
  readonly nControl: number;
  /** Units in treatment (default nControl). */
  readonly nTreatment?: number;
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** 2 (default) or 1. */
  readonly sided?: 1 | 2;
  /** `"normal"` (default, `power.prop.test`) or `"arcsine"` (`pwr.2p2n.test`). */
  readonly method?: ProportionMethod;
}

/**
 * The power of a two-proportion test: the chance of a significant result when the true rates are
 * `p1` (control) and `p2` (treatment), as R's `power.prop.test(n = …)` or `pwr.2p2n.test`.
 *
 * @param p1 - control rate in (0, 1)
 * @param p2 - treatment rate in (0, 1)
 * @param options - nControl (required), nTreatment, alpha, sided, method
 * @returns the power in (0, 1)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for rates outside (0, 1), p1 = p2, sizes that are not whole numbers ≥ 1, alpha outside (0, 1)
 *
 * @example
 * ```ts
 * import { powerProportions } from "@dpm/impact";
 *
 * powerProportions(0.05, 0.06, { nControl: 5000 }).toFixed(3); // => "0.592"
 * ```
 *
 * @category Planning
 */
export function powerProportions(p1: number, p2: number, options: PowerProportionsOptions): number {
  const fn = "powerProportions";
  const o = checkOptions(options, ["nControl", "nTreatment", "alpha", "sided", "method"], fn, "{ nControl: 5000 }");
  readRate(p1, fn, "p1");
  readRate(p2, fn, "p2");
  if (p1 === p2) throw new DpmError("INVALID_ARGUMENT", `${fn}: p1 equals p2; power is only defined for a real difference.`, { path: "p2" });
  const nControl = checkPositiveInteger(o.nControl, fn, "options.nControl");
  const nTreatment = checkPositiveInteger(o.nTreatment ?? nControl, fn, "options.nTreatment");
  const s = readPlanSettings({ alpha: o.alpha, sided: o.sided, ratio: nTreatment / nControl }, fn);
  return proportionPower(p1, p2, nControl, s, readMethod(o.method, fn));
}
