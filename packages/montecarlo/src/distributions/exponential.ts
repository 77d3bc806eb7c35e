import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class ExponentialImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "exponential" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support = [0, Infinity] as const;

  constructor(readonly rate: number) {
    super();
    this.mean = 1 / rate;
    this.variance = 1 / (rate * rate);
    this.params = Object.freeze({ rate });
  }
  pdf(x: number): number {
    checkX(x, "exponential.pdf");
    return x < 0 ? 0 : this.rate * Math.exp(-this.rate * x);
  }
  _cdf(x: number): number {
    return x <= 0 ? 0 : -Math.expm1(-this.rate * x);
  }
  override _sf(x: number): number {
    return x <= 0 ? 1 : Math.exp(-this.rate * x);
  }
  _quantile(p: number): number {
    return -Math.log1p(-p) / this.rate;
  }
  override _isf(q: number): number {
    return -Math.log(q) / this.rate;
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    this._quantileInto(out, out, from, to);
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    const r = this.rate;
    for (let i = from; i < to; i++) out[i] = -Math.log1p(-(u[i] as number)) / r;
  }
  toJSON(): DistributionJson {
    return { type: "exponential", rate: this.rate };
  }
}

/**
 * The exponential distribution with the given rate (mean 1/rate): time between independent
 * events, e.g. days between orders.
 *
 * @param rate - λ > 0
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when rate ≤ 0
 *
 * @example
 * ```ts
 * import { exponential } from "@dpm/montecarlo";
 *
 * const gap = exponential(0.5);
 * gap.mean; // => 2
 * gap.cdf(2).toFixed(6); // => "0.632121"
 * ```
 *
 * @category Distributions
 */
export function exponential(rate: number): ContinuousDistribution {
  return new ExponentialImpl(finiteParam(rate, "rate", "exponential", true));
}
