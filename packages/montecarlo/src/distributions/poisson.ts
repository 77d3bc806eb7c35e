import { logFactorial, poissonPmf, regularizedGamma } from "@dpm/core";
import type { UniformSource } from "../random/UniformStream.js";
import { DiscreteIntegerImpl } from "./DiscreteIntegerImpl.js";
import { checkX, finiteParam, type DiscreteDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class PoissonImpl extends DiscreteIntegerImpl {
  readonly type = "poisson" as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support = [0, Infinity] as const;

  constructor(readonly lambda: number) {
    super();
    this.mean = lambda;
    this.variance = lambda;
    this.params = Object.freeze({ lambda });
  }
  pmf(x: number): number {
    checkX(x, "poisson.pmf");
    if (x < 0 || !Number.isInteger(x)) return 0;
    return poissonPmf(x, this.lambda);
  }
  _cdf(x: number): number {
    if (x < 0) return 0;
    if (x === Infinity) return 1;
    return regularizedGamma(Math.floor(x) + 1, this.lambda, true);
  }
  override _sf(x: number): number {
    if (x < 0) return 1;
    if (x === Infinity) return 0;
    return regularizedGamma(Math.floor(x) + 1, this.lambda, false);
  }
  protected tableEnd(): number {
    return Math.ceil(this.lambda + 40 * Math.sqrt(this.lambda) + 40);
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    const lam = this.lambda;
    if (lam < 10) {
      // Inversion by sequential search.
      const e = Math.exp(-lam);
      for (let i = from; i < to; i++) {
        const u = src.next();
        let k = 0;
        let p = e;
        let f = e;
        while (u > f && k < 1000) {
          k++;
          p *= lam / k;
          f += p;
        }
        out[i] = k;
      }
      return;
    }
    // PTRS, transformed rejection with squeeze (Hörmann 1993), as in NumPy.
    const slam = Math.sqrt(lam);
    const loglam = Math.log(lam);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (let i = from; i < to; i++) {
      for (;;) {
        const U = src.next() - 0.5;
        const V = src.next();
        const us = 0.5 - Math.abs(U);
        const k = Math.floor(((2 * a) / us + b) * U + lam + 0.43);
        if (us >= 0.07 && V <= vr) {
          out[i] = k;
          break;
        }
        if (k < 0 || (us < 0.013 && V > us)) continue;
        if (Math.log(V) + logInvAlpha - Math.log(a / (us * us) + b) <= -lam + k * loglam - logFactorial(k)) {
          out[i] = k;
          break;
        }
      }
    }
  }
  toJSON(): DistributionJson {
    return { type: "poisson", lambda: this.lambda };
  }
}

/**
 * The Poisson distribution: counts of independent events at rate λ per period (orders per day,
 * walk-ins per hour). CDF through the regularised incomplete gamma function; plain draws by
 * inversion for λ < 10 and by Hörmann's PTRS above.
 *
 * @param lambda - the mean λ > 0
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when λ ≤ 0
 *
 * @example
 * ```ts
 * import { poisson } from "@dpm/montecarlo";
 *
 * const orders = poisson(10);
 * orders.pmf(10).toFixed(6); // => "0.125110"
 * orders.quantile(0.95); // => 15 (R: qpois(0.95, 10))
 * ```
 *
 * @category Distributions
 */
export function poisson(lambda: number): DiscreteDistribution {
  return new PoissonImpl(finiteParam(lambda, "lambda", "poisson", true));
}
