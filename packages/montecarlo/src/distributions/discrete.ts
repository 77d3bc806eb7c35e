import { DpmError, toFiniteArray } from "@dpm/core";
import { checkX, DistributionImpl, type DiscreteDistribution, type DistributionJson } from "./Distribution.js";

/** @internal Finitely many values with probabilities; also the unsmoothed empirical distribution. */
export class DiscreteValuesImpl extends DistributionImpl implements DiscreteDistribution {
  readonly discrete = true as const;
  readonly params: Readonly<Record<string, number>>;
  readonly mean: number;
  readonly variance: number;
  readonly support: readonly [number, number];
  /** Distinct values, ascending. */
  readonly values: Float64Array;
  /** Probability of each value. */
  readonly probabilities: Float64Array;
  /** Cumulative probabilities; the last is exactly 1. */
  private readonly cumulative: Float64Array;

  constructor(
    readonly type: "discrete" | "empirical",
    values: Float64Array,
    weights: Float64Array,
    private readonly json: () => DistributionJson,
  ) {
    super();
    const order = Array.from(values.keys()).sort((i, j) => (values[i] as number) - (values[j] as number));
    const vs: number[] = [];
    const ws: number[] = [];
    let total = 0;
    for (const i of order) {
      const w = weights[i] as number;
      if (w === 0) continue;
      total += w;
      const v = values[i] as number;
      if (vs.length > 0 && vs[vs.length - 1] === v) ws[ws.length - 1] = (ws[ws.length - 1] as number) + w;
      else {
        vs.push(v);
        ws.push(w);
      }
    }
    this.values = Float64Array.from(vs);
    this.probabilities = Float64Array.from(ws, (w) => w / total);
    this.cumulative = new Float64Array(vs.length);
    let c = 0;
    let mean = 0;
    for (let i = 0; i < vs.length; i++) {
      c += ws[i] as number;
      this.cumulative[i] = c / total;
      mean += (this.probabilities[i] as number) * (vs[i] as number);
    }
    this.cumulative[vs.length - 1] = 1;
    let variance = 0;
    for (let i = 0; i < vs.length; i++) variance += (this.probabilities[i] as number) * ((vs[i] as number) - mean) ** 2;
    this.mean = mean;
    this.variance = variance;
    this.support = [vs[0] as number, vs[vs.length - 1] as number];
    this.params = Object.freeze({ count: vs.length });
  }

  pmf(x: number): number {
    checkX(x, `${this.type}.pmf`);
    const i = this.indexAtMost(x);
    return i >= 0 && this.values[i] === x ? (this.probabilities[i] as number) : 0;
  }
  _cdf(x: number): number {
    const i = this.indexAtMost(x);
    return i < 0 ? 0 : (this.cumulative[i] as number);
  }
  /** Smallest value whose cumulative probability reaches p. */
  _quantile(p: number): number {
    const c = this.cumulative;
    let a = 0;
    let b = c.length - 1;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((c[m] as number) >= p) b = m;
      else a = m + 1;
    }
    return this.values[a] as number;
  }
  override _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    for (let i = from; i < to; i++) out[i] = this._quantile(u[i] as number);
  }
  toJSON(): DistributionJson {
    return this.json();
  }
  /** Index of the largest value ≤ x, or −1. */
  private indexAtMost(x: number): number {
    const v = this.values;
    let a = 0;
    let b = v.length;
    while (a < b) {
      const m = (a + b) >>> 1;
      if ((v[m] as number) <= x) a = m + 1;
      else b = m;
    }
    return a - 1;
  }
}

/**
 * A distribution on a finite set of values with weights (normalised to probabilities): e.g.
 * competitor response — none, price cut, new product — with judged likelihoods. Repeated values
 * add up. Draws by inversion.
 *
 * @param values - the possible values
 * @param weights - one non-negative weight per value (default equal weights), summing to a positive number
 * @returns the distribution
 * @throws {@link @dpm/core!DpmError} `EMPTY`, `LENGTH_MISMATCH`, `NON_FINITE`, or `INVALID_ARGUMENT` for a
 *   negative weight or weights that do not sum to a positive number
 *
 * @example
 * ```ts
 * import { discrete } from "@dpm/montecarlo";
 *
 * const priceCut = discrete([0, 0.05, 0.15], [5, 3, 2]);
 * priceCut.pmf(0.05); // => 0.3
 * priceCut.mean.toFixed(3); // => "0.045"
 * priceCut.quantile(0.9); // => 0.15
 * ```
 *
 * @category Distributions
 */
export function discrete(values: ArrayLike<number>, weights?: ArrayLike<number>): DiscreteDistribution {
  const fn = "discrete";
  const v = toFiniteArray(values, "values", fn);
  const w = weights === undefined ? new Float64Array(v.length).fill(1) : toFiniteArray(weights, "weights", fn);
  if (w.length !== v.length) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: weights has ${w.length} entries but values has ${v.length}; give one weight per value.`, { path: "weights" });
  }
  let total = 0;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] as number;
    if (x < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: weights[${i}] is ${x}; weights must be ≥ 0.`, { path: `weights[${i}]` });
    total += x;
  }
  if (!(total > 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: weights must sum to a positive number, got ${total}; give at least one value a positive weight.`, { path: "weights" });
  }
  const json = (): DistributionJson => ({ type: "discrete", values: Array.from(v), weights: Array.from(w) });
  return new DiscreteValuesImpl("discrete", v, w, json);
}
