import { assertInteger, DpmError, normalCdf, normalQuantile } from "@dpm/core";
import { toUniformSource, type RandomSource, type UniformSource } from "../random/UniformStream.js";

/**
 * The distribution families of `@dpm/montecarlo`.
 *
 * @category Distributions
 */
export type DistributionType =
  | "normal"
  | "lognormal"
  | "triangular"
  | "pert"
  | "uniform"
  | "beta"
  | "gamma"
  | "exponential"
  | "poisson"
  | "binomial"
  | "discrete"
  | "empirical"
  | "truncated";

/**
 * A distribution as plain JSON (what {@link distributionFromJson} reads and `toJSON` writes), so
 * inputs can be stored, sent to worker threads and rebuilt exactly.
 *
 * @category Distributions
 */
export interface DistributionJson {
  readonly type: DistributionType;
  readonly [parameter: string]: unknown;
}

/**
 * What every distribution offers. Methods validate their argument; draws never call
 * `Math.random`.
 *
 * @category Distributions
 */
export interface DistributionBase {
  /** The family. */
  readonly type: DistributionType;
  /** Whether it puts mass on separate points (use `pmf`) or has a density (use `pdf`). */
  readonly discrete: boolean;
  /** The parameters as given (after conversions such as lognormal mean/sd → mu/sigma). */
  readonly params: Readonly<Record<string, number>>;
  /** The expected value. */
  readonly mean: number;
  /** The variance. */
  readonly variance: number;
  /** The standard deviation √variance. */
  readonly sd: number;
  /** The smallest and largest possible values (±Infinity when unbounded). */
  readonly support: readonly [number, number];
  /** P(X ≤ x). */
  cdf(x: number): number;
  /** The smallest x with P(X ≤ x) ≥ p, for p in [0, 1]. */
  quantile(p: number): number;
  /** `count` independent draws. `random` is a seed, an `Rng` or a `() => number` (default seed 0). */
  sample(count: number, random?: RandomSource): Float64Array;
  /** The distribution as JSON, for {@link distributionFromJson}. */
  toJSON(): DistributionJson;
}

/**
 * A distribution with a density.
 *
 * @category Distributions
 */
export interface ContinuousDistribution extends DistributionBase {
  readonly discrete: false;
  /** The probability density at x. */
  pdf(x: number): number;
}

/**
 * A distribution on separate points.
 *
 * @category Distributions
 */
export interface DiscreteDistribution extends DistributionBase {
  readonly discrete: true;
  /** P(X = x). */
  pmf(x: number): number;
}

/**
 * Any distribution of `@dpm/montecarlo`.
 *
 * @category Distributions
 */
export type Distribution = ContinuousDistribution | DiscreteDistribution;

const BRAND = Symbol.for("@dpm/montecarlo/Distribution");

/**
 * @internal The shared implementation: public methods validate, `_`-prefixed kernels do not and
 * work on `Float64Array` ranges without allocating. Subclasses override the kernels they can do
 * better than inversion.
 */
export abstract class DistributionImpl {
  abstract readonly type: DistributionType;
  abstract readonly discrete: boolean;
  abstract readonly params: Readonly<Record<string, number>>;
  abstract readonly mean: number;
  abstract readonly variance: number;
  abstract readonly support: readonly [number, number];

  constructor() {
    Object.defineProperty(this, BRAND, { value: true });
  }

  get sd(): number {
    return Math.sqrt(this.variance);
  }

  abstract _cdf(x: number): number;
  abstract _quantile(p: number): number;
  abstract toJSON(): DistributionJson;

  /** P(X > x); override where 1 − cdf cancels. */
  _sf(x: number): number {
    return 1 - this._cdf(x);
  }

  /** The x with P(X > x) = q; override where quantile(1 − q) loses precision. */
  _isf(q: number): number {
    return this._quantile(1 - q);
  }

  /** Draws into out[from..to) from a uniform source (default: inversion). */
  _sampleInto(out: Float64Array, src: UniformSource, from: number, to: number): void {
    src.fill(out, from, to);
    this._quantileInto(out, out, from, to);
  }

  /** out[i] = quantile(u[i]) for i in [from, to); `u` and `out` may be the same array. */
  _quantileInto(u: Float64Array, out: Float64Array, from: number, to: number): void {
    for (let i = from; i < to; i++) out[i] = this._quantile(u[i] as number);
  }

  /** out[i] = quantile(Φ(z[i])), computed through the upper tail for z > 0 (copulas). */
  _fromNormalInto(z: Float64Array, out: Float64Array, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const v = z[i] as number;
      out[i] = v <= 0 ? this._quantile(normalCdf(v)) : this._isf(normalCdf(-v));
    }
  }

  cdf(x: number): number {
    if (typeof x !== "number" || Number.isNaN(x)) {
      throw new DpmError("INVALID_ARGUMENT", `${this.type}.cdf: x must be a number, got ${String(x)}.`, { path: "x" });
    }
    return this._cdf(x);
  }

  quantile(p: number): number {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new DpmError("INVALID_ARGUMENT", `${this.type}.quantile: p must be a probability in [0, 1], got ${String(p)}.`, { path: "p" });
    }
    return this._quantile(p);
  }

  sample(count: number, random?: RandomSource): Float64Array {
    assertInteger(count, "count", `${this.type}.sample`, 0);
    const out = new Float64Array(count);
    this._sampleInto(out, toUniformSource(random, `${this.type}.sample`), 0, count);
    return out;
  }
}

/** @internal Checks the argument of a density or mass function. */
export function checkX(x: unknown, fn: string): asserts x is number {
  if (typeof x !== "number" || Number.isNaN(x)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: x must be a number, got ${String(x)}.`, { path: "x" });
  }
}

/**
 * Whether `value` is a distribution made by this package (also from another copy of it).
 *
 * @param value - anything
 * @returns `true` for a distribution
 *
 * @example
 * ```ts
 * import { isDistribution, normal } from "@dpm/montecarlo";
 *
 * isDistribution(normal(0, 1)); // => true
 * isDistribution({ mean: 0, sd: 1 }); // => false
 * ```
 *
 * @category Distributions
 */
export function isDistribution(value: unknown): value is Distribution {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** @internal The kernels of a validated distribution. */
export function implOf(value: Distribution): DistributionImpl {
  return value as unknown as DistributionImpl;
}

/** @internal Throws `INVALID_ARGUMENT` naming the function and parameter, with a hint. */
export function invalid(fn: string, name: string, message: string): DpmError {
  return new DpmError("INVALID_ARGUMENT", `${fn}: ${name} ${message}`, { path: name });
}

/** @internal Checks a finite parameter, optionally strictly positive. */
export function finiteParam(value: unknown, name: string, fn: string, positive = false): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new DpmError(
      typeof value === "number" ? "NON_FINITE" : "INVALID_ARGUMENT",
      `${fn}: ${name} must be a finite number, got ${typeof value === "number" ? String(value) : typeof value}.`,
      { path: name },
    );
  }
  if (positive && !(value > 0)) throw invalid(fn, name, `must be > 0, got ${value}.`);
  return value;
}

/** @internal Standard normal quantile for kernels (u is always inside (0, 1) there). */
export const ndtri: (p: number) => number = normalQuantile;
