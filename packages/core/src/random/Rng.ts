// Only the xor4096 algorithm: seedrandom's index also loads every other generator and node:crypto.
import xor4096 from "seedrandom/lib/xor4096.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { ppnd16 } from "./normalQuantile.js";

/**
 * A seed: any finite number or string. The same seed gives the same stream on every platform.
 *
 * @category Random
 */
export type Seed = number | string;

/**
 * A seeded stream of random numbers (xor4096 from seedrandom: period 2^4096 − 1, 53-bit uniforms).
 *
 * Streams are reproducible: the same seed yields the same draws on every run and platform.
 * {@link Rng.fork} derives independent child streams from the seed and a key alone — not from how
 * many draws the parent has made — so work split across workers draws the same numbers as the
 * single-threaded run, whatever the worker count.
 *
 * @category Random
 */
export interface Rng {
  /** The seed path this stream was built from, e.g. `"42"` or `"42/fork:3"`. */
  readonly seed: string;
  /** A uniform draw in [0, 1). A bound function: pass `rng.next` wherever `() => number` is wanted. */
  readonly next: () => number;
  /** A uniform draw in [min, max) (`min` when they are equal); `DpmError` unless min ≤ max are finite with a finite width. */
  uniform(min?: number, max?: number): number;
  /** A uniform integer in [min, max) (max exclusive). */
  int(min: number, max: number): number;
  /** A normal draw with the given mean and standard deviation (one uniform per draw, by inversion); `DpmError` for a non-finite mean or an sd that is negative or not finite. */
  normal(mean?: number, sd?: number): number;
  /** Fills `out` with uniform draws in [0, 1) and returns it. */
  fillUniform(out: Float64Array): Float64Array;
  /** Fills `out` with normal draws and returns it. */
  fillNormal(out: Float64Array, mean?: number, sd?: number): Float64Array;
  /** An independent child stream identified by `key` (e.g. a worker, chunk or series index). */
  fork(key: number | string): Rng;
}

/**
 * Creates a seeded random stream.
 *
 * @param seed - a finite number or a string
 * @returns the stream
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a seed that is not a finite number or a string
 *
 * @example
 * ```ts
 * import { createRng } from "@dpm/core";
 *
 * const rng = createRng(42);
 * const a = rng.normal(100, 15);
 * const b = createRng(42).normal(100, 15);
 * a === b; // => true
 * const worker3 = rng.fork(3); // independent, and the same whatever rng drew before
 * ```
 *
 * @category Random
 */
export function createRng(seed: Seed): Rng {
  if (!(typeof seed === "string" || (typeof seed === "number" && Number.isFinite(seed)))) {
    throw new DpmError("INVALID_ARGUMENT", `createRng: seed must be a finite number or a string, got ${describeValue(seed)}.`, { path: "seed" });
  }
  return new XorRng(String(seed));
}

class XorRng implements Rng {
  readonly next: () => number;

  constructor(readonly seed: string) {
    const prng = xor4096(seed);
    this.next = () => prng.double();
  }

  uniform(min = 0, max = 1): number {
    // One comparison chain: NaN fails every test, so this also rejects NaN bounds.
    if (!(typeof min === "number" && typeof max === "number" && min <= max && max - min < Infinity && min > -Infinity)) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `Rng.uniform: need finite numbers min ≤ max with a finite width, got ${describeValue(min)} and ${describeValue(max)}; e.g. rng.uniform(0, 10).`,
        { path: Number.isFinite(min) ? "max" : "min" },
      );
    }
    return min + (max - min) * this.next();
  }

  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || max <= min) {
      throw new DpmError("INVALID_ARGUMENT", `Rng.int: need safe integers min < max, got ${describeValue(min)} and ${describeValue(max)}; e.g. rng.int(0, 6) for 0–5.`, {
        path: Number.isSafeInteger(min) ? "max" : "min",
      });
    }
    return min + Math.floor(this.next() * (max - min));
  }

  normal(mean = 0, sd = 1): number {
    checkNormal(mean, sd, "Rng.normal");
    return mean + sd * this.standardNormal();
  }

  fillUniform(out: Float64Array): Float64Array {
    checkOut(out, "Rng.fillUniform");
    const next = this.next;
    for (let i = 0; i < out.length; i++) out[i] = next();
    return out;
  }

  fillNormal(out: Float64Array, mean = 0, sd = 1): Float64Array {
    checkOut(out, "Rng.fillNormal");
    checkNormal(mean, sd, "Rng.fillNormal");
    for (let i = 0; i < out.length; i++) out[i] = mean + sd * this.standardNormal();
    return out;
  }

  fork(key: number | string): Rng {
    if (!(typeof key === "string" || (typeof key === "number" && Number.isFinite(key)))) {
      throw new DpmError("INVALID_ARGUMENT", `Rng.fork: key must be a finite number or a string, got ${describeValue(key)}.`, { path: "key" });
    }
    return new XorRng(`${this.seed}/fork:${String(key)}`);
  }

  private standardNormal(): number {
    let u = this.next();
    while (u === 0) u = this.next(); // Φ⁻¹(0) = −∞; happens with probability 2⁻⁵³
    return ppnd16(u);
  }
}

function checkNormal(mean: number, sd: number, fn: string): void {
  if (!(typeof mean === "number" && Number.isFinite(mean))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: mean must be a finite number, got ${describeValue(mean)}.`, { path: "mean" });
  }
  if (!(typeof sd === "number" && sd >= 0 && sd < Infinity)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: sd must be a finite number ≥ 0, got ${describeValue(sd)}; pass the standard deviation, e.g. rng.normal(100, 15).`, { path: "sd" });
  }
}

function checkOut(out: Float64Array, fn: string): void {
  if (!(out instanceof Float64Array)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: out must be a Float64Array to fill, got ${describeValue(out)}; e.g. new Float64Array(1000).`, { path: "out" });
  }
}
