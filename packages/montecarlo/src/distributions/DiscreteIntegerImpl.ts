import { ndtri } from "./Distribution.js";
import { DistributionImpl, type DiscreteDistribution } from "./Distribution.js";

/** Largest table of cumulative probabilities kept for fast quantiles. */
const TABLE_LIMIT = 1 << 17;

/**
 * @internal Shared machinery of the integer-valued families (Poisson, binomial): quantiles by
 * search on the same `_cdf` the public `cdf` uses (so `quantile(cdf(k)) = k` holds exactly),
 * through a lazily built table of cumulative probabilities when the support is small enough.
 */
export abstract class DiscreteIntegerImpl extends DistributionImpl implements DiscreteDistribution {
  readonly discrete = true as const;
  private table: Float64Array | undefined;

  abstract pmf(x: number): number;
  /** Largest k the table needs (where the cdf is 1 to double precision). */
  protected abstract tableEnd(): number;

  /** @internal Smallest k with cdf(k) ≥ p. */
  _quantile(p: number): number {
    const [lo, hi] = this.support;
    if (p <= 0) return lo;
    if (p >= 1) return hi;
    const table = this.cdfTable();
    if (table !== undefined && p <= (table[table.length - 1] as number)) {
      let a = 0;
      let b = table.length - 1;
      while (a < b) {
        const m = (a + b) >>> 1;
        if ((table[m] as number) >= p) b = m;
        else a = m + 1;
      }
      return a;
    }
    let k = Math.max(0, Math.min(hi, Math.floor(this.mean + this.sd * ndtri(p) + 0.5)));
    if (this._cdf(k) >= p) {
      while (k > lo && this._cdf(k - 1) >= p) k--;
      return k;
    }
    while (k < hi && this._cdf(k) < p) k++;
    return k;
  }

  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    this.cdfTable();
    for (let i = from; i < to; i++) out[i] = this._quantile(u[i] as number);
  }

  private cdfTable(): Float64Array | undefined {
    if (this.table !== undefined) return this.table;
    const end = this.tableEnd();
    if (!(end < TABLE_LIMIT)) return undefined;
    const t = new Float64Array(end + 1);
    for (let k = 0; k <= end; k++) t[k] = this._cdf(k);
    return (this.table = t);
  }
}
