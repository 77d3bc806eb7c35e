import { checkOptions, normalCdf, normalQuantile } from "@dpm/core";
import type { Comparison } from "../internal/results.js";
import { ALTERNATIVES, checkAlpha, checkChoice, pFromCdf, readCounts } from "../internal/validate.js";
import type { Alternative, Counts } from "../internal/validate.js";
import { relativeLiftKernel } from "./relativeLiftInterval.js";

/**
 * Conversions of one group: `n` visitors (units), of whom `conversions` converted.
 *
 * @category Experiments
 */
export type ProportionGroup = Counts;

/**
 * Options of {@link proportionTest}.
 *
 * @category Experiments
 */
export interface ProportionTestOptions {
  /** Significance level (default 0.05); intervals cover 1 − alpha. */
  readonly alpha?: number;
  /** Alternative about treatment − control (default `"two-sided"`). */
  readonly alternative?: Alternative;
  /** How the relative lift's interval is formed: `"delta"` (default) or `"fieller"`. */
  readonly relativeMethod?: "delta" | "fieller";
}

/**
 * The result of {@link proportionTest}.
 *
 * @category Experiments
 */
export interface ProportionTestResult extends Comparison {
  readonly controlRate: number;
  readonly treatmentRate: number;
}

const KEYS = ["alpha", "alternative", "relativeMethod"];

/** @internal The kernel behind {@link proportionTest} (validated inputs). */
export function proportionKernel(c: Counts, t: Counts, alpha: number, alternative: Alternative, relativeMethod: "delta" | "fieller"): ProportionTestResult {
  const pc = c.conversions / c.n;
  const pt = t.conversions / t.n;
  const d = pt - pc;
  const pooled = (c.conversions + t.conversions) / (c.n + t.n);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / c.n + 1 / t.n));
  const vc = (pc * (1 - pc)) / c.n;
  const vt = (pt * (1 - pt)) / t.n;
  const se = Math.sqrt(vc + vt);
  const method = "two-proportion z";
  if (se0 === 0) {
    return {
      method, controlRate: pc, treatmentRate: pt, difference: 0, ciLow: 0, ciHigh: 0, statistic: 0, pValue: 1, alpha, alternative,
      relative: pc === 0 ? undefined : { lift: 0, ciLow: 0, ciHigh: 0, method: relativeMethod },
      measurable: false,
      note: `no difference measurable: every visitor ${pooled === 0 ? "did not convert" : "converted"} in both groups.`,
    };
  }
  const z = d / se0;
  const pValue = pFromCdf(normalCdf(z), normalCdf(-z), alternative);
  const q = normalQuantile(1 - (alternative === "two-sided" ? alpha / 2 : alpha));
  const ciLow = alternative === "less" ? -1 : Math.max(-1, d - q * se);
  const ciHigh = alternative === "greater" ? 1 : Math.min(1, d + q * se);
  const relative = relativeLiftKernel({ mean: pc, variance: vc }, { mean: pt, variance: vt }, normalQuantile(1 - alpha / 2), relativeMethod);
  return { method, controlRate: pc, treatmentRate: pt, difference: d, ciLow, ciHigh, statistic: z, pValue, alpha, alternative, relative, measurable: true, note: undefined };
}

/**
 * Compares two conversion rates: the two-proportion z-test (pooled under the null, identical to
 * R's `prop.test(correct = FALSE)`, whose χ² is z²) with a Wald interval of the difference
 * `p_treatment − p_control`, and the relative lift with a delta-method or Fieller interval.
 *
 * @param control - `{ n, conversions }` of the control group
 * @param treatment - `{ n, conversions }` of the treatment group
 * @param options - alpha, alternative, relativeMethod
 * @returns rates, difference with CI, z, p-value and relative lift
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative or fractional counts, conversions > n,
 *   alpha outside (0, 1); `EMPTY` for n = 0
 *
 * @example
 * ```ts
 * import { proportionTest } from "@dpm/impact";
 *
 * const r = proportionTest({ n: 1000, conversions: 50 }, { n: 1000, conversions: 68 });
 * r.difference.toFixed(3); // => "0.018"
 * r.pValue.toFixed(4); // => "0.0876"
 * ```
 *
 * @category Experiments
 */
export function proportionTest(control: ProportionGroup, treatment: ProportionGroup, options?: ProportionTestOptions): ProportionTestResult {
  const fn = "proportionTest";
  const o = checkOptions(options, KEYS, fn, "{ alpha: 0.05 }");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const relativeMethod = checkChoice(o.relativeMethod ?? "delta", ["delta", "fieller"], fn, "relativeMethod");
  return proportionKernel(readCounts(control, fn, "control"), readCounts(treatment, fn, "treatment"), alpha, alternative, relativeMethod);
}
