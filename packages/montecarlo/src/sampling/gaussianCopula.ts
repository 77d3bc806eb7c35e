import { assertInteger, checkOptions, DpmError, normalCdf } from "@dpm/core";
import { ndtri } from "../distributions/Distribution.js";
import { toUniformSource, type RandomSource } from "../random/UniformStream.js";
import { normalScoreFactor, type CorrelationScale } from "./imanConover.js";
import { stratifiedInto } from "./latinHypercube.js";

/**
 * @internal z = L ε in place over columns (each of length ≥ n): column j becomes
 * Σ_{l ≤ j} L[j][l] ε_l. Works from the last column down, so each column is read before it is
 * overwritten.
 */
export function correlateInPlace(cols: readonly Float64Array[], factor: Float64Array, k: number, n: number, from = 0): void {
  for (let j = k - 1; j >= 0; j--) {
    const out = cols[j] as Float64Array;
    const d = factor[j * k + j] as number;
    for (let r = from; r < n; r++) out[r] = d * (out[r] as number);
    for (let l = 0; l < j; l++) {
      const w = factor[j * k + l] as number;
      if (w === 0) continue;
      const src = cols[l] as Float64Array;
      for (let r = from; r < n; r++) out[r] = (out[r] as number) + w * (src[r] as number);
    }
  }
}

/**
 * Options of {@link gaussianCopula}.
 *
 * @category Sampling
 */
export interface GaussianCopulaOptions {
  /** A seed, `Rng` or function (default seed 0). */
  readonly random?: RandomSource;
  /** What `matrix` measures (default `"spearman"`; `"normal"` is the copula parameter itself). */
  readonly scale?: CorrelationScale;
  /** `"mc"` (default) or `"lhs"` — Latin hypercube strata for the independent normals. */
  readonly sampling?: "mc" | "lhs";
}

/**
 * Correlated uniforms from a Gaussian copula: independent normals ε, z = L ε with L L^T the
 * normal-score correlation, u = Φ(z). Apply each distribution's `quantile` to its column to get
 * correlated inputs with exactly those marginals.
 *
 * @param count - rows, ≥ 1
 * @param matrix - the k×k correlation (Spearman by default), validated positive semi-definite
 * @param options - `random`, `scale`, `sampling`
 * @returns k columns of `count` uniforms in (0, 1)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad count or a bad or non-PSD matrix (the
 *   message offers the nearest valid matrix)
 *
 * @example
 * ```ts
 * import { gaussianCopula, spearmanCorrelation } from "@dpm/montecarlo";
 *
 * const [a, b] = gaussianCopula(20_000, [[1, -0.5], [-0.5, 1]], { random: 7, scale: "normal" });
 * // Spearman of a Gaussian copula with ρ = −0.5 is (6/π)·asin(−0.25) = −0.4826
 * spearmanCorrelation(a as Float64Array, b as Float64Array).toFixed(2); // => "-0.48"
 * ```
 *
 * @category Sampling
 */
export function gaussianCopula(count: number, matrix: readonly (readonly number[])[], options: GaussianCopulaOptions = {}): Float64Array[] {
  const fn = "gaussianCopula";
  assertInteger(count, "count", fn, 1);
  checkOptions(options, ["random", "scale", "sampling"], fn, "{ random: 1 }");
  const { n: k, factor } = normalScoreFactor(matrix, options.scale ?? "spearman", "matrix", fn);
  const sampling = options.sampling ?? "mc";
  if (sampling !== "mc" && sampling !== "lhs") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: sampling must be "mc" or "lhs", got ${String(sampling)}.`, { path: "sampling" });
  }
  const src = toUniformSource(options.random, fn);
  const cols = Array.from({ length: k }, () => {
    const c = new Float64Array(count);
    if (sampling === "lhs") stratifiedInto(c, count, src, false);
    else src.fill(c, 0, count);
    for (let r = 0; r < count; r++) c[r] = ndtri(c[r] as number);
    return c;
  });
  correlateInPlace(cols, factor, k, count);
  for (const c of cols) for (let r = 0; r < count; r++) c[r] = normalCdf(c[r] as number);
  return cols;
}
