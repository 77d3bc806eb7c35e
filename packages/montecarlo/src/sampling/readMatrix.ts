import { DpmError } from "@dpm/core";

/**
 * @internal Reads a square matrix of finite numbers given as rows into a flat row-major array,
 * checking symmetry (to 1e-12) and, when `correlation`, a unit diagonal and entries in [−1, 1].
 */
export function readMatrix(matrix: unknown, path: string, fn: string, correlation = true): { flat: Float64Array; n: number } {
  if (!Array.isArray(matrix) || matrix.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a non-empty square matrix given as an array of rows, e.g. [[1, 0.5], [0.5, 1]].`, { path });
  }
  const n = matrix.length;
  const flat = new Float64Array(n * n);
  matrix.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== n) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}[${i}] must be a row of ${n} numbers (the matrix is ${n}×${n}).`, { path: `${path}[${i}]` });
    }
    row.forEach((v: unknown, j) => {
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new DpmError("NON_FINITE", `${fn}: ${path}[${i}][${j}] must be a finite number, got ${String(v)}.`, { path: `${path}[${i}][${j}]` });
      }
      flat[i * n + j] = v;
    });
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (Math.abs((flat[i * n + j] as number) - (flat[j * n + i] as number)) > 1e-12) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be symmetric, but [${i}][${j}] = ${flat[i * n + j]} and [${j}][${i}] = ${flat[j * n + i]}.`, {
          path: `${path}[${i}][${j}]`,
        });
      }
    }
  }
  if (correlation) {
    for (let i = 0; i < n; i++) {
      if (flat[i * n + i] !== 1) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}[${i}][${i}] must be 1 (a variable is perfectly correlated with itself), got ${flat[i * n + i]}.`, {
          path: `${path}[${i}][${i}]`,
        });
      }
      for (let j = 0; j < n; j++) {
        const v = flat[i * n + j] as number;
        if (v < -1 || v > 1) {
          throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}[${i}][${j}] = ${v} is not a correlation; entries must lie in [−1, 1].`, { path: `${path}[${i}][${j}]` });
        }
      }
    }
  }
  return { flat, n };
}
