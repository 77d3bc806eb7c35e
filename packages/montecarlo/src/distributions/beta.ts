import { DpmError, logBeta, regularizedBeta } from "@dpm/core";
import { solveMonotone } from "../math/solveMonotone.js";
import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, invalid, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";
import { logGammaDraw } from "./gammaKernels.js";

/** @internal Density of the standard Beta(a, b) on [0, 1]. */
export function betaDensity(a: number, b: number, x: number, lnB: number): number {
  if (x < 0 || x > 1) return 0;
  if (x === 0) return a < 1 ? Infinity : a === 1 ? Math.exp(-lnB) : 0;
  if (x === 1) return b < 1 ? Infinity : b === 1 ? Math.exp(-lnB) : 0;
  return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - lnB);
}

/**
 * @internal Quantile of the standard Beta(a, b): lower tail p, or upper tail q when `upper`.
 * Numerical Recipes' `invbetai` starting guess, then safeguarded Newton on the small tail.
 */
export function betaQuantile(a: number, b: number, p: number, upper: boolean, lnB: number): number {
  const lowerP = upper ? 1 - p : p;
  if (upper ? p >= 1 : p <= 0) return 0;
  if (upper ? p <= 0 : p >= 1) return 1;
  let x: number;
  if (a >= 1 && b >= 1) {
    const pp = lowerP < 0.5 ? lowerP : upper ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (lowerP < 0.5) z = -z;
    const al = (z * z - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (z * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    x = a / (a + b * Math.exp(2 * w));
  } else {
    const lna = Math.log(a / (a + b));
    const lnb = Math.log(b / (a + b));
    const t = Math.exp(a * lna) / a;
    const u = Math.exp(b * lnb) / b;
    const w = t + u;
    x = lowerP < t / w ? Math.pow(a * w * lowerP, 1 / a) : 1 - Math.pow(b * w * (upper ? p : 1 - p), 1 / b);
  }
  const useUpper = lowerP > 0.5;
  const target = useUpper ? (upper ? p : 1 - p) : lowerP;
  const f = useUpper ? (v: number) => target - regularizedBeta(a, b, v, true) : (v: number) => regularizedBeta(a, b, v, false) - target;
  return solveMonotone(f, (v) => betaDensity(a, b, v, lnB), x, 0, 1);
}

/** @internal Beta(a, b) scaled to [min, max]; also the engine of PERT. */
export class ScaledBetaImpl extends DistributionImpl implements ContinuousDistribution {
  readonly discrete = false as const;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];
  private readonly lnB: number;
  private readonly width: number;

  constructor(
    readonly type: "beta" | "pert",
    readonly params: Readonly<Record<string, number>>,
    readonly a: number,
    readonly b: number,
    readonly min: number,
    readonly max: number,
  ) {
    super();
    this.width = max - min;
    this.lnB = logBeta(a, b);
    this.mean = min + (this.width * a) / (a + b);
    this.variance = (this.width * this.width * a * b) / ((a + b) * (a + b) * (a + b + 1));
    this.support = [min, max];
  }
  pdf(x: number): number {
    checkX(x, `${this.type}.pdf`);
    return betaDensity(this.a, this.b, (x - this.min) / this.width, this.lnB) / this.width;
  }
  _cdf(x: number): number {
    return regularizedBeta(this.a, this.b, (x - this.min) / this.width, false);
  }
  override _sf(x: number): number {
    return regularizedBeta(this.a, this.b, (x - this.min) / this.width, true);
  }
  _quantile(p: number): number {
    return this.min + this.width * betaQuantile(this.a, this.b, p, false, this.lnB);
  }
  override _isf(q: number): number {
    return this.min + this.width * betaQuantile(this.a, this.b, q, true, this.lnB);
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    const { a, b, min, width } = this;
    for (let i = from; i < to; i++) {
      const lx = logGammaDraw(a, src);
      const ly = logGammaDraw(b, src);
      out[i] = min + width / (1 + Math.exp(ly - lx));
    }
  }
  toJSON(): DistributionJson {
    return this.type === "pert" ? { type: "pert", ...this.params } : { type: "beta", alpha: this.a, beta: this.b, min: this.min, max: this.max };
  }
}

/**
 * Range of {@link beta}.
 *
 * @category Distributions
 */
export interface BetaOptions {
  /** Lower end of the scaled range (default 0). */
  readonly min?: number;
  /** Upper end of the scaled range (default 1). */
  readonly max?: number;
}

/**
 * The beta distribution Beta(α, β) on [0, 1], or scaled to [min, max]: shares, rates and
 * conversion probabilities. CDF by the regularised incomplete beta function; plain draws from two
 * gamma draws.
 *
 * @param alpha - α > 0
 * @param beta - β > 0
 * @param options - optional `{ min, max }` (default 0 and 1)
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when α or β ≤ 0 or min ≥ max
 *
 * @example
 * ```ts
 * import { beta } from "@dpm/montecarlo";
 *
 * const conversion = beta(2, 3);
 * conversion.mean; // => 0.4
 * conversion.cdf(0.5).toFixed(12); // => "0.687500000000" (exact: P(Binomial(4, 0.5) ≥ 2) = 11/16)
 * conversion.quantile(0.5).toFixed(7); // => "0.3857276" (R: qbeta(0.5, 2, 3))
 * ```
 *
 * @category Distributions
 */
export function beta(alpha: number, beta: number, options: BetaOptions = {}): ContinuousDistribution {
  const fn = "beta";
  finiteParam(alpha, "alpha", fn, true);
  finiteParam(beta, "beta", fn, true);
  if (typeof options !== "object" || options === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object like { min, max }.`, { path: "options" });
  const min = finiteParam(options.min ?? 0, "min", fn);
  const max = finiteParam(options.max ?? 1, "max", fn);
  if (!(min < max)) throw invalid(fn, "max", `must be greater than min, got min = ${min} and max = ${max}.`);
  return new ScaledBetaImpl("beta", Object.freeze({ alpha, beta, min, max }), alpha, beta, min, max);
}
