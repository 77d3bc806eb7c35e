import { DpmError, normalCdf, normalPdf } from "@dpm/core";
import type { UniformSource } from "../random/UniformStream.js";
import { checkX, DistributionImpl, finiteParam, ndtri, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";

/** @internal */
export class LognormalImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "lognormal" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support = [0, Infinity] as const;

  constructor(readonly mu: number, readonly sigma: number) {
    super();
    const s2 = sigma * sigma;
    this.mean = Math.exp(mu + s2 / 2);
    this.variance = Math.expm1(s2) * Math.exp(2 * mu + s2);
    this.params = Object.freeze({ mu, sigma });
  }

  pdf(x: number): number {
    checkX(x, "lognormal.pdf");
    return x <= 0 ? 0 : normalPdf((Math.log(x) - this.mu) / this.sigma) / (this.sigma * x);
  }
  _cdf(x: number): number {
    return x <= 0 ? 0 : x === Infinity ? 1 : normalCdf((Math.log(x) - this.mu) / this.sigma);
  }
  override _sf(x: number): number {
    return x <= 0 ? 1 : x === Infinity ? 0 : normalCdf((this.mu - Math.log(x)) / this.sigma);
  }
  _quantile(p: number): number {
    return Math.exp(this.mu + this.sigma * ndtri(p));
  }
  override _isf(q: number): number {
    return Math.exp(this.mu - this.sigma * ndtri(q));
  }
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    this._quantileInto(out, out, from, to);
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    const { mu, sigma } = this;
    for (let i = from; i < to; i++) out[i] = Math.exp(mu + sigma * ndtri(u[i] as number));
  }
  override _fromNormalInto(z: Float64Array, out: Float64Array, from: number, to: number): void {
    const { mu, sigma } = this;
    for (let i = from; i < to; i++) out[i] = Math.exp(mu + sigma * (z[i] as number));
  }
  toJSON(): DistributionJson {
    return { type: "lognormal", mu: this.mu, sigma: this.sigma };
  }
}

/**
 * Parameters of {@link lognormal}: the log-scale `mu`/`sigma`, or the arithmetic `mean`/`sd`.
 *
 * @category Distributions
 */
export type LognormalParams = { readonly mu: number; readonly sigma: number } | { readonly mean: number; readonly sd: number };

/**
 * The lognormal distribution: X = e^Y with Y ~ N(mu, sigma²). Give either the log-scale
 * parameters, or the arithmetic mean and sd of X, which are converted with
 * σ² = ln(1 + sd²/mean²) and μ = ln(mean) − σ²/2.
 *
 * @param params - `{ mu, sigma }` (sigma > 0) or `{ mean, sd }` (both > 0)
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for sigma, mean or sd ≤ 0 or neither parameter pair
 *
 * @example
 * ```ts
 * import { lognormal } from "@dpm/montecarlo";
 *
 * const unitCost = lognormal({ mean: 6, sd: 0.8 });
 * unitCost.params.mu.toFixed(6); // => "1.782949"
 * unitCost.params.sigma.toFixed(6); // => "0.132746"
 * unitCost.mean.toFixed(10); // => "6.0000000000"
 * ```
 *
 * @category Distributions
 */
export function lognormal(params: LognormalParams): ContinuousDistribution {
  const fn = "lognormal";
  if (typeof params === "object" && params !== null && "mu" in params && "sigma" in params) {
    return new LognormalImpl(finiteParam(params.mu, "mu", fn), finiteParam(params.sigma, "sigma", fn, true));
  }
  if (typeof params === "object" && params !== null && "mean" in params && "sd" in params) {
    const mean = finiteParam(params.mean, "mean", fn, true);
    const sd = finiteParam(params.sd, "sd", fn, true);
    const s2 = Math.log1p((sd / mean) ** 2);
    return new LognormalImpl(Math.log(mean) - s2 / 2, Math.sqrt(s2));
  }
  throw new DpmError("INVALID_ARGUMENT", `${fn}: pass { mu, sigma } (log scale) or { mean, sd } (arithmetic), e.g. lognormal({ mean: 6, sd: 0.8 }).`, { path: "params" });
}
