import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, invalid, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class TriangularImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "triangular" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];
  private readonly fc: number;

  constructor(readonly a: number, readonly c: number, readonly b: number) {
    super();
    this.mean = (a + b + c) / 3;
    this.variance = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    this.support = [a, b];
    this.fc = (c - a) / (b - a);
    this.params = Object.freeze({ min: a, mode: c, max: b });
  }
  pdf(x: number): number {
    checkX(x, "triangular.pdf");
    const { a, b, c } = this;
    if (x < a || x > b) return 0;
    if (x < c) return (2 * (x - a)) / ((b - a) * (c - a));
    if (x === c) return 2 / (b - a);
    return (2 * (b - x)) / ((b - a) * (b - c));
  }
  _cdf(x: number): number {
    const { a, b, c } = this;
    if (x <= a) return 0;
    if (x >= b) return 1;
    if (x <= c) return (x - a) ** 2 / ((b - a) * (c - a));
    return 1 - (b - x) ** 2 / ((b - a) * (b - c));
  }
  override _sf(x: number): number {
    const { a, b, c } = this;
    if (x <= a) return 1;
    if (x >= b) return 0;
    if (x <= c) return 1 - (x - a) ** 2 / ((b - a) * (c - a));
    return (b - x) ** 2 / ((b - a) * (b - c));
  }
  _quantile(p: number): number {
    const { a, b, c } = this;
    return p < this.fc ? a + Math.sqrt(p * (b - a) * (c - a)) : b - Math.sqrt((1 - p) * (b - a) * (b - c));
  }
  override _isf(q: number): number {
    const { a, b, c } = this;
    return q <= 1 - this.fc ? b - Math.sqrt(q * (b - a) * (b - c)) : a + Math.sqrt((1 - q) * (b - a) * (c - a));
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    this._quantileInto(out, out, from, to);
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    const { a, b, fc } = this;
    const lo = (b - a) * (this.c - a);
    const hi = (b - a) * (b - this.c);
    for (let i = from; i < to; i++) {
      const p = u[i] as number;
      out[i] = p < fc ? a + Math.sqrt(p * lo) : b - Math.sqrt((1 - p) * hi);
    }
  }
  toJSON(): DistributionJson {
    return { type: "triangular", min: this.a, mode: this.c, max: this.b };
  }
}

/**
 * The triangular distribution on [min, max] with its peak at `mode` — the classic
 * "minimum / most likely / maximum" estimate.
 *
 * @param min - the smallest value
 * @param mode - the most likely value, min ≤ mode ≤ max
 * @param max - the largest value, > min
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when min ≥ max or the mode lies outside [min, max]
 *
 * @example
 * ```ts
 * import { triangular } from "@dpm/montecarlo";
 *
 * const price = triangular(8, 10, 13);
 * price.mean.toFixed(6); // => "10.333333"
 * price.variance.toFixed(6); // => "1.055556"
 * price.cdf(10); // => 0.4
 * ```
 *
 * @category Distributions
 */
export function triangular(min: number, mode: number, max: number): ContinuousDistribution {
  const fn = "triangular";
  finiteParam(min, "min", fn);
  finiteParam(mode, "mode", fn);
  finiteParam(max, "max", fn);
  if (!(min < max)) throw invalid(fn, "max", `must be greater than min, got min = ${min} and max = ${max}.`);
  if (mode < min || mode > max) throw invalid(fn, "mode", `must lie between min and max (${min} … ${max}), got ${mode}.`);
  return new TriangularImpl(min, mode, max);
}
