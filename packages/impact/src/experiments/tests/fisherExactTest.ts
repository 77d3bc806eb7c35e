import { checkOptions, logFactorial } from "@dpm/core";
import { ALTERNATIVES, checkChoice, readCounts } from "../internal/validate.js";
import type { Alternative } from "../internal/validate.js";
import type { ProportionGroup } from "./proportionTest.js";

/**
 * Options of {@link fisherExactTest}.
 *
 * @category Experiments
 */
export interface FisherExactTestOptions {
  /** `"greater"` tests whether treatment converts better (odds ratio > 1). Default `"two-sided"`. */
  readonly alternative?: Alternative;
}

/**
 * The result of {@link fisherExactTest}.
 *
 * @category Experiments
 */
export interface FisherExactTestResult {
  readonly method: "Fisher exact";
  readonly pValue: number;
  /** The sample odds ratio (treatment conversions × control failures) / (treatment failures × control conversions); Infinity when a cell is 0. */
  readonly oddsRatio: number;
  readonly alternative: Alternative;
}

/**
 * Fisher's exact test of two conversion rates, for small counts where the z-test's normal
 * approximation is poor. Conditions on the margins (hypergeometric distribution); the two-sided
 * p-value sums the tables no more likely than the observed one, exactly as R's `fisher.test`.
 *
 * @param control - `{ n, conversions }` of the control group
 * @param treatment - `{ n, conversions }` of the treatment group
 * @param options - alternative
 * @returns p-value and sample odds ratio
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative counts or conversions > n; `EMPTY` for n = 0
 *
 * @example
 * ```ts
 * import { fisherExactTest } from "@dpm/impact";
 *
 * // Fisher's lady tasting tea: 3 of 4 right vs 1 of 4
 * fisherExactTest({ n: 4, conversions: 1 }, { n: 4, conversions: 3 }).pValue.toFixed(4); // => "0.4857"
 * ```
 *
 * @category Experiments
 */
export function fisherExactTest(control: ProportionGroup, treatment: ProportionGroup, options?: FisherExactTestOptions): FisherExactTestResult {
  const fn = "fisherExactTest";
  const o = checkOptions(options, ["alternative"], fn, '{ alternative: "greater" }');
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const c = readCounts(control, fn, "control");
  const t = readCounts(treatment, fn, "treatment");
  // Table rows: treatment, control; columns: converted, not. x = treatment conversions.
  const x = t.conversions;
  const m = t.conversions + c.conversions; // column 1 total
  const nn = t.n - t.conversions + (c.n - c.conversions); // column 2 total
  const k = t.n; // row 1 total
  const lo = Math.max(0, k - nn);
  const hi = Math.min(k, m);
  const logDen = logFactorial(m + nn) - logFactorial(k) - logFactorial(m + nn - k);
  const logNum = (i: number) => logFactorial(m) - logFactorial(i) - logFactorial(m - i) + logFactorial(nn) - logFactorial(k - i) - logFactorial(nn - k + i);
  const d = new Float64Array(hi - lo + 1);
  let maxLog = -Infinity;
  for (let i = lo; i <= hi; i++) {
    const v = logNum(i) - logDen;
    d[i - lo] = v;
    if (v > maxLog) maxLog = v;
  }
  let total = 0;
  for (let j = 0; j < d.length; j++) {
    d[j] = Math.exp((d[j] as number) - maxLog);
    total += d[j] as number;
  }
  let p = 0;
  const observed = d[x - lo] as number;
  if (alternative === "two-sided") {
    const limit = observed * (1 + 1e-7);
    for (let j = 0; j < d.length; j++) if ((d[j] as number) <= limit) p += d[j] as number;
  } else if (alternative === "greater") {
    for (let j = x - lo; j < d.length; j++) p += d[j] as number;
  } else {
    for (let j = 0; j <= x - lo; j++) p += d[j] as number;
  }
  const a = t.conversions;
  const b = t.n - t.conversions;
  const cc = c.conversions;
  const dd = c.n - c.conversions;
  const oddsRatio = b * cc === 0 ? (a * dd === 0 ? Number.NaN : Infinity) : (a * dd) / (b * cc);
  return { method: "Fisher exact", pValue: Math.min(1, p / total), oddsRatio: Number.isNaN(oddsRatio) ? 1 : oddsRatio, alternative };
}
