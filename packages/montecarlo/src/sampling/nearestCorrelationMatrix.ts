import { checkOptions, DpmError } from "@dpm/core";
import { symmetricEigen } from "../math/symmetricEigen.js";
import { readMatrix } from "./readMatrix.js";

/**
 * Options of {@link nearestCorrelationMatrix}.
 *
 * @category Sampling
 */
export interface NearestCorrelationOptions {
  /** Smallest eigenvalue of the result (default 1e-8), so it factors and validates. */
  readonly minEigenvalue?: number;
  /** Convergence tolerance of the alternating projections (default 1e-12). */
  readonly tolerance?: number;
}

/** Largest matrix {@link nearestCorrelationMatrix} repairs (n × n): beyond it the alternating projections take seconds to minutes. */
export const MAX_NEAREST_CORRELATION_SIZE = 50;

/** @internal Projection of a symmetric matrix onto the PSD cone: clip eigenvalues at `floor`. */
function projectPsd(x: Float64Array, n: number, floor: number): Float64Array {
  const { values, vectors } = symmetricEigen(x, n);
  const out = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const lam = Math.max(values[k] as number, floor);
    if (lam === 0) continue;
    for (let i = 0; i < n; i++) {
      const vik = (vectors[i * n + k] as number) * lam;
      for (let j = 0; j < n; j++) out[i * n + j] = (out[i * n + j] as number) + vik * (vectors[j * n + k] as number);
    }
  }
  return out;
}

/** @internal Higham's alternating projections with Dykstra's correction, on a flat matrix. */
export function nearestCorrelationFlat(a: Float64Array, n: number, minEigenvalue = 1e-8, tolerance = 1e-12): Float64Array {
  let y = Float64Array.from(a);
  let ds = new Float64Array(n * n);
  for (let iter = 0; iter < 10_000; iter++) {
    const r = y.map((v, i) => v - (ds[i] as number));
    const x = projectPsd(r, n, 0);
    ds = x.map((v, i) => v - (r[i] as number));
    const next = Float64Array.from(x);
    for (let i = 0; i < n; i++) next[i * n + i] = 1;
    let diff = 0;
    let norm = 0;
    for (let i = 0; i < n * n; i++) {
      diff += ((next[i] as number) - (x[i] as number)) ** 2;
      norm += (next[i] as number) ** 2;
    }
    y = next;
    if (Math.sqrt(diff) <= tolerance * Math.sqrt(norm)) break;
  }
  // Lift the spectrum to minEigenvalue and restore the unit diagonal.
  const z = projectPsd(y, n, minEigenvalue);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      out[i * n + j] = i === j ? 1 : (z[i * n + j] as number) / Math.sqrt((z[i * n + i] as number) * (z[j * n + j] as number));
    }
  }
  return out;
}

/**
 * The nearest valid correlation matrix (symmetric, unit diagonal, positive semi-definite) to a
 * symmetric matrix, in the Frobenius norm, by Higham's alternating projections with Dykstra's
 * correction (IMA J. Numer. Anal. 22, 2002). Use it to repair a correlation matrix assembled by
 * hand from pairwise judgements, which is often not positive semi-definite.
 *
 * @param matrix - a symmetric square matrix (array of rows) with entries in [−1, 1]
 * @param options - `minEigenvalue` (default 1e-8) and `tolerance` (default 1e-12)
 * @returns the nearest correlation matrix, as rows
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a matrix that is not square and symmetric,
 *   larger than {@link MAX_NEAREST_CORRELATION_SIZE} (50 × 50), or unknown option keys
 *
 * @example
 * ```ts
 * import { nearestCorrelationMatrix } from "@dpm/montecarlo";
 *
 * // Pairwise guesses that cannot hold together: a ≈ b, b ≈ c, but a and c opposed.
 * const fixed = nearestCorrelationMatrix([
 *   [1, 0.9, -0.9],
 *   [0.9, 1, 0.9],
 *   [-0.9, 0.9, 1],
 * ]);
 * fixed[0]?.[1]?.toFixed(2); // => "0.50"
 * fixed[0]?.[2]?.toFixed(2); // => "-0.50"
 * ```
 *
 * @category Sampling
 */
export function nearestCorrelationMatrix(matrix: readonly (readonly number[])[], options: NearestCorrelationOptions = {}): number[][] {
  const fn = "nearestCorrelationMatrix";
  const { flat, n } = readMatrix(matrix, "matrix", fn, false);
  if (Array.isArray(matrix) && matrix.length > MAX_NEAREST_CORRELATION_SIZE) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the matrix is ${matrix.length}×${matrix.length}, over the limit of ${MAX_NEAREST_CORRELATION_SIZE}×${MAX_NEAREST_CORRELATION_SIZE} (each projection is an eigendecomposition); correlate fewer inputs per group.`, {
      path: "matrix",
      details: { limit: MAX_NEAREST_CORRELATION_SIZE },
    });
  }
  checkOptions(options, ["minEigenvalue", "tolerance"], fn, "{ minEigenvalue: 1e-6 }");
  const minEigenvalue = options.minEigenvalue ?? 1e-8;
  if (!(minEigenvalue >= 0 && minEigenvalue < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: minEigenvalue must be in [0, 1), got ${minEigenvalue}.`, { path: "options.minEigenvalue" });
  }
  const out = nearestCorrelationFlat(flat, n, minEigenvalue, options.tolerance ?? 1e-12);
  return Array.from({ length: n }, (_, i) => Array.from(out.subarray(i * n, (i + 1) * n)));
}
