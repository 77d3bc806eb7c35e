import { checkOptions, createRng, DpmError, logBeta, regularizedBeta } from "@dpm/core";
import type { Seed } from "@dpm/core";
import { betaDraw } from "../internal/betaSampler.js";
import { betaQuantile } from "../internal/distributions.js";
import { checkAlpha, checkNumber, checkPositiveInteger, readCounts } from "../internal/validate.js";
import type { ProportionGroup } from "../tests/proportionTest.js";

/**
 * Options of {@link bayesProportions}.
 *
 * @category Bayesian
 */
export interface BayesProportionsOptions {
  /** Beta prior `{ alpha, beta }` of each rate (default `{ alpha: 1, beta: 1 }`, uniform). */
  readonly prior?: { readonly alpha: number; readonly beta: number };
  /** Credible level of the intervals (default 0.95). */
  readonly credibleLevel?: number;
  /** Posterior draws for the relative-lift interval (default 100,000; at most 10,000,000). */
  readonly draws?: number;
  /** Seed of those draws (default 1). */
  readonly seed?: Seed;
}

/**
 * The posterior of one conversion rate.
 *
 * @category Bayesian
 */
export interface RatePosterior {
  readonly alpha: number;
  readonly beta: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/**
 * The result of {@link bayesProportions}.
 *
 * @category Bayesian
 */
export interface BayesProportionsResult {
  readonly control: RatePosterior;
  readonly treatment: RatePosterior;
  /** P(treatment rate > control rate | data). */
  readonly probabilityTreatmentBetter: number;
  /** E[max(control − treatment, 0)]: the conversion you expect to lose by shipping treatment. */
  readonly expectedLossTreatment: number;
  /** E[max(treatment − control, 0)]: the conversion you expect to lose by keeping control. */
  readonly expectedLossControl: number;
  /** Credible interval of the relative lift treatment / control − 1 (seeded Monte Carlo). */
  readonly liftCiLow: number;
  readonly liftCiHigh: number;
  readonly liftMedian: number;
}

const KEYS = ["prior", "credibleLevel", "draws", "seed"];

/** ∫ f_B(x) g(x) dx over B's posterior by composite Simpson on its central range. */
function integrateOver(aB: number, bB: number, g: (x: number) => number): number {
  const lo = betaQuantile(1e-12, aB, bB);
  const hi = betaQuantile(1 - 1e-12, aB, bB);
  const m = 4000;
  const h = (hi - lo) / m;
  const lb = logBeta(aB, bB);
  let s = 0;
  for (let j = 0; j <= m; j++) {
    const x = lo + j * h;
    const f = x <= 0 || x >= 1 ? 0 : Math.exp((aB - 1) * Math.log(x) + (bB - 1) * Math.log1p(-x) - lb);
    s += (j === 0 || j === m ? 1 : j % 2 === 1 ? 4 : 2) * f * g(x);
  }
  return (s * h) / 3;
}

const upperBeta = (x: number, a: number, b: number) => (x <= 0 ? 1 : x >= 1 ? 0 : regularizedBeta(a, b, x, true));

/**
 * Bayesian readout of a conversion test with Beta–Binomial posteriors: the probability that
 * treatment beats control and the expected loss of shipping each (by numerical integration, no
 * sampling noise), credible intervals of both rates, and a seeded Monte Carlo interval of the
 * relative lift.
 *
 * @param control - `{ n, conversions }` of control
 * @param treatment - `{ n, conversions }` of treatment
 * @param options - prior, credibleLevel, draws, seed
 * @returns posteriors, P(treatment better), expected losses, lift interval
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad counts, a prior that is not positive, a level outside (0, 1), draws outside 1 … 10⁷
 *
 * @example
 * ```ts
 * import { bayesProportions } from "@dpm/impact";
 *
 * const r = bayesProportions({ n: 1000, conversions: 50 }, { n: 1000, conversions: 68 });
 * r.probabilityTreatmentBetter.toFixed(3); // => "0.956"
 * ```
 *
 * @category Bayesian
 */
export function bayesProportions(control: ProportionGroup, treatment: ProportionGroup, options?: BayesProportionsOptions): BayesProportionsResult {
  const fn = "bayesProportions";
  const o = checkOptions(options, KEYS, fn, "{ prior: { alpha: 1, beta: 1 } }");
  const c = readCounts(control, fn, "control");
  const t = readCounts(treatment, fn, "treatment");
  const prior = o.prior ?? { alpha: 1, beta: 1 };
  if (typeof prior !== "object" || prior === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: prior must be { alpha, beta }, e.g. { alpha: 1, beta: 1 }.`, { path: "options.prior" });
  const pa = checkNumber(prior.alpha, fn, "options.prior.alpha", Number.MIN_VALUE, 1e12, "a positive Beta prior parameter");
  const pb = checkNumber(prior.beta, fn, "options.prior.beta", Number.MIN_VALUE, 1e12, "a positive Beta prior parameter");
  const level = checkAlpha(o.credibleLevel ?? 0.95, fn, "credibleLevel");
  const draws = checkPositiveInteger(o.draws ?? 100_000, fn, "options.draws", 10_000_000);
  const aA = pa + c.conversions;
  const bA = pb + c.n - c.conversions;
  const aB = pa + t.conversions;
  const bB = pb + t.n - t.conversions;
  const q = (1 - level) / 2;
  const post = (a: number, b: number): RatePosterior => ({ alpha: a, beta: b, mean: a / (a + b), ciLow: betaQuantile(q, a, b), ciHigh: betaQuantile(1 - q, a, b) });
  const mA = aA / (aA + bA);
  const mB = aB / (aB + bB);
  const probabilityTreatmentBetter = Math.min(1, Math.max(0, integrateOver(aB, bB, (x) => 1 - upperBeta(x, aA, bA))));
  // E[max(A − B, 0)] = ∫ f_B(x) [m_A P(A' > x) − x P(A > x)] dx, A' ~ Beta(a_A + 1, b_A).
  const expectedLossTreatment = Math.max(0, integrateOver(aB, bB, (x) => mA * upperBeta(x, aA + 1, bA) - x * upperBeta(x, aA, bA)));
  // E[max(B − A, 0)] = E[B − A] + E[max(A − B, 0)].
  const expectedLossControl = Math.max(0, mB - mA + expectedLossTreatment);
  const rng = createRng(o.seed ?? 1);
  const lifts = new Float64Array(draws);
  for (let i = 0; i < draws; i++) lifts[i] = betaDraw(rng, aB, bB) / betaDraw(rng, aA, bA) - 1;
  lifts.sort();
  const at = (p: number) => lifts[Math.min(draws - 1, Math.max(0, Math.round(p * (draws - 1))))] as number;
  return {
    control: post(aA, bA),
    treatment: post(aB, bB),
    probabilityTreatmentBetter,
    expectedLossTreatment,
    expectedLossControl,
    liftCiLow: at(q),
    liftCiHigh: at(1 - q),
    liftMedian: at(0.5),
  };
}
