import { checkOptions, DpmError, normalPdf } from "@dpm/core";
import { integrate } from "../math/integrate.js";
import { checkX, DistributionImpl, finiteParam, implOf, isDistribution, type ContinuousDistribution, type DistributionJson } from "./Distribution.js";
import { NormalImpl } from "./normal.js";

/** @internal A continuous distribution restricted to [lower, upper] and renormalised. */
export class TruncatedImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "truncated" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];
  private readonly base: DistributionImpl & ContinuousDistribution;
  private readonly fa: number;
  private readonly sa: number;
  private readonly fb: number;
  private readonly sb: number;
  private readonly z: number;

  constructor(base: ContinuousDistribution, readonly lower: number, readonly upper: number) {
    super();
    this.base = implOf(base) as DistributionImpl & ContinuousDistribution;
    const b = this.base;
    const lo = Math.max(lower, base.support[0]);
    const hi = Math.min(upper, base.support[1]);
    this.support = [lo, hi];
    this.fa = b._cdf(lo);
    this.sa = b._sf(lo);
    this.fb = b._cdf(hi);
    this.sb = b._sf(hi);
    // The retained mass, from whichever tails are small.
    this.z = this.fb <= 0.5 ? this.fb - this.fa : this.sa <= 0.5 ? this.sa - this.sb : 1 - this.fa - this.sb;
    this.params = Object.freeze({ lower, upper, mass: this.z });
    const moments = b instanceof NormalImpl ? truncatedNormalMoments(b.mu, b.sigma, lo, hi) : this.numericMoments(lo, hi);
    this.mean = moments[0];
    this.variance = moments[1];
  }

  /** The retained probability mass under the base distribution. */
  get mass(): number {
    return this.z;
  }

  private numericMoments(lo: number, hi: number): [number, number] {
    const b = this.base;
    const center = b.mean;
    const w = (x: number) => b.pdf(x) / this.z;
    const m = integrate((x) => (x - center) * w(x), lo, hi) + center;
    const v = integrate((x) => (x - m) * (x - m) * w(x), lo, hi);
    return [m, v];
  }

  pdf(x: number): number {
    checkX(x, "truncated.pdf");
    return x < this.support[0] || x > this.support[1] ? 0 : this.base.pdf(x) / this.z;
  }
  _cdf(x: number): number {
    if (x <= this.support[0]) return 0;
    if (x >= this.support[1]) return 1;
    const v = this.fa <= 0.5 ? (this.base._cdf(x) - this.fa) / this.z : (this.sa - this.base._sf(x)) / this.z;
    return Math.min(1, Math.max(0, v));
  }
  override _sf(x: number): number {
    if (x <= this.support[0]) return 1;
    if (x >= this.support[1]) return 0;
    const v = this.sb <= 0.5 ? (this.base._sf(x) - this.sb) / this.z : (this.fb - this.base._cdf(x)) / this.z;
    return Math.min(1, Math.max(0, v));
  }
  _quantile(p: number): number {
    const pb = this.fa + p * this.z;
    const x = pb <= 0.5 ? this.base._quantile(pb) : this.base._isf(this.sa - p * this.z);
    return Math.min(this.support[1], Math.max(this.support[0], x));
  }
  override _isf(q: number): number {
    const qb = this.sb + q * this.z;
    const x = qb <= 0.5 ? this.base._isf(qb) : this.base._quantile(this.fb - q * this.z);
    return Math.min(this.support[1], Math.max(this.support[0], x));
  }
  toJSON(): DistributionJson {
    return { type: "truncated", base: this.base.toJSON(), lower: this.lower, upper: this.upper };
  }
}

/** Closed-form mean and variance of N(mu, sigma²) truncated to [a, b]. */
function truncatedNormalMoments(mu: number, sigma: number, a: number, b: number): [number, number] {
  const al = (a - mu) / sigma;
  const be = (b - mu) / sigma;
  const n = new NormalImpl(0, 1);
  const z = be <= 0 ? n._cdf(be) - n._cdf(al) : al >= 0 ? n._sf(al) - n._sf(be) : 1 - n._cdf(al) - n._sf(be);
  const pa = Number.isFinite(al) ? normalPdf(al) : 0;
  const pb = Number.isFinite(be) ? normalPdf(be) : 0;
  const apa = Number.isFinite(al) ? al * pa : 0;
  const bpb = Number.isFinite(be) ? be * pb : 0;
  const d = (pa - pb) / z;
  return [mu + sigma * d, sigma * sigma * (1 + (apa - bpb) / z - d * d)];
}

/**
 * Bounds of {@link truncate}; at least one.
 *
 * @category Distributions
 */
export interface TruncateOptions {
  /** Values below are impossible (default −Infinity). */
  readonly lower?: number;
  /** Values above are impossible (default +Infinity). */
  readonly upper?: number;
}

/**
 * Restricts a continuous distribution to [lower, upper] and renormalises it — e.g. demand that
 * cannot be negative: `truncate(normal(10_000, 1_500), { lower: 0 })`. Quantiles map through the
 * base distribution's tails (so a truncation deep in a tail stays accurate); draws are by
 * inversion. Mean and variance are closed-form for a normal base and by adaptive Gauss–Kronrod
 * quadrature (relative tolerance 1e-12) otherwise.
 *
 * @param distribution - any continuous distribution of this package (including a truncated one)
 * @param options - `lower` and/or `upper`
 * @returns the truncated distribution
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a discrete distribution, lower ≥ upper, or an
 *   interval with no probability under the distribution
 *
 * @example
 * ```ts
 * import { normal, truncate } from "@dpm/montecarlo";
 *
 * const halfNormal = truncate(normal(0, 1), { lower: 0 });
 * halfNormal.mean.toFixed(6); // => "0.797885" (√(2/π))
 * halfNormal.quantile(0.5).toFixed(6); // => "0.674490"
 * ```
 *
 * @category Distributions
 */
export function truncate(distribution: ContinuousDistribution, options: TruncateOptions): ContinuousDistribution {
  const fn = "truncate";
  if (!isDistribution(distribution)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: distribution must be made by this package, e.g. normal(10, 2).`, { path: "distribution" });
  }
  if (distribution.discrete) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: only continuous distributions can be truncated, got a ${distribution.type} distribution.`, { path: "distribution" });
  }
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: give lower and/or upper, e.g. { lower: 0 }.`, { path: "options" });
  checkOptions(options, ["lower", "upper"], fn, "{ lower: 0 }");
  const lower = options?.lower === undefined ? -Infinity : options.lower;
  const upper = options?.upper === undefined ? Infinity : options.upper;
  if (lower !== -Infinity) finiteParam(lower, "lower", fn);
  if (upper !== Infinity) finiteParam(upper, "upper", fn);
  if (lower === -Infinity && upper === Infinity) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: give lower and/or upper, e.g. { lower: 0 }.`, { path: "options" });
  }
  if (!(lower < upper)) throw new DpmError("INVALID_ARGUMENT", `${fn}: lower must be less than upper, got ${lower} and ${upper}.`, { path: "options.upper" });
  const d = new TruncatedImpl(distribution, lower, upper);
  if (!(d.mass > 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: [${lower}, ${upper}] has no probability under the ${distribution.type} distribution (it lies outside its support or beyond double precision in a tail).`, {
      path: "options",
    });
  }
  return d;
}
