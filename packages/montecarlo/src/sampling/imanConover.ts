import { checkOptions, DpmError } from "@dpm/core";
import { cholesky } from "../math/cholesky.js";
import { ndtri } from "../distributions/Distribution.js";
import { toUniformSource, type RandomSource, type UniformSource } from "../random/UniformStream.js";
import { validateCorrelationMatrix } from "./correlationMatrix.js";
import { nearestCorrelationFlat } from "./nearestCorrelationMatrix.js";
import { rankInto } from "./rankInto.js";

/**
 * What a correlation matrix measures: `"spearman"` — the rank correlation of the inputs
 * (default); `"normal"` — the correlation of their normal scores, i.e. the Gaussian copula's
 * parameter. They are related by ρ_normal = 2 sin(π ρ_spearman / 6).
 *
 * @category Sampling
 */
export type CorrelationScale = "spearman" | "normal";

/**
 * @internal Validates a correlation matrix on its scale and returns the Cholesky factor of the
 * normal-score correlation it implies (converting Spearman targets by 2 sin(πρ/6); a converted
 * matrix that rounding leaves indefinite is projected to the nearest correlation matrix).
 */
export function normalScoreFactor(matrix: unknown, scale: CorrelationScale, path: string, fn: string): { n: number; factor: Float64Array } {
  if (scale !== "spearman" && scale !== "normal") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: scale must be "spearman" or "normal", got ${String(scale)}.`, { path: "scale" });
  }
  const { flat, n, factor } = validateCorrelationMatrix(matrix, path, fn);
  if (scale === "normal") return { n, factor };
  const converted = flat.map((r, i) => (i % (n + 1) === 0 ? 1 : 2 * Math.sin((Math.PI * r) / 6)));
  return { n, factor: cholesky(converted, n) ?? (cholesky(nearestCorrelationFlat(converted, n, 0), n) as Float64Array) };
}

let cachedScores: Float64Array | undefined;

/** Van der Waerden scores Φ⁻¹((i + 1)/(n + 1)), cached for the last n (the chunk size). */
function scores(n: number): Float64Array {
  if (cachedScores?.length !== n) {
    cachedScores = new Float64Array(n);
    for (let i = 0; i < n; i++) cachedScores[i] = ndtri((i + 1) / (n + 1));
  }
  return cachedScores;
}

/**
 * @internal Iman–Conover (1982) target ranks for k columns of n rows: random permutations of van
 * der Waerden scores S, re-correlated exactly to the target by T = S (P Q⁻¹)ᵀ, with P the factor of
 * the target and Q of S's sample correlation. Returns, per column, the rank each row must take.
 * Column 0 keeps its permutation (P Q⁻¹ is lower triangular), so it needs no sort.
 */
export function imanConoverRanks(n: number, k: number, targetFactor: Float64Array, src: UniformSource): Int32Array[] {
  const a = scores(n);
  const perms = Array.from({ length: k }, () => {
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) p[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(src.next() * (i + 1));
      const t = p[i] as number;
      p[i] = p[j] as number;
      p[j] = t;
    }
    return p;
  });
  if (n < 3) return perms;
  const s = perms.map((p) => {
    const col = new Float64Array(n);
    for (let r = 0; r < n; r++) col[r] = a[p[r] as number] as number;
    return col;
  });
  let mean = 0;
  for (let i = 0; i < n; i++) mean += a[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((a[i] as number) - mean) ** 2;
  const e = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    e[i * k + i] = 1;
    for (let j = 0; j < i; j++) {
      const x = s[i] as Float64Array;
      const y = s[j] as Float64Array;
      let c = 0;
      for (let r = 0; r < n; r++) c += ((x[r] as number) - mean) * ((y[r] as number) - mean);
      e[i * k + j] = e[j * k + i] = c / ss;
    }
  }
  const q = cholesky(e, k);
  if (q === undefined || q.some((v, i) => i % (k + 1) === 0 && v === 0)) return perms; // degenerate scores (tiny n)
  // M = P Q⁻¹, lower triangular: solve M Q = P row by row.
  const m = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = i; j >= 0; j--) {
      let v = targetFactor[i * k + j] as number;
      for (let l = j + 1; l <= i; l++) v -= (m[i * k + l] as number) * (q[l * k + j] as number);
      m[i * k + j] = v / (q[j * k + j] as number);
    }
  }
  const ranks: Int32Array[] = [perms[0] as Int32Array];
  const t = new Float64Array(n);
  const keys = new Float64Array(n);
  for (let i = 1; i < k; i++) {
    t.fill(0);
    for (let l = 0; l <= i; l++) {
      const w = m[i * k + l] as number;
      if (w === 0) continue;
      const col = s[l] as Float64Array;
      for (let r = 0; r < n; r++) t[r] = (t[r] as number) + w * (col[r] as number);
    }
    const rk = new Int32Array(n);
    rankInto(t, n, rk, keys);
    ranks.push(rk);
  }
  return ranks;
}

/**
 * Options of {@link imanConover}.
 *
 * @category Sampling
 */
export interface ImanConoverOptions {
  /** Source of the score permutations: a seed, `Rng` or function (default seed 0). */
  readonly random?: RandomSource;
  /** What `matrix` measures (default `"spearman"`). */
  readonly scale?: CorrelationScale;
}

/**
 * Rearranges independent samples so that they get a target rank correlation while every column
 * keeps exactly its values (its marginal distribution): the Iman–Conover (1982) method. Works
 * with any marginals, including Latin hypercube samples, and needs no quantile functions.
 *
 * @param columns - k samples of equal length n (one per variable)
 * @param matrix - the k×k target correlation (Spearman by default); validated positive
 *   semi-definite, and when it is not the error offers the nearest valid matrix
 * @param options - `random` and `scale`
 * @returns k new columns: the same values, reordered
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad or non-PSD matrix or a column count that
 *   does not match it, `LENGTH_MISMATCH` for columns of different lengths,
 *   `NON_FINITE` for a NaN or infinite sample
 *
 * @example
 * ```ts
 * import { imanConover, normal, spearmanCorrelation, uniform } from "@dpm/montecarlo";
 *
 * const units = normal(100, 10).sample(10_000, 1);
 * const price = uniform(8, 12).sample(10_000, 2);
 * const [u, p] = imanConover([units, price], [[1, -0.6], [-0.6, 1]], { random: 3 });
 * spearmanCorrelation(u as Float64Array, p as Float64Array).toFixed(2); // => "-0.60"
 * ```
 *
 * @category Sampling
 */
export function imanConover(columns: readonly ArrayLike<number>[], matrix: readonly (readonly number[])[], options: ImanConoverOptions = {}): Float64Array[] {
  const fn = "imanConover";
  if (!Array.isArray(columns) || columns.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: columns must be a non-empty array of samples.`, { path: "columns" });
  }
  checkOptions(options, ["random", "scale"], fn, "{ random: 1 }");
  const { n: k, factor } = normalScoreFactor(matrix, options.scale ?? "spearman", "matrix", fn);
  if (k !== columns.length) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: matrix is ${k}×${k} but ${columns.length} columns were given; give one row and column per variable.`, { path: "matrix" });
  }
  const n = columns[0]?.length ?? 0;
  const sorted = columns.map((c, j) => {
    if (c.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: columns[${j}] has ${c.length} values, columns[0] has ${n}.`, { path: `columns[${j}]` });
    const xs = Float64Array.from(c);
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(xs[i])) {
        throw new DpmError("NON_FINITE", `${fn}: columns[${j}][${i}] is ${String(xs[i])}; every sample must be a finite number (drop or impute missing values first).`, { path: `columns[${j}][${i}]` });
      }
    }
    return xs.sort();
  });
  const ranks = imanConoverRanks(n, k, factor, toUniformSource(options.random, fn));
  return sorted.map((xs, j) => {
    const rk = ranks[j] as Int32Array;
    const out = new Float64Array(n);
    for (let r = 0; r < n; r++) out[r] = xs[rk[r] as number] as number;
    return out;
  });
}
