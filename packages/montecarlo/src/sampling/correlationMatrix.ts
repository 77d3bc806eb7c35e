import { DpmError } from "@dpm/core";
import { cholesky } from "../math/cholesky.js";
import { symmetricEigen } from "../math/symmetricEigen.js";
import { nearestCorrelationFlat } from "./nearestCorrelationMatrix.js";
import { readMatrix } from "./readMatrix.js";

/** Eigenvalues below this count as negative: the matrix is not positive semi-definite. */
const PSD_TOLERANCE = 1e-10;

/**
 * @internal Validates a correlation matrix — square, symmetric, unit diagonal, entries in [−1, 1],
 * positive semi-definite (smallest eigenvalue ≥ −1e-10) — and returns it flat with its
 * PSD-tolerant Cholesky factor. When it is not PSD the error carries the nearest valid matrix
 * (Higham) in its message and in `details.nearest`.
 */
export function validateCorrelationMatrix(matrix: unknown, path: string, fn: string): { flat: Float64Array; n: number; factor: Float64Array } {
  const { flat, n } = readMatrix(matrix, path, fn);
  const { values } = symmetricEigen(flat, n);
  const minEig = Math.min(...values);
  const factor = minEig >= -PSD_TOLERANCE ? cholesky(flat, n) : undefined;
  if (factor === undefined) {
    const nearest = nearestCorrelationFlat(flat, n);
    const rows = Array.from({ length: n }, (_, i) => Array.from(nearest.subarray(i * n, (i + 1) * n), (v) => Number(v.toFixed(4))));
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: ${path} is not positive semi-definite (smallest eigenvalue ${minEig.toPrecision(3)}), so no set of variables can have these correlations together. ` +
        `The nearest valid correlation matrix is ${JSON.stringify(rows)}; use it (nearestCorrelationMatrix computes it) or revise the pairwise values.`,
      { path, details: { smallestEigenvalue: minEig, nearest: rows } },
    );
  }
  return { flat, n, factor };
}
