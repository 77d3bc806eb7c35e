import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, invalid, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class UniformImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "uniform" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];

  constructor(readonly min: number, readonly max: number) {
    super();
    this.mean = (min + max) / 2;
    this.variance = (max - min) ** 2 / 12;
    this.support = [min, max];
    this.params = Object.freeze({ min, max });
  }
  pdf(x: number): number {
    checkX(x, "uniform.pdf");
    return x < this.min || x > this.max ? 0 : 1 / (this.max - this.min);
  }
  _cdf(x: number): number {
    return x <= this.min ? 0 : x >= this.max ? 1 : (x - this.min) / (this.max - this.min);
  }
  _quantile(p: number): number {
    return this.min + p * (this.max - this.min);
  }
  override _isf(q: number): number {
    return this.max - q * (this.max - this.min);
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    this._quantileInto(out, out, from, to);
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    const { min } = this;
    const w = this.max - min;
    for (let i = from; i < to; i++) out[i] = min + (u[i] as number) * w;
  }
  toJSON(): DistributionJson {
    return { type: "uniform", min: this.min, max: this.max };
  }
}

/**
 * The continuous uniform distribution on [min, max].
 *
 * @param min - the lower end
 * @param max - the upper end, > min
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when min ≥ max
 *
 * @example
 * ```ts
 * import { uniform } from "@dpm/montecarlo";
 *
 * const fixedCost = uniform(20_000, 30_000);
 * fixedCost.mean; // => 25000
 * fixedCost.quantile(0.1); // => 21000
 * ```
 *
 * @category Distributions
 */
export function uniform(min: number, max: number): ContinuousDistribution {
  const fn = "uniform";
  finiteParam(min, "min", fn);
  finiteParam(max, "max", fn);
  if (!(min < max)) throw invalid(fn, "max", `must be greater than min, got min = ${min} and max = ${max}.`);
  return new UniformImpl(min, max);
}
