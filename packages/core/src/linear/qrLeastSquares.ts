import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/**
 * Result of {@link qrLeastSquares}.
 *
 * @category Linear models
 */
export interface QrLeastSquares {
  /** Coefficients in the original column order (0 for columns dropped as collinear: a basic least-squares solution; check `rank`). */
  readonly coef: Float64Array;
  /** Number of linearly independent columns kept. */
  readonly rank: number;
  /** Column order of the factorisation: kept columns first (original order), then dropped ones. */
  readonly pivot: Int32Array;
  /** Residual sum of squares. */
  readonly rss: number;
  /** y − X·coef. */
  readonly residuals: Float64Array;
  /** (X'X)⁻¹, p × p row-major in the original column order (rows/columns of dropped columns are 0: a generalised inverse). */
  readonly xtxInverse: Float64Array;
  /**
   * For each dropped column (in pivot order after the kept ones), the coefficients that write it as
   * a combination of the kept columns (length p, original order; 0 for the column itself).
   */
  readonly dependencies: readonly Float64Array[];
}

/**
 * Least squares of y on p columns by Householder QR with R's limited column pivoting (`dqrdc2`, as
 * `lm` uses): a column whose remaining norm falls below `tolerance` × its original norm is moved to
 * the end and reported as collinear instead of being solved for. The low-level kernel behind
 * {@link fitLinearModel}: no names, no statistics — for hot paths (the checks below cost O(np),
 * against O(np²) for the factorisation). Inputs are not mutated; for weighted least squares,
 * multiply each row of the columns and y by √w first.
 *
 * @param columns - p columns of length n
 * @param y - the response, length n
 * @param tolerance - relative rank tolerance (default 1e-7, R's `lm`)
 * @returns coefficients, rank, pivot, residuals and (X'X)⁻¹
 * @throws {@link DpmError} `INVALID_ARGUMENT` when `columns` is not an array of arrays or `y` not an array;
 *   `LENGTH_MISMATCH` when a column's length differs from y's; `NON_FINITE` for NaN/±Infinity entries or
 *   values so large that the solution overflows
 *
 * @example
 * ```ts
 * import { qrLeastSquares } from "@dpm/core";
 *
 * const one = new Float64Array([1, 1, 1, 1]);
 * const x = new Float64Array([0, 1, 2, 3]);
 * const fit = qrLeastSquares([one, x], new Float64Array([1, 3, 5, 7]));
 * Array.from(fit.coef).map((b) => Math.round(b * 1e9) / 1e9); // => [1, 2]
 * fit.rank; // => 2
 * ```
 *
 * @category Linear models
 */
export function qrLeastSquares(columns: readonly Float64Array[], y: Float64Array, tolerance = 1e-7): QrLeastSquares {
  checkInputs(columns, y, tolerance);
  const p = columns.length;
  const n = y.length;
  const a = new Float64Array(n * p);
  const origNorm = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const c = columns[j]!;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const v = c[i]!;
      a[j * n + i] = v;
      s += v * v;
    }
    const nrm = Math.sqrt(s);
    origNorm[j] = nrm === 0 ? 1 : nrm;
  }
  const qty = Float64Array.from(y);
  // order[k] = original column at factorisation position k (kept columns first).
  const kept: number[] = [];
  const dropped: number[] = [];
  const rdiag = new Float64Array(p);
  const isKept = new Uint8Array(p);
  const m = Math.min(n, p);
  for (let j = 0; j < p; j++) {
    const k = kept.length; // row of the next pivot
    if (k >= m) {
      dropped.push(j);
      continue;
    }
    const base = j * n;
    let s = 0;
    for (let i = k; i < n; i++) s += a[base + i]! * a[base + i]!;
    const nrm = Math.sqrt(s);
    if (!(nrm >= origNorm[j]! * tolerance) || nrm === 0) {
      dropped.push(j);
      continue;
    }
    // Householder vector v = x − α e_k with α = −sign(x_k)·‖x‖; H = I − v v' / (‖x‖ (‖x‖ + |x_k|)).
    const xk = a[base + k]!;
    const alpha = xk >= 0 ? -nrm : nrm;
    const v0 = xk - alpha;
    const beta = 1 / (nrm * (nrm + Math.abs(xk))); // = 2 / (v'v)
    rdiag[j] = alpha;
    // Apply to the columns not yet processed, the dropped ones (for their dependencies) and y.
    isKept[j] = 1;
    for (let jj = 0; jj < p; jj++) {
      if (isKept[jj] === 1) continue;
      const bj = jj * n;
      let d = v0 * a[bj + k]!;
      for (let i = k + 1; i < n; i++) d += a[base + i]! * a[bj + i]!;
      const f = d * beta;
      if (f === 0) continue;
      a[bj + k] = a[bj + k]! - f * v0;
      for (let i = k + 1; i < n; i++) a[bj + i] = a[bj + i]! - f * a[base + i]!;
    }
    {
      let d = v0 * qty[k]!;
      for (let i = k + 1; i < n; i++) d += a[base + i]! * qty[i]!;
      const f = d * beta;
      qty[k] = qty[k]! - f * v0;
      for (let i = k + 1; i < n; i++) qty[i] = qty[i]! - f * a[base + i]!;
    }
    kept.push(j);
  }
  const r = kept.length;
  // R (r × r upper triangular, in kept order): R[row, col] = a[kept[col]*n + row] for row < col, rdiag on the diagonal.
  const R = new Float64Array(r * r);
  for (let c = 0; c < r; c++) {
    const col = kept[c]!;
    for (let row = 0; row < c; row++) R[row * r + c] = a[col * n + row]!;
    R[c * r + c] = rdiag[col]!;
  }
  const bk = backSolve(R, r, qty);
  const coef = new Float64Array(p);
  for (let c = 0; c < r; c++) coef[kept[c]!] = bk[c]!;
  // Residuals from the original columns (exact, not from Q'y).
  const residuals = Float64Array.from(y);
  for (let c = 0; c < r; c++) {
    const b = bk[c]!;
    const col = columns[kept[c]!]!;
    for (let i = 0; i < n; i++) residuals[i] = residuals[i]! - b * col[i]!;
  }
  let rss = 0;
  for (let i = 0; i < n; i++) rss += residuals[i]! * residuals[i]!;
  if (!Number.isFinite(rss) || !coef.every(Number.isFinite)) {
    throw new DpmError("NON_FINITE", `${FN}: the solution overflows (values near ${describeValue(Math.max(...Array.from(y, Math.abs)))}); rescale y and the columns.`, { path: "y" });
  }
  // (X'X)⁻¹ = R⁻¹ R⁻ᵀ.
  const Rinv = invertUpper(R, r);
  const xtxInverse = new Float64Array(p * p);
  for (let i = 0; i < r; i++) {
    for (let j = i; j < r; j++) {
      let s = 0;
      for (let k = j; k < r; k++) s += Rinv[i * r + k]! * Rinv[j * r + k]!;
      xtxInverse[kept[i]! * p + kept[j]!] = s;
      xtxInverse[kept[j]! * p + kept[i]!] = s;
    }
  }
  const dependencies = dropped.map((d) => {
    const rhs = new Float64Array(r);
    for (let row = 0; row < r; row++) rhs[row] = a[d * n + row]!;
    const c = backSolve(R, r, rhs);
    const dep = new Float64Array(p);
    for (let k = 0; k < r; k++) dep[kept[k]!] = c[k]!;
    return dep;
  });
  return { coef, rank: r, pivot: Int32Array.from([...kept, ...dropped]), rss, residuals, xtxInverse, dependencies };
}

const FN = "qrLeastSquares";

function isNumericArray(v: unknown): v is ArrayLike<number> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

function checkInputs(columns: unknown, y: unknown, tolerance: unknown): void {
  if (!isNumericArray(y)) throw new DpmError("INVALID_ARGUMENT", `${FN}: y must be a Float64Array (or number array), got ${describeValue(y)}.`, { path: "y" });
  if (!Array.isArray(columns)) throw new DpmError("INVALID_ARGUMENT", `${FN}: columns must be an array of Float64Array columns, got ${describeValue(columns)}.`, { path: "columns" });
  if (!(typeof tolerance === "number" && tolerance > 0 && tolerance < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: tolerance must be in (0, 1) such as 1e-7, got ${describeValue(tolerance)}.`, { path: "tolerance" });
  }
  const n = y.length;
  for (let i = 0; i < n; i++) {
    const v = y[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new DpmError("NON_FINITE", `${FN}: y[${i}] is ${describeValue(v)}; every value must be finite.`, { path: `y[${i}]` });
  }
  for (let j = 0; j < columns.length; j++) {
    const c: unknown = columns[j];
    if (!isNumericArray(c)) throw new DpmError("INVALID_ARGUMENT", `${FN}: columns[${j}] must be a Float64Array (or number array), got ${describeValue(c)}.`, { path: `columns[${j}]` });
    if (c.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: columns[${j}] has ${c.length} values but y has ${n}.`, { path: `columns[${j}]` });
    for (let i = 0; i < n; i++) {
      const v = c[i];
      if (typeof v !== "number" || !Number.isFinite(v)) throw new DpmError("NON_FINITE", `${FN}: columns[${j}][${i}] is ${describeValue(v)}; every value must be finite.`, { path: `columns[${j}][${i}]` });
    }
  }
}

function backSolve(R: Float64Array, r: number, rhs: Float64Array): Float64Array {
  const x = new Float64Array(r);
  for (let i = r - 1; i >= 0; i--) {
    let s = rhs[i]!;
    for (let k = i + 1; k < r; k++) s -= R[i * r + k]! * x[k]!;
    x[i] = s / R[i * r + i]!;
  }
  return x;
}

function invertUpper(R: Float64Array, r: number): Float64Array {
  const inv = new Float64Array(r * r);
  for (let j = 0; j < r; j++) {
    inv[j * r + j] = 1 / R[j * r + j]!;
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += R[i * r + k]! * inv[k * r + j]!;
      inv[i * r + j] = -s / R[i * r + i]!;
    }
  }
  return inv;
}
