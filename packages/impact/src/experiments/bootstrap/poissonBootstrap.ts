import { checkOptions, createRng } from "@dpm/core";
import type { Rng, Seed } from "@dpm/core";
import { checkAlpha, checkPositiveInteger, readValues } from "../internal/validate.js";
import { sortedQuantile } from "./bootstrapKernel.js";

/**
 * Options of {@link poissonBootstrap}.
 *
 * @category Experiments
 */
export interface PoissonBootstrapOptions {
  /** Resamples (default 10,000; at most 1,000,000). */
  readonly resamples?: number;
  /** Seed (default 1). */
  readonly seed?: Seed;
  /** Two-sided level (default 0.05). */
  readonly alpha?: number;
}

/**
 * The result of {@link poissonBootstrap}.
 *
 * @category Experiments
 */
export interface PoissonBootstrapResult {
  readonly controlMean: number;
  readonly treatmentMean: number;
  readonly difference: number;
  /** Percentile interval of the difference. */
  readonly ciLow: number;
  readonly ciHigh: number;
  readonly standardError: number;
  readonly resamples: number;
  readonly measurable: boolean;
}

// Poisson(1) by inversion of a 16-bit uniform: TABLE[u] is the count for u / 65536 (tail beyond
// 8 has probability 1e-6 and is folded into 8).
function poissonTable(): Uint8Array {
  const table = new Uint8Array(65536);
  let k = 0;
  let pk = Math.exp(-1);
  let cdf = pk;
  for (let u = 0; u < 65536; u++) {
    while ((u + 0.5) / 65536 > cdf && k < 8) {
      k++;
      pk /= k;
      cdf += pk;
    }
    table[u] = k;
  }
  return table;
}

/** @internal Poisson(λ) for large λ by the normal approximation (λ ≥ 1000: error < 1 % of an SD). */
function largePoisson(rng: Rng, lambda: number): number {
  if (lambda === 0) return 0;
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rng.normal()));
}

/**
 * @internal Σ w_i y_i over `nonzero` with independent Poisson(1) weights, from a xorshift32 stream
 * (seeded from the caller's Rng) turned into two 16-bit uniforms per step. Returns [Σ w y, Σ w, state].
 */
function weightedSum(values: Float64Array, table: Uint8Array, state: number, out: Float64Array): number {
  let s = state;
  let sum = 0;
  let count = 0;
  const n = values.length;
  let i = 0;
  for (; i + 1 < n; i += 2) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const w1 = table[s & 0xffff] as number;
    const w2 = table[(s >>> 16) & 0xffff] as number;
    sum += w1 * (values[i] as number) + w2 * (values[i + 1] as number);
    count += w1 + w2;
  }
  if (i < n) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const w = table[s & 0xffff] as number;
    sum += w * (values[i] as number);
    count += w;
  }
  out[0] = sum;
  out[1] = count;
  return s;
}

/**
 * A Poisson bootstrap of the difference in means for very large experiments (millions of units):
 * every unit gets an independent Poisson(1) weight per resample instead of being drawn with
 * replacement, so resamples need no index arrays, and units whose value is 0 (visitors who bought
 * nothing) are handled in bulk — one Poisson draw for their total weight. The weights come from a
 * fast xorshift stream seeded from `createRng(seed)`, so results are reproducible.
 *
 * @param control - control values (≥ 2), e.g. revenue per visitor with zeros
 * @param treatment - treatment values (≥ 2)
 * @param options - resamples, seed, alpha
 * @returns the difference in means with its percentile interval and SE
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT`/`EMPTY`; `NON_FINITE`; `INVALID_ARGUMENT` for resamples outside 1 … 10⁶
 *
 * @example
 * ```ts
 * import { poissonBootstrap } from "@dpm/impact";
 *
 * const control = Float64Array.from({ length: 2000 }, (_, i) => (i % 20 === 0 ? 40 : 0));
 * const treatment = Float64Array.from({ length: 2000 }, (_, i) => (i % 16 === 0 ? 40 : 0));
 * const r = poissonBootstrap(control, treatment, { resamples: 2000, seed: 3 });
 * r.difference.toFixed(2); // => "0.50"
 * r.ciLow < 0.5 && r.ciHigh > 0.5; // => true
 * ```
 *
 * @category Experiments
 */
export function poissonBootstrap(control: ArrayLike<number>, treatment: ArrayLike<number>, options?: PoissonBootstrapOptions): PoissonBootstrapResult {
  const fn = "poissonBootstrap";
  const o = checkOptions(options, ["resamples", "seed", "alpha"], fn, "{ resamples: 10000, seed: 1 }");
  const resamples = checkPositiveInteger(o.resamples ?? 10_000, fn, "options.resamples", 1_000_000);
  const alpha = checkAlpha(o.alpha ?? 0.05, fn);
  const c = control instanceof Float64Array && control.length >= 2 ? control : readValues(control, fn, "control");
  const t = treatment instanceof Float64Array && treatment.length >= 2 ? treatment : readValues(treatment, fn, "treatment");
  const split = (v: Float64Array, name: string) => {
    let nz = 0;
    let sum = 0;
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as number;
      if (!Number.isFinite(x)) readValues(Array.from(v), fn, name); // throws with the index
      if (x !== 0) nz++;
      sum += x;
    }
    const values = new Float64Array(nz);
    let j = 0;
    for (let i = 0; i < v.length; i++) if (v[i] !== 0) values[j++] = v[i] as number;
    return { values, zeros: v.length - nz, mean: sum / v.length };
  };
  const cs = split(c, "control");
  const ts = split(t, "treatment");
  const rng = createRng(o.seed ?? 1);
  const table = poissonTable();
  let state = (Math.floor(rng.next() * 4294967295) | 1) >>> 0;
  const acc = new Float64Array(2);
  const reps = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    state = weightedSum(cs.values, table, state, acc);
    const cSum = acc[0] as number;
    const cCount = (acc[1] as number) + largePoisson(rng, cs.zeros);
    state = weightedSum(ts.values, table, state, acc);
    const tSum = acc[0] as number;
    const tCount = (acc[1] as number) + largePoisson(rng, ts.zeros);
    reps[b] = (tCount > 0 ? tSum / tCount : 0) - (cCount > 0 ? cSum / cCount : 0);
  }
  reps.sort();
  let m = 0;
  for (let i = 0; i < resamples; i++) m += reps[i] as number;
  m /= resamples;
  let v = 0;
  for (let i = 0; i < resamples; i++) v += ((reps[i] as number) - m) ** 2;
  const se = Math.sqrt(v / Math.max(1, resamples - 1));
  const d = ts.mean - cs.mean;
  if (se === 0) return { controlMean: cs.mean, treatmentMean: ts.mean, difference: d, ciLow: d, ciHigh: d, standardError: 0, resamples, measurable: false };
  return { controlMean: cs.mean, treatmentMean: ts.mean, difference: d, ciLow: sortedQuantile(reps, alpha / 2), ciHigh: sortedQuantile(reps, 1 - alpha / 2), standardError: se, resamples, measurable: true };
}
