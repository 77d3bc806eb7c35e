import { checkOptions, DpmError } from "@dpm/core";
import { ALTERNATIVES, checkAlpha, checkChoice, readValues } from "../internal/validate.js";
import type { Alternative } from "../internal/validate.js";
import { welchKernel } from "../tests/welchTTest.js";
import type { MeanTestResult } from "../tests/welchTTest.js";

/**
 * One group of a CUPED analysis: the metric per unit during the experiment and the same units'
 * pre-experiment covariate (usually the same metric in the weeks before).
 *
 * @category Experiments
 */
export interface CupedGroup {
  readonly values: ArrayLike<number>;
  readonly covariate: ArrayLike<number>;
}

/**
 * Options of {@link cupedTest}.
 *
 * @category Experiments
 */
export interface CupedTestOptions {
  readonly alpha?: number;
  readonly alternative?: Alternative;
}

/**
 * The result of {@link cupedTest}: a Welch test on the adjusted metric.
 *
 * @category Experiments
 */
export interface CupedTestResult extends MeanTestResult {
  /** θ = cov(y, x) / var(x), pooled over both groups. */
  readonly theta: number;
  /** Pooled correlation ρ of metric and covariate. */
  readonly correlation: number;
  /** Variance of the adjusted metric over that of the raw metric: 1 − ρ² (0.64 = 36 % less variance). */
  readonly varianceRatio: number;
}

/**
 * CUPED (Deng et al. 2013) variance reduction: subtracts θ·(x − x̄) from each unit's metric, where
 * x is a pre-experiment covariate, and runs Welch's t-test on the adjusted values. The estimate
 * stays unbiased (randomisation makes x independent of assignment) while the variance shrinks by
 * the factor 1 − ρ², so the same effect is detected with fewer units.
 *
 * @param control - `{ values, covariate }` of control (equal lengths, ≥ 2)
 * @param treatment - `{ values, covariate }` of treatment
 * @param options - alpha, alternative
 * @returns the Welch result on adjusted values, θ, ρ and the variance ratio
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH` when values and covariate differ in length; `TOO_SHORT`/`EMPTY`; `NON_FINITE`; `INVALID_ARGUMENT` for a constant covariate
 *
 * @example
 * ```ts
 * import { cupedTest } from "@dpm/impact";
 *
 * const r = cupedTest(
 *   { values: [10, 12, 9, 15, 11, 13], covariate: [9, 11, 9, 14, 10, 12] },
 *   { values: [12, 14, 10, 17, 13, 15], covariate: [9, 11, 8, 14, 10, 12] },
 * );
 * r.varianceRatio.toFixed(2); // => "0.21"
 * r.difference.toFixed(2); // => "2.01"
 * ```
 *
 * @category Experiments
 */
export function cupedTest(control: CupedGroup, treatment: CupedGroup, options?: CupedTestOptions): CupedTestResult {
  const fn = "cupedTest";
  const o = checkOptions(options, ["alpha", "alternative"], fn, "{ alpha: 0.05 }");
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const alternative = checkChoice(o.alternative ?? "two-sided", ALTERNATIVES, fn, "alternative");
  const read = (g: CupedGroup, name: string) => {
    if (typeof g !== "object" || g === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be { values, covariate }.`, { path: name });
    const y = readValues(g.values, fn, `${name}.values`);
    const x = readValues(g.covariate, fn, `${name}.covariate`);
    if (x.length !== y.length) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: ${name}.values has ${y.length} units but ${name}.covariate has ${x.length}; pass one covariate per unit.`, { path: `${name}.covariate` });
    }
    return { y, x };
  };
  const c = read(control, "control");
  const t = read(treatment, "treatment");
  const n = c.y.length + t.y.length;
  let sx = 0;
  let sy = 0;
  for (const g of [c, t]) for (let i = 0; i < g.y.length; i++) {
    sx += g.x[i] as number;
    sy += g.y[i] as number;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const g of [c, t]) for (let i = 0; i < g.y.length; i++) {
    const dx = (g.x[i] as number) - mx;
    const dy = (g.y[i] as number) - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: the covariate is the same for every unit, so it cannot reduce variance; use welchTTest instead.`, { path: "control.covariate" });
  const theta = sxy / sxx;
  const correlation = syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  const adjust = (g: { y: Float64Array; x: Float64Array }) => {
    let s = 0;
    for (let i = 0; i < g.y.length; i++) s += (g.y[i] as number) - theta * ((g.x[i] as number) - mx);
    const mean = s / g.y.length;
    let ss = 0;
    for (let i = 0; i < g.y.length; i++) {
      const d = (g.y[i] as number) - theta * ((g.x[i] as number) - mx) - mean;
      ss += d * d;
    }
    return { n: g.y.length, mean, variance: ss / (g.y.length - 1) };
  };
  const result = welchKernel(adjust(c), adjust(t), alpha, alternative, "delta", "CUPED Welch t");
  return { ...result, theta, correlation, varianceRatio: syy === 0 ? 1 : 1 - (sxy * sxy) / (sxx * syy) };
}
