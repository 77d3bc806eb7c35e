import { assertInteger, DpmError } from "@dpm/core";
import { MAX_SAMPLE_VALUES } from "../random/UniformStream.js";
import { toUniformSource, type RandomSource, type UniformSource } from "../random/UniformStream.js";

/**
 * @internal Stratified uniforms for one dimension: out[i] = (stratum + jitter)/n with one draw in
 * each of the n equal strata of [0, 1). `sorted`: strata in order (stratum i in row i — for Iman–
 * Conover, which assigns rows itself); otherwise in a random order (Fisher–Yates). Draws n jitters,
 * then n − 1 uniforms for the shuffle.
 */
export function stratifiedInto(out: Float64Array, n: number, src: UniformSource, sorted: boolean): void {
  src.fill(out, 0, n);
  for (let i = 0; i < n; i++) out[i] = (i + (out[i] as number)) / n;
  if (sorted) return;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(src.next() * (i + 1));
    const t = out[i] as number;
    out[i] = out[j] as number;
    out[j] = t;
  }
}

/**
 * Latin hypercube sample of the unit cube: for each of `dimensions` columns, one uniform in each
 * of `count` equal strata of [0, 1), the strata in an independent random order per column.
 * Feed a column to a distribution's `quantile` to sample any distribution by inversion; every
 * marginal is then stratified, which lowers the variance of means compared with plain sampling.
 *
 * @param count - points (rows), ≥ 1
 * @param dimensions - columns, ≥ 1
 * @param random - a seed, `Rng` or `() => number` (default seed 0)
 * @returns `dimensions` columns of `count` uniforms
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a count or dimension below 1, count × dimensions
 *   over {@link MAX_SAMPLE_VALUES} (2^27), or a random source returning a value outside [0, 1)
 *
 * @example
 * ```ts
 * import { latinHypercube } from "@dpm/montecarlo";
 *
 * const [u] = latinHypercube(4, 1, 42);
 * // exactly one point in each quarter of [0, 1)
 * Array.from(u ?? [], (x) => Math.floor(x * 4)).sort(); // => [0, 1, 2, 3]
 * ```
 *
 * @category Sampling
 */
export function latinHypercube(count: number, dimensions: number, random?: RandomSource): Float64Array[] {
  const fn = "latinHypercube";
  assertInteger(count, "count", fn, 1, MAX_SAMPLE_VALUES);
  assertInteger(dimensions, "dimensions", fn, 1, MAX_SAMPLE_VALUES);
  if (count * dimensions > MAX_SAMPLE_VALUES) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: count × dimensions = ${count * dimensions} values is over the limit of ${MAX_SAMPLE_VALUES}; draw fewer points or sample in batches.`, {
      path: "count",
      details: { limit: MAX_SAMPLE_VALUES },
    });
  }
  const src = toUniformSource(random, fn);
  return Array.from({ length: dimensions }, () => {
    const out = new Float64Array(count);
    stratifiedInto(out, count, src, false);
    return out;
  });
}
