import { assertInteger, binomialPmf, logFactorial, regularizedBeta } from "@dpm/core";
import type { UniformSource } from "../random/UniformStream.js";
import { DiscreteIntegerImpl } from "./DiscreteIntegerImpl.js";
import { checkX, finiteParam, invalid, type DiscreteDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class BinomialImpl extends DiscreteIntegerImpl {
  readonly type = "binomial" as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];

  constructor(readonly n: number, readonly p: number) {
    super();
    this.mean = n * p;
    this.variance = n * p * (1 - p);
    this.support = [0, n];
    this.params = Object.freeze({ n, p });
  }
  pmf(x: number): number {
    checkX(x, "binomial.pmf");
    const { n, p } = this;
    if (x < 0 || x > n || !Number.isInteger(x)) return 0;
    return binomialPmf(x, n, p);
  }
  _cdf(x: number): number {
    const { n, p } = this;
    if (x < 0) return 0;
    if (x >= n) return 1;
    const k = Math.floor(x);
    if (p === 0) return 1;
    if (p === 1) return 0;
    return regularizedBeta(k + 1, n - k, p, true);
  }
  override _sf(x: number): number {
    const { n, p } = this;
    if (x < 0) return 1;
    if (x >= n) return 0;
    const k = Math.floor(x);
    if (p === 0) return 0;
    if (p === 1) return 1;
    return regularizedBeta(k + 1, n - k, p, false);
  }
  protected tableEnd(): number {
    return this.n;
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    const { n } = this;
    const flip = this.p > 0.5;
    const p = flip ? 1 - this.p : this.p;
    const q = 1 - p;
    if (p === 0) {
      out.fill(flip ? n : 0, from, to);
      return;
    }
    if (n * p < 10) {
      // Inversion by sequential search from 0 (NumPy's binomial_inversion).
      const qn = Math.exp(n * Math.log1p(-p));
      const np = n * p;
      const bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
      for (let i = from; i < to; i++) {
        let x = 0;
        let px = qn;
        let u = src.next();
        while (u > px) {
          x++;
          if (x > bound) {
            x = 0;
            px = qn;
            u = src.next();
          } else {
            u -= px;
            px = ((n - x + 1) * p * px) / (x * q);
          }
        }
        out[i] = flip ? n - x : x;
      }
      return;
    }
    // BTRS, transformed rejection with squeeze (Hörmann 1993).
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / q);
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (let i = from; i < to; i++) {
      for (;;) {
        const u = src.next() - 0.5;
        let v = src.next();
        const us = 0.5 - Math.abs(u);
        const k = Math.floor(((2 * a) / us + b) * u + c);
        if (k < 0 || k > n) continue;
        if (us >= 0.07 && v <= vr) {
          out[i] = flip ? n - k : k;
          break;
        }
        v = Math.log((v * alpha) / (a / (us * us) + b));
        if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) {
          out[i] = flip ? n - k : k;
          break;
        }
      }
    }
  }
  toJSON(): DistributionJson {
    return { type: "binomial", n: this.n, p: this.p };
  }
}

/**
 * The binomial distribution: successes in n independent trials with probability p each (buyers
 * among n leads). CDF through the regularised incomplete beta function; plain draws by inversion
 * when n·min(p, 1 − p) < 10 and by Hörmann's BTRS above — both exact.
 *
 * @param n - number of trials, an integer ≥ 0
 * @param p - success probability in [0, 1]
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when n is not a non-negative integer or p is outside [0, 1]
 *
 * @example
 * ```ts
 * import { binomial } from "@dpm/montecarlo";
 *
 * const buyers = binomial(10, 0.3);
 * buyers.mean; // => 3
 * buyers.cdf(3).toFixed(7); // => "0.6496107" (R: pbinom(3, 10, 0.3))
 * buyers.quantile(0.5); // => 3
 * ```
 *
 * @category Distributions
 */
export function binomial(n: number, p: number): DiscreteDistribution {
  const fn = "binomial";
  assertInteger(n, "n", fn, 0);
  finiteParam(p, "p", fn);
  if (p < 0 || p > 1) throw invalid(fn, "p", `must be a probability in [0, 1], got ${p}.`);
  return new BinomialImpl(n, p);
}
