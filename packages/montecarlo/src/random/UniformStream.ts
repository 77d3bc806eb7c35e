import { createRng, DpmError, type Rng, type Seed } from "@dpm/core";

/**
 * Where draws come from: a seed, a `@dpm/core` {@link @dpm/core!Rng}, or any `() => number` returning
 * uniforms in [0, 1).
 *
 * @category Random
 */
export type RandomSource = Seed | Rng | (() => number);

/**
 * @internal A stream of uniforms in (0, 1) that every sampler draws from: `next()` for one draw,
 * `fill` for many.
 */
export interface UniformSource {
  next(): number;
  fill(out: Float64Array, from: number, to: number): void;
}

/**
 * @internal Richard Brent's xor4096 with string seeding, a line-by-line port of seedrandom's
 * `xor4096` (the generator behind `@dpm/core`'s `createRng`), with the state in typed-array fields
 * so the fill loop keeps everything in registers. For a seed path `s` it yields exactly the doubles
 * of `createRng(…)` whose `rng.seed === s` (tested draw for draw), at several times the speed.
 */
export class UniformStream implements UniformSource {
  private readonly x = new Int32Array(128);
  private i = 0;
  private w = 0;

  constructor(seedPath: string) {
    const X = this.x;
    const seed = `${seedPath}\0`;
    let v = 0;
    let w = 0;
    let i = 0;
    const limit = Math.max(128, seed.length);
    for (let j = -32; j < limit; ++j) {
      v ^= seed.charCodeAt((j + 32) % seed.length);
      if (j === 0) w = v;
      v ^= v << 10;
      v ^= v >>> 15;
      v ^= v << 4;
      v ^= v >>> 13;
      if (j >= 0) {
        w = (w + 0x61c88647) | 0;
        const t = (X[j & 127] = (X[j & 127] as number) ^ (v + w));
        i = t === 0 ? i + 1 : 0;
      }
    }
    if (i >= 128) X[seed.length & 127] = -1;
    i = 127;
    for (let j = 4 * 128; j > 0; --j) {
      let a = X[(i + 34) & 127] as number;
      i = (i + 1) & 127;
      let t = X[i] as number;
      a ^= a << 13;
      t ^= t << 17;
      a ^= a >>> 15;
      t ^= t >>> 12;
      X[i] = a ^ t;
    }
    this.w = w;
    this.i = i;
  }

  /** One double in (0, 1) with 53 random bits (seedrandom's `prng.double()`). */
  next(): number {
    const X = this.x;
    let i = this.i;
    let w = this.w;
    let result: number;
    do {
      w = (w + 0x61c88647) | 0;
      let v = X[(i + 34) & 127] as number;
      i = (i + 1) & 127;
      let t = X[i] as number;
      v ^= v << 13;
      t ^= t << 17;
      v ^= v >>> 15;
      t ^= t >>> 12;
      v = X[i] = v ^ t;
      const top = ((v + (w ^ (w >>> 16))) | 0) >>> 11;
      w = (w + 0x61c88647) | 0;
      let v2 = X[(i + 34) & 127] as number;
      i = (i + 1) & 127;
      let t2 = X[i] as number;
      v2 ^= v2 << 13;
      t2 ^= t2 << 17;
      v2 ^= v2 >>> 15;
      t2 ^= t2 >>> 12;
      v2 = X[i] = v2 ^ t2;
      const bot = (((v2 + (w ^ (w >>> 16))) | 0) >>> 0) / 0x100000000;
      result = (top + bot) / (1 << 21);
    } while (result === 0);
    this.i = i;
    this.w = w;
    return result;
  }

  /** Fills `out[from..to)` with doubles in (0, 1), the same as calling `next()` that many times. */
  fill(out: Float64Array, from: number, to: number): void {
    const X = this.x;
    let i = this.i;
    let w = this.w;
    for (let k = from; k < to; k++) {
      let result: number;
      do {
        w = (w + 0x61c88647) | 0;
        let v = X[(i + 34) & 127] as number;
        i = (i + 1) & 127;
        let t = X[i] as number;
        v ^= v << 13;
        t ^= t << 17;
        v ^= v >>> 15;
        t ^= t >>> 12;
        v = X[i] = v ^ t;
        const top = ((v + (w ^ (w >>> 16))) | 0) >>> 11;
        w = (w + 0x61c88647) | 0;
        let v2 = X[(i + 34) & 127] as number;
        i = (i + 1) & 127;
        let t2 = X[i] as number;
        v2 ^= v2 << 13;
        t2 ^= t2 << 17;
        v2 ^= v2 >>> 15;
        t2 ^= t2 >>> 12;
        v2 = X[i] = v2 ^ t2;
        const bot = (((v2 + (w ^ (w >>> 16))) | 0) >>> 0) / 0x100000000;
        result = (top + bot) / (1 << 21);
      } while (result === 0);
      out[k] = result;
    }
    this.i = i;
    this.w = w;
  }
}

/** @internal A `() => number` wrapped as a source; draws of exactly 0 are skipped. */
/**
 * Most values a sampler materialises at once (`latinHypercube` count × dimensions, `sampleInputs`
 * iterations × periods per input): 2^27 ≈ 134 million doubles, 1 GiB.
 */
export const MAX_SAMPLE_VALUES = 2 ** 27;

class FunctionSource implements UniformSource {
  constructor(
    private readonly draw: () => number,
    private readonly fn: string,
  ) {}
  next(): number {
    for (let tries = 0; tries < 64; tries++) {
      const u = this.draw();
      if (u > 0 && u < 1) return u;
      if (u !== 0) {
        throw new DpmError("INVALID_ARGUMENT", `${this.fn}: the random source returned ${typeof u === "number" ? String(u) : typeof u}; it must return uniforms in [0, 1) (use createRng(seed).next or pass a seed).`, {
          path: "random",
        });
      }
    }
    throw new DpmError("INVALID_ARGUMENT", `${this.fn}: the random source returned 0 sixty-four times in a row; it must return uniforms in [0, 1) (use createRng(seed).next or pass a seed).`, { path: "random" });
  }
  fill(out: Float64Array, from: number, to: number): void {
    for (let k = from; k < to; k++) out[k] = this.next();
  }
}

/**
 * @internal Turns a public {@link RandomSource} into a stream: a seed becomes the fast xor4096 port
 * (the same draws as `createRng(seed)`), an `Rng` or a function is drawn from as it is.
 */
export function toUniformSource(random: RandomSource | undefined, fn: string): UniformSource {
  if (random === undefined) return new UniformStream(createRng(0).seed);
  if (typeof random === "function") return new FunctionSource(random, fn);
  if (typeof random === "number" || typeof random === "string") return new UniformStream(createRng(random).seed);
  if (typeof random === "object" && random !== null && typeof (random as Rng).next === "function") {
    return new FunctionSource((random as Rng).next, fn); // advances the caller's stream, as it expects
  }
  throw new DpmError("INVALID_ARGUMENT", `${fn}: random must be a seed (number or string), an Rng from createRng, or a function returning uniforms in [0, 1).`, {
    path: "random",
  });
}
