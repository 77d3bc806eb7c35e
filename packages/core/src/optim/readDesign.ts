import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/** @internal A design matrix given as rows, copied column-major (A[j·n + i] = X[i][j]), and y. */
export function readDesign(X: unknown, y: unknown, fn: string): { A: Float64Array; b: Float64Array; n: number; p: number } {
  if (!Array.isArray(X)) throw new DpmError("INVALID_ARGUMENT", `${fn}: X must be an array of rows (each an array or Float64Array of numbers), got ${describeValue(X)}.`, { path: "X" });
  const n = X.length;
  if (n === 0) throw new DpmError("EMPTY", `${fn}: X has no rows; pass at least one observation.`, { path: "X" });
  const first = X[0] as unknown;
  if (first === null || typeof first !== "object" || typeof (first as ArrayLike<number>).length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: X[0] must be a row (an array of numbers), got ${describeValue(first)}.`, { path: "X[0]" });
  }
  const p = (first as ArrayLike<number>).length;
  if (p === 0) throw new DpmError("EMPTY", `${fn}: X has no columns; pass at least one.`, { path: "X[0]" });
  if (y === null || typeof y !== "object" || typeof (y as ArrayLike<number>).length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: y must be an array or Float64Array of numbers, got ${describeValue(y)}.`, { path: "y" });
  }
  const yy = y as ArrayLike<unknown>;
  if (yy.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: y has ${yy.length} values but X has ${n} rows; give one y per row.`, { path: "y" });
  const A = new Float64Array(n * p);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = X[i] as unknown;
    if (row === null || typeof row !== "object" || (row as ArrayLike<number>).length !== p) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: X[${i}] must be a row of ${p} numbers like X[0], got ${describeValue(row)}.`, { path: `X[${i}]` });
    }
    for (let j = 0; j < p; j++) {
      const v = (row as ArrayLike<unknown>)[j];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: X[${i}][${j}] is ${describeValue(v)}; every entry must be a finite number.`, { path: `X[${i}][${j}]` });
      A[j * n + i] = v;
    }
    const v = yy[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new DpmError("NON_FINITE", `${fn}: y[${i}] is ${describeValue(v)}; every value must be a finite number.`, { path: `y[${i}]` });
    b[i] = v;
  }
  return { A, b, n, p };
}

/**
 * @internal Least squares on the columns `cols` of the column-major n × p matrix A by Householder
 * QR: writes the solution into out[cols[k]]. Returns false when the columns are rank deficient.
 */
export function solveSubset(A: Float64Array, b: Float64Array, n: number, cols: readonly number[], out: Float64Array, work: Float64Array, rhs: Float64Array): boolean {
  const k = cols.length;
  // copy the columns into work (column-major n × k) and b into rhs
  for (let c = 0; c < k; c++) work.set(A.subarray((cols[c] as number) * n, (cols[c] as number) * n + n), c * n);
  rhs.set(b.subarray(0, n));
  let scale = 0;
  for (let i = 0; i < n * k; i++) scale = Math.max(scale, Math.abs(work[i] as number));
  for (let c = 0; c < k; c++) {
    // Householder reflection zeroing work[c+1.., c]
    let norm = 0;
    for (let i = c; i < n; i++) norm = Math.hypot(norm, work[c * n + i] as number);
    if (c >= n || norm <= 1e-13 * scale * Math.sqrt(n)) return false;
    const alpha = (work[c * n + c] as number) > 0 ? -norm : norm;
    work[c * n + c] = (work[c * n + c] as number) - alpha;
    let vv = 0;
    for (let i = c; i < n; i++) vv += (work[c * n + i] as number) ** 2;
    for (let cc = c + 1; cc < k; cc++) {
      let s = 0;
      for (let i = c; i < n; i++) s += (work[c * n + i] as number) * (work[cc * n + i] as number);
      const t = (2 * s) / vv;
      for (let i = c; i < n; i++) work[cc * n + i] = (work[cc * n + i] as number) - t * (work[c * n + i] as number);
    }
    let s = 0;
    for (let i = c; i < n; i++) s += (work[c * n + i] as number) * (rhs[i] as number);
    const t = (2 * s) / vv;
    for (let i = c; i < n; i++) rhs[i] = (rhs[i] as number) - t * (work[c * n + i] as number);
    work[c * n + c] = alpha;
  }
  for (let c = k - 1; c >= 0; c--) {
    let s = rhs[c] as number;
    for (let cc = c + 1; cc < k; cc++) s -= (work[cc * n + c] as number) * (out[cols[cc] as number] as number);
    out[cols[c] as number] = s / (work[c * n + c] as number);
  }
  return true;
}
