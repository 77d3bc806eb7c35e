import { checkOptions, normalCdf, normalPdf, normalQuantile } from "@dpm/core";
import { checkAlpha, readSummary } from "../internal/validate.js";
import type { MeanGroup } from "../tests/welchTTest.js";

/**
 * Options of {@link bayesMeans}.
 *
 * @category Bayesian
 */
export interface BayesMeansOptions {
  /** Credible level (default 0.95). */
  readonly credibleLevel?: number;
}

/**
 * The result of {@link bayesMeans}.
 *
 * @category Bayesian
 */
export interface BayesMeansResult {
  readonly difference: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** P(treatment mean > control mean | data). */
  readonly probabilityTreatmentBetter: number;
  /** E[max(control − treatment, 0)] per unit: the expected loss of shipping treatment. */
  readonly expectedLossTreatment: number;
  /** E[max(treatment − control, 0)] per unit: the expected loss of keeping control. */
  readonly expectedLossControl: number;
  /** False when both groups have zero variance. */
  readonly measurable: boolean;
}

/**
 * Bayesian readout of a continuous metric by the normal approximation (flat prior): the difference
 * of means is N(d, se²) a posteriori, which gives P(treatment better) = Φ(d / se), closed-form
 * expected losses and a credible interval.
 *
 * @param control - control values (≥ 2) or `{ n, mean, variance }`
 * @param treatment - treatment values (≥ 2) or `{ n, mean, variance }`
 * @param options - credibleLevel
 * @returns the posterior difference, P(treatment better) and expected losses
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT`/`EMPTY` for groups with fewer than 2 values; `NON_FINITE`; `INVALID_ARGUMENT` for a level outside (0, 1)
 *
 * @example
 * ```ts
 * import { bayesMeans } from "@dpm/impact";
 *
 * const r = bayesMeans({ n: 5000, mean: 2.1, variance: 90 }, { n: 5000, mean: 2.5, variance: 95 });
 * r.probabilityTreatmentBetter.toFixed(3); // => "0.981"
 * ```
 *
 * @category Bayesian
 */
export function bayesMeans(control: MeanGroup, treatment: MeanGroup, options?: BayesMeansOptions): BayesMeansResult {
  const fn = "bayesMeans";
  const o = checkOptions(options, ["credibleLevel"], fn, "{ credibleLevel: 0.95 }");
  const level = checkAlpha(o.credibleLevel ?? 0.95, fn, "credibleLevel");
  const c = readSummary(control, fn, "control");
  const t = readSummary(treatment, fn, "treatment");
  const d = t.mean - c.mean;
  const se = Math.sqrt(c.variance / c.n + t.variance / t.n);
  if (se === 0) {
    return { difference: d, ciLow: d, ciHigh: d, probabilityTreatmentBetter: d > 0 ? 1 : d < 0 ? 0 : 0.5, expectedLossTreatment: Math.max(0, -d), expectedLossControl: Math.max(0, d), measurable: false };
  }
  const z = d / se;
  const q = normalQuantile(1 - (1 - level) / 2);
  const lossT = se * normalPdf(z) - d * normalCdf(-z);
  return { difference: d, ciLow: d - q * se, ciHigh: d + q * se, probabilityTreatmentBetter: normalCdf(z), expectedLossTreatment: lossT, expectedLossControl: lossT + d, measurable: true };
}
