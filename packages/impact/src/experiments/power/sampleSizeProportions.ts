import { checkOptions, DpmError } from "@dpm/core";
import { powerAlreadyReached, proportionPower, proportionSampleSize, readMethod, readPlanSettings, readPower, readRate } from "./powerKernels.js";
import type { ProportionMethod } from "./powerKernels.js";

/**
 * Options of {@link sampleSizeProportions}.
 *
 * @category Planning
 */
export interface SampleSizeProportionsOptions {
  /** Significance level (default 0.05). */
  readonly alpha?: number;
  /** Target power, the chance of detecting the effect if it is real (default 0.8). */
  readonly power?: number;
  /** 2 (default) for a two-sided test, 1 for one-sided. */
  readonly sided?: 1 | 2;
  /** Allocation nTreatment / nControl (default 1 = 50/50). */
  readonly ratio?: number;
  /** `"normal"` (default, as R's `power.prop.test`) or `"arcsine"` (Cohen's h, as `pwr.2p.test` / `pwr.2p2n.test`). */
  readonly method?: ProportionMethod;
}

/**
 * A sample-size plan for a two-group experiment.
 *
 * @category Planning
 */
export interface SampleSizePlan {
  /** Units needed in control (rounded up, as R's `ceiling`). */
  readonly nControl: number;
  /** Units needed in treatment (rounded up). */
  readonly nTreatment: number;
  readonly nTotal: number;
  /** The unrounded control size from the power equation. */
  readonly nControlExact: number;
  /** Power reached with the rounded sizes. */
  readonly power: number;
}

const KEYS = ["alpha", "power", "sided", "ratio", "method"];

/**
 * Visitors needed per group to detect a change in conversion rate from `p1` (control) to `p2`
 * (treatment) — the calculation of R's `power.prop.test` (normal method) or `pwr.2p.test`
 * (arcsine), extended to unequal allocation.
 *
 * @param p1 - the control (baseline) conversion rate, in (0, 1)
 * @param p2 - the treatment rate you want to be able to detect, in (0, 1), ≠ p1
 * @param options - alpha, power, sided, ratio, method
 * @returns units per group (rounded up) and the power they reach
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for rates outside (0, 1), p1 = p2, alpha or power outside (0, 1), or a power already reached with n = 1
 *
 * @example
 * ```ts
 * import { sampleSizeProportions } from "@dpm/impact";
 *
 * sampleSizeProportions(0.05, 0.06).nControl; // => 8158
 * sampleSizeProportions(0.05, 0.06, { sided: 1 }).nControl; // => 6426
 * ```
 *
 * @category Planning
 */
export function sampleSizeProportions(p1: number, p2: number, options?: SampleSizeProportionsOptions): SampleSizePlan {
  const fn = "sampleSizeProportions";
  const o = checkOptions(options, KEYS, fn, "{ power: 0.8 }");
  readRate(p1, fn, "p1");
  readRate(p2, fn, "p2");
  if (p1 === p2) throw new DpmError("INVALID_ARGUMENT", `${fn}: p1 and p2 are equal (${p1}); state the rate you want to detect, e.g. p2 = ${+(p1 * 1.1).toPrecision(3)} for +10 %.`, { path: "p2" });
  const s = readPlanSettings(o, fn);
  const power = readPower(o.power, s.alpha, fn);
  const method = readMethod(o.method, fn);
  const exact = proportionSampleSize(p1, p2, power, s, method);
  if (!(exact > 1)) powerAlreadyReached(fn, 1);
  const nControl = Math.ceil(exact - 1e-9);
  const nTreatment = Math.ceil(s.ratio * exact - 1e-9);
  return { nControl, nTreatment, nTotal: nControl + nTreatment, nControlExact: exact, power: proportionPower(p1, p2, nControl, { ...s, ratio: nTreatment / nControl }, method) };
}
