import { normalCdf, normalPdf } from "@dpm/core";
import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, ndtri, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class NormalImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "normal" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support = [-Infinity, Infinity] as const;

  constructor(readonly mu: number, readonly sigma: number) {
    super();
    this.mean = mu;
    this.variance = sigma * sigma;
    this.params = Object.freeze({ mean: mu, sd: sigma });
  }

  pdf(x: number): number {
    checkX(x, "normal.pdf");
    return normalPdf((x - this.mu) / this.sigma) / this.sigma;
  }
  _cdf(x: number): number {
    return x === Infinity ? 1 : x === -Infinity ? 0 : normalCdf((x - this.mu) / this.sigma);
  }
  override _sf(x: number): number {
    return x === Infinity ? 0 : x === -Infinity ? 1 : normalCdf((this.mu - x) / this.sigma);
  }
  _quantile(p: number): number {
    return this.mu + this.sigma * ndtri(p);
  }
  override _isf(q: number): number {
    return this.mu - this.sigma * ndtri(q);
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    const { mu, sigma } = this;
    for (let i = from; i < to; i++) out[i] = mu + sigma * ndtri(out[i] as number);
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    const { mu, sigma } = this;
    for (let i = from; i < to; i++) out[i] = mu + sigma * ndtri(u[i] as number);
  }
  override _fromNormalInto(z: Float64Array, out: Float64Array, from: number, to: number): void {
    const { mu, sigma } = this;
    for (let i = from; i < to; i++) out[i] = mu + sigma * (z[i] as number);
  }
  toJSON(): DistributionJson {
    return { type: "normal", mean: this.mu, sd: this.sigma };
  }
}

/**
 * The normal (Gaussian) distribution N(mean, sd²). Draws by inversion (AS 241), so Latin
 * hypercube strata and common random numbers carry over exactly.
 *
 * @param mean - the mean μ
 * @param sd - the standard deviation σ > 0
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when sd ≤ 0, `NON_FINITE` for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { normal } from "@dpm/montecarlo";
 *
 * const units = normal(10_000, 1_500);
 * units.quantile(0.5); // => 10000
 * units.cdf(11_500).toFixed(4); // => "0.8413"
 * units.sample(3, 42).length; // => 3
 * ```
 *
 * @category Distributions
 */
export function normal(mean: number, sd: number): ContinuousDistribution {
  const fn = "normal";
  return new NormalImpl(finiteParam(mean, "mean", fn), finiteParam(sd, "sd", fn, true));
}
