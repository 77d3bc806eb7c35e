import { checkOptions, DpmError, toFiniteArray } from "@dpm/core";

/** Bins kept per sign: values within a factor γ^16384 (≈ 1.7e14 at α = 0.001) of the largest keep their relative accuracy. */
export const DEFAULT_MAX_BINS = 1 << 14;

/** @internal Counts of one sign by bucket index k, bucket k holding |x| in (γ^(k−1), γ^k]. */
class Store {
  counts = new Float64Array(0);
  /** Bucket index of counts[0]. */
  offset = 0;
  /** Every value with a lower index sits in this bucket (collapsed); −Infinity until needed. */
  floor = -Infinity;
  /** Smallest and largest index in use (empty: lo > hi). */
  lo = Infinity;
  hi = -Infinity;
  total = 0;

  constructor(private readonly maxBins: number) {}

  /** Makes [lo, hi] addressable, collapsing the lowest buckets if the span exceeds maxBins. */
  ensure(lo: number, hi: number): void {
    const empty = this.lo > this.hi;
    const newHi = empty ? hi : Math.max(this.hi, hi);
    let newLo = empty ? lo : Math.min(this.lo, lo);
    if (newHi - newLo + 1 > this.maxBins) this.floor = Math.max(this.floor, newHi - this.maxBins + 1);
    newLo = Math.max(newLo, this.floor);
    if (newLo >= this.offset && newHi < this.offset + this.counts.length && (empty || this.lo >= newLo)) {
      this.lo = empty ? newLo : Math.min(this.lo, newLo);
      this.hi = newHi;
      return;
    }
    // Re-layout with some headroom on both sides (within maxBins), so slowly widening ranges
    // do not reallocate on every chunk.
    const span = newHi - newLo + 1;
    const slack = Math.min(Math.max(0, this.maxBins - span), Math.ceil(span / 4));
    const base = Math.max(newLo - slack, this.floor === -Infinity ? newLo - slack : this.floor);
    const fresh = new Float64Array(newHi + slack - base + 1);
    if (!empty) {
      for (let k = this.lo; k <= this.hi; k++) {
        const c = this.counts[k - this.offset] as number;
        if (c !== 0) {
          const at = Math.max(k, newLo) - base;
          fresh[at] = (fresh[at] as number) + c;
        }
      }
    }
    this.counts = fresh;
    this.offset = base;
    this.lo = newLo;
    this.hi = newHi;
  }

  /** Adds another store's counts (its buckets below this floor collapse into it). */
  mergeFrom(from: { readonly offset: number; readonly floor: number; readonly counts: Float64Array }): void {
    if (from.counts.length === 0) return;
    this.ensure(Math.max(from.offset, from.floor), from.offset + from.counts.length - 1);
    for (let i = 0; i < from.counts.length; i++) {
      const c = from.counts[i] as number;
      if (c === 0) continue;
      const at = Math.max(from.offset + i, this.floor) - this.offset;
      this.counts[at] = (this.counts[at] as number) + c;
      this.total += c;
    }
  }
}

/**
 * @internal Serialisable state of a sketch (what worker threads send back).
 */
export interface SketchState {
  readonly alpha: number;
  readonly maxBins: number;
  readonly zero: number;
  readonly pos: { readonly offset: number; readonly floor: number; readonly counts: Float64Array };
  readonly neg: { readonly offset: number; readonly floor: number; readonly counts: Float64Array };
  readonly min: number;
  readonly max: number;
}

/**
 * A bounded, mergeable quantile sketch with relative accuracy α (DDSketch, Masson, Rim & Lee,
 * VLDB 2019): values are counted in logarithmic buckets (γ = (1 + α)/(1 − α)), so memory stays
 * bounded however many values arrive, two sketches merge by adding counts, and counts are exact
 * integers — so merging is associative and the result does not depend on the order of merges.
 *
 * **Error bound.** With n values and x₍ᵢ₎ their order statistics, the sketch's type-7 percentile
 * (linear interpolation between x₍⌊h⌋₎ and x₍⌊h⌋+1₎, h = p(n − 1)) differs from the exact one by
 * at most α·max(|x₍⌊h⌋₎|, |x₍⌊h⌋+1₎|); `min` and `max` are exact. Values more than a factor
 * γ^maxBins below the largest magnitude of their sign are merged into one bucket (absolute error
 * at most that threshold; never reached for business data at the defaults).
 *
 * @example
 * ```ts
 * import { quantileSketch } from "@dpm/montecarlo";
 *
 * // Two halves sketched separately (e.g. on two threads) merge into the sketch of the whole.
 * const a = quantileSketch().add([1, 2, 3, 4, 5]);
 * const b = quantileSketch().add([6, 7, 8, 9, 10]);
 * a.merge(b).count; // => 10
 * a.quantile(0.5).toFixed(2); // => "5.50"
 * ```
 *
 * @category Statistics
 */
export class QuantileSketch {
  /** The relative accuracy α. */
  readonly relativeAccuracy: number;
  /** Buckets kept per sign. */
  readonly maxBins: number;
  private readonly gamma: number;
  private readonly logGamma: number;
  private readonly invLogGamma: number;
  private readonly pos: Store;
  private readonly neg: Store;
  private zero = 0;
  private lowest = Infinity;
  private highest = -Infinity;

  /** Use {@link quantileSketch} to create one. @internal */
  constructor(alpha: number, maxBins: number) {
    this.relativeAccuracy = alpha;
    this.maxBins = maxBins;
    this.gamma = (1 + alpha) / (1 - alpha);
    this.logGamma = Math.log(this.gamma);
    this.invLogGamma = 1 / this.logGamma;
    this.pos = new Store(maxBins);
    this.neg = new Store(maxBins);
  }

  /** Number of values added. */
  get count(): number {
    return this.pos.total + this.neg.total + this.zero;
  }
  /** The smallest value added (exact). */
  get min(): number {
    return this.lowest;
  }
  /** The largest value added (exact). */
  get max(): number {
    return this.highest;
  }

  /**
   * @internal Adds finite values[from..to) whose min and max are known (and, for the range
   * computation, the smallest positive value and the negative value closest to zero).
   */
  _addRange(values: ArrayLike<number>, from: number, to: number, min: number, max: number, minPos: number, maxNeg: number): void {
    if (to <= from) return;
    if (min < this.lowest) this.lowest = min;
    if (max > this.highest) this.highest = max;
    const inv = this.invLogGamma;
    const pos = this.pos;
    const neg = this.neg;
    if (max > 0) pos.ensure(Math.ceil(Math.log(minPos) * inv), Math.ceil(Math.log(max) * inv));
    if (min < 0) neg.ensure(Math.ceil(Math.log(-maxNeg) * inv), Math.ceil(Math.log(-min) * inv));
    const pc = pos.counts;
    const pOff = pos.offset;
    const pFloor = pos.floor;
    const nc = neg.counts;
    const nOff = neg.offset;
    const nFloor = neg.floor;
    let np = 0;
    let nn = 0;
    let nz = 0;
    for (let i = from; i < to; i++) {
      const x = values[i] as number;
      if (x > 0) {
        let k = Math.ceil(Math.log(x) * inv);
        if (k < pFloor) k = pFloor;
        pc[k - pOff] = (pc[k - pOff] as number) + 1;
        np++;
      } else if (x < 0) {
        let k = Math.ceil(Math.log(-x) * inv);
        if (k < nFloor) k = nFloor;
        nc[k - nOff] = (nc[k - nOff] as number) + 1;
        nn++;
      } else nz++;
    }
    pos.total += np;
    neg.total += nn;
    this.zero += nz;
  }

  /**
   * Adds values.
   *
   * @param values - finite numbers
   * @returns this sketch
   * @throws {@link @dpm/core!DpmError} `NON_FINITE` for NaN or ±Infinity
   */
  add(values: ArrayLike<number>): this {
    const x = toFiniteArray(values, "values", "QuantileSketch.add", { minLength: 0 });
    let min = Infinity;
    let max = -Infinity;
    let minPos = Infinity;
    let maxNeg = -Infinity;
    for (const v of x) {
      if (v < min) min = v;
      if (v > max) max = v;
      if (v > 0 && v < minPos) minPos = v;
      if (v < 0 && v > maxNeg) maxNeg = v;
    }
    this._addRange(x, 0, x.length, min, max, minPos, maxNeg);
    return this;
  }

  /**
   * Adds another sketch's counts (same accuracy and bins); the result is the sketch of both
   * sets of values, whatever the order of merges.
   *
   * @param other - a sketch with the same relativeAccuracy and maxBins
   * @returns this sketch
   * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when the parameters differ
   */
  merge(other: QuantileSketch | SketchState): this {
    const state = other instanceof QuantileSketch ? other._state() : other;
    if (state.alpha !== this.relativeAccuracy || state.maxBins !== this.maxBins) {
      throw new DpmError("INVALID_ARGUMENT", "QuantileSketch.merge: both sketches need the same relativeAccuracy and maxBins.", { path: "other" });
    }
    this.pos.mergeFrom(state.pos);
    this.neg.mergeFrom(state.neg);
    this.zero += state.zero;
    if (state.min < this.lowest) this.lowest = state.min;
    if (state.max > this.highest) this.highest = state.max;
    return this;
  }

  /** @internal Copy of the state, for transfer between threads. */
  _state(): SketchState {
    const s = (st: Store) => ({ offset: st.lo === Infinity ? 0 : st.lo, floor: st.floor, counts: st.lo === Infinity ? new Float64Array(0) : st.counts.slice(st.lo - st.offset, st.hi - st.offset + 1) });
    return { alpha: this.relativeAccuracy, maxBins: this.maxBins, zero: this.zero, pos: s(this.pos), neg: s(this.neg), min: this.lowest, max: this.highest };
  }

  /** Representative of bucket k: 2γ^k/(γ + 1), within α of every value in it. */
  private value(k: number): number {
    return (2 * Math.exp(k * this.logGamma)) / (this.gamma + 1);
  }

  /** Calls visit(value, count) for every non-empty bucket from the lowest value up; stops when it returns false. */
  private walk(visit: (value: number, count: number) => boolean): void {
    const clamp = (v: number) => Math.min(this.highest, Math.max(this.lowest, v));
    const n = this.neg;
    for (let k = n.hi; k >= n.lo; k--) {
      const c = n.counts[k - n.offset] as number;
      if (c !== 0 && !visit(clamp(-this.value(k)), c)) return;
    }
    if (this.zero !== 0 && !visit(0, this.zero)) return;
    const p = this.pos;
    for (let k = p.lo; k <= p.hi; k++) {
      const c = p.counts[k - p.offset] as number;
      if (c !== 0 && !visit(clamp(this.value(k)), c)) return;
    }
  }

  /** @internal The value of order statistic r (0-based), within relative α. */
  _atRank(r: number): number {
    const n = this.count;
    if (r <= 0) return this.lowest;
    if (r >= n - 1) return this.highest;
    let seen = 0;
    let out = this.highest;
    this.walk((v, c) => {
      seen += c;
      if (seen > r) {
        out = v;
        return false;
      }
      return true;
    });
    return out;
  }

  /**
   * The p-quantile (type 7, as spreadsheet PERCENTILE.INC), within the error bound above.
   *
   * @param p - a probability in [0, 1]
   * @returns the estimate (NaN for an empty sketch)
   * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for p outside [0, 1]
   */
  quantile(p: number): number {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new DpmError("INVALID_ARGUMENT", `QuantileSketch.quantile: p must be a probability in [0, 1], got ${String(p)}.`, { path: "p" });
    }
    const n = this.count;
    if (n === 0) return Number.NaN;
    const h = p * (n - 1);
    const lo = Math.floor(h);
    const a = this._atRank(lo);
    if (h === lo) return a;
    const b = this._atRank(lo + 1);
    return a + (h - lo) * (b - a);
  }

  /** @internal Sum of the m smallest values (bucket representatives; a fraction of the last bucket). */
  _lowerSum(m: number): number {
    let left = m;
    let sum = 0;
    this.walk((v, c) => {
      const take = Math.min(c, left);
      sum += take * v;
      left -= take;
      return left > 0;
    });
    return sum;
  }

  /** @internal Count of values ≤ x (by bucket representative). */
  _countAtMost(x: number): number {
    let count = 0;
    this.walk((v, c) => {
      if (v > x) return false;
      count += c;
      return true;
    });
    return count;
  }

  /** @internal Non-empty buckets as (representative value, count), ascending. */
  _buckets(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    this.walk((v, c) => {
      out.push([v, c]);
      return true;
    });
    return out;
  }
}

/**
 * Options of {@link quantileSketch}.
 *
 * @category Statistics
 */
export interface QuantileSketchOptions {
  /** Relative accuracy α in (0, 0.5) (default 0.001: percentiles within 0.1%). */
  readonly relativeAccuracy?: number;
  /** Buckets per sign (default 16,384), bounding memory at 2 × 8 bytes × maxBins. */
  readonly maxBins?: number;
}

/**
 * Creates an empty {@link QuantileSketch}: percentiles of any number of values in bounded memory,
 * with a guaranteed relative error.
 *
 * @param options - `relativeAccuracy` (default 0.001) and `maxBins` (default 16,384)
 * @returns the sketch
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an accuracy outside (0, 0.5) or too few bins
 *
 * @example
 * ```ts
 * import { quantileSketch } from "@dpm/montecarlo";
 *
 * const sketch = quantileSketch({ relativeAccuracy: 0.01 });
 * sketch.add(Array.from({ length: 1001 }, (_, i) => i)); // 0, 1, …, 1000
 * sketch.count; // => 1001
 * Math.abs(sketch.quantile(0.9) - 900) <= 0.01 * 900; // => true
 * sketch.max; // => 1000
 * ```
 *
 * @category Statistics
 */
export function quantileSketch(options: QuantileSketchOptions = {}): QuantileSketch {
  const fn = "quantileSketch";
  checkOptions(options, ["relativeAccuracy", "maxBins"], fn, "{ relativeAccuracy: 0.001 }");
  const alpha = options.relativeAccuracy ?? 0.001;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 0.5)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: relativeAccuracy must be in (0, 0.5), got ${String(alpha)}.`, { path: "options.relativeAccuracy" });
  }
  const maxBins = options.maxBins ?? DEFAULT_MAX_BINS;
  if (!Number.isInteger(maxBins) || maxBins < 16) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: maxBins must be an integer ≥ 16, got ${String(maxBins)}.`, { path: "options.maxBins" });
  }
  return new QuantileSketch(alpha, maxBins);
}
