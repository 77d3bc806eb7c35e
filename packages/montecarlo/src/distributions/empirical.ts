import { checkOptions, DpmError, normalCdf, normalPdf, toFiniteArray } from "@dpm/core";
import { solveMonotone } from "../math/solveMonotone.js";
import type { UniformSource } from "../random/UniformStream.js";
import { DiscreteValuesImpl } from "./discrete.js";
import { checkX, DistributionImpl, finiteParam, ndtri, type ContinuousDistribution, type Distribution, type DistributionJson } from "./Distribution.js";

/** @internal Gaussian kernel density estimate: the smoothed bootstrap. */
export class KernelDensityImpl extends DistributionImpl implements ContinuousDistribution {
  readonly type = "empirical" as const;
  readonly discrete = false as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support = [-Infinity, Infinity] as const;

  constructor(readonly data: Float64Array, readonly bandwidth: number) {
    super();
    const n = data.length;
    let mean = 0;
    for (let i = 0; i < n; i++) mean += data[i] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((data[i] as number) - mean) ** 2;
    this.mean = mean;
    this.variance = ss / n + bandwidth * bandwidth;
    this.params = Object.freeze({ count: n, bandwidth });
  }
  pdf(x: number): number {
    checkX(x, "empirical.pdf");
    return this.density(x);
  }
  private density(x: number): number {
    const { data, bandwidth: h } = this;
    let s = 0;
    for (let i = 0; i < data.length; i++) s += normalPdf((x - (data[i] as number)) / h);
    return s / (data.length * h);
  }
  _cdf(x: number): number {
    const { data, bandwidth: h } = this;
    let s = 0;
    for (let i = 0; i < data.length; i++) s += normalCdf((x - (data[i] as number)) / h);
    return s / data.length;
  }
  override _sf(x: number): number {
    const { data, bandwidth: h } = this;
    let s = 0;
    for (let i = 0; i < data.length; i++) s += normalCdf(((data[i] as number) - x) / h);
    return s / data.length;
  }
  _quantile(p: number): number {
    if (p <= 0) return -Infinity;
    if (p >= 1) return Infinity;
    const { data, bandwidth: h } = this;
    const lo = (data[0] as number) + h * ndtri(p);
    const hi = (data[data.length - 1] as number) + h * ndtri(p);
    if (p <= 0.5) return solveMonotone((x) => this._cdf(x) - p, (x) => this.density(x), 0.5 * (lo + hi), lo - 1e-9 * Math.abs(lo), hi + 1e-9 * Math.abs(hi), 1e-14);
    const q = 1 - p;
    return solveMonotone((x) => q - this._sf(x), (x) => this.density(x), 0.5 * (lo + hi), lo - 1e-9 * Math.abs(lo), hi + 1e-9 * Math.abs(hi), 1e-14);
  }
  /** A data point chosen uniformly plus Gaussian noise of sd h (two uniforms per draw). */
  override _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    const { data, bandwidth: h } = this;
    const n = data.length;
    for (let i = from; i < to; i++) out[i] = (data[Math.min(n - 1, Math.floor(src.next() * n))] as number) + h * ndtri(src.next());
  }
  toJSON(): DistributionJson {
    return { type: "empirical", data: Array.from(this.data), smoothing: "kernel", bandwidth: this.bandwidth };
  }
}

/**
 * Options of {@link empirical}.
 *
 * @category Distributions
 */
export interface EmpiricalOptions {
  /**
   * `"none"` (default): the data themselves, each with probability 1/n (a bootstrap; discrete).
   * `"kernel"`: a Gaussian kernel density around the data (a smoothed bootstrap; continuous).
   */
  readonly smoothing?: "none" | "kernel";
  /** Kernel bandwidth h > 0 (default: Silverman's rule 0.9·min(sd, IQR/1.34)·n^(−1/5)). */
  readonly bandwidth?: number;
}

/**
 * The distribution of observed data, e.g. last year's daily demand, optionally smoothed by a
 * Gaussian kernel so draws can fall between (and slightly beyond) the observations.
 *
 * With smoothing the variance is the data's (divided by n) plus h², the CDF is an average of n
 * normal CDFs and the quantile is found by safeguarded Newton — O(n) per evaluation, so Latin
 * hypercube or correlated sampling of a large smoothed data set is slower than plain sampling.
 *
 * @param data - the observations (at least 1; at least 2 distinct values for smoothing)
 * @param options - `smoothing` and `bandwidth`
 * @returns a discrete distribution (no smoothing) or a continuous one (kernel)
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `NON_FINITE`, or `INVALID_ARGUMENT` for a bad bandwidth or
 *   constant data with kernel smoothing
 *
 * @example
 * ```ts
 * import { empirical } from "@dpm/montecarlo";
 *
 * const loaves = empirical([180, 220, 200, 240, 160]);
 * loaves.mean; // => 200
 * loaves.quantile(0.5); // => 200
 * const smooth = empirical([180, 220, 200, 240, 160], { smoothing: "kernel", bandwidth: 10 });
 * smooth.variance; // => 900 (800 from the data + 10²)
 * ```
 *
 * @category Distributions
 */
export function empirical(data: ArrayLike<number>, options: EmpiricalOptions = {}): Distribution {
  checkOptions(options, ["smoothing", "bandwidth"], "empirical", '{ smoothing: "kernel" }');
  const fn = "empirical";
  const values = toFiniteArray(data, "data", fn);
  const smoothing = options?.smoothing ?? "none";
  if (smoothing === "none") {
    const weights = new Float64Array(values.length).fill(1);
    const json = (): DistributionJson => ({ type: "empirical", data: Array.from(values), smoothing: "none" });
    return new DiscreteValuesImpl("empirical", values, weights, json);
  }
  if (smoothing !== "kernel") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: smoothing must be "none" or "kernel", got ${String(smoothing)}.`, { path: "options.smoothing" });
  }
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let bandwidth: number;
  if (options.bandwidth !== undefined) bandwidth = finiteParam(options.bandwidth, "bandwidth", fn, true);
  else {
    let mean = 0;
    for (const v of sorted) mean += v;
    mean /= n;
    let ss = 0;
    for (const v of sorted) ss += (v - mean) ** 2;
    const sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
    const at = (p: number) => {
      const h = (n - 1) * p;
      const lo = Math.floor(h);
      return (sorted[lo] as number) + (h - lo) * ((sorted[Math.min(n - 1, lo + 1)] as number) - (sorted[lo] as number));
    };
    const iqr = at(0.75) - at(0.25);
    const spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
    bandwidth = 0.9 * spread * n ** -0.2;
    if (!(bandwidth > 0)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: kernel smoothing needs data with some spread (all ${n} values are equal); pass options.bandwidth or use smoothing "none".`, {
        path: "data",
      });
    }
  }
  return new KernelDensityImpl(sorted, bandwidth);
}
