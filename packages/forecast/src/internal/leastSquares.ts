/**
 * @internal Inverse of a k × k row-major matrix by Gauss–Jordan elimination with partial
 * pivoting, or null when it is numerically singular: a pivot not above `relativeTolerance` times
 * the largest |entry| (or not finite), as R's `solve` refuses it.
 */
export function invertMatrix(M: Float64Array, k: number, relativeTolerance: number): Float64Array | null {
  const A = Float64Array.from(M);
  const inv = new Float64Array(k * k);
  for (let i = 0; i < k; i++) inv[i * k + i] = 1;
  let maxAbs = 0;
  for (let i = 0; i < k * k; i++) maxAbs = Math.max(maxAbs, Math.abs(A[i]!));
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(A[r * k + c]!) > Math.abs(A[piv * k + c]!)) piv = r;
    const pv = A[piv * k + c]!;
    if (!(Math.abs(pv) > relativeTolerance * maxAbs) || !Number.isFinite(pv)) return null;
    if (piv !== c) {
      for (let j = 0; j < k; j++) {
        [A[c * k + j], A[piv * k + j]] = [A[piv * k + j]!, A[c * k + j]!];
        [inv[c * k + j], inv[piv * k + j]] = [inv[piv * k + j]!, inv[c * k + j]!];
      }
    }
    for (let j = 0; j < k; j++) {
      A[c * k + j] = A[c * k + j]! / pv;
      inv[c * k + j] = inv[c * k + j]! / pv;
    }
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = A[r * k + c]!;
      if (f === 0) continue;
      for (let j = 0; j < k; j++) {
        A[r * k + j] = A[r * k + j]! - f * A[c * k + j]!;
        inv[r * k + j] = inv[r * k + j]! - f * inv[c * k + j]!;
      }
    }
  }
  return inv;
}

/** @internal Result of {@link leastSquares}. */
export interface LeastSquaresFit {
  readonly coef: Float64Array;
  /** Residual sum of squares. */
  readonly rss: number;
  /** Standard errors from σ² = rss / (n − k) (NaN when n ≤ k). */
  readonly se: Float64Array;
}

/**
 * @internal Least squares without an implicit intercept of y on a few columns (k small: the normal
 * equations are solved directly), or null when the columns are collinear.
 */
export function leastSquares(y: Float64Array, columns: readonly Float64Array[]): LeastSquaresFit | null {
  const k = columns.length;
  const n = y.length;
  const A = new Float64Array(k * k);
  const b = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const xi = columns[i]!;
    for (let j = 0; j < k; j++) {
      const xj = columns[j]!;
      let s = 0;
      for (let t = 0; t < n; t++) s += xi[t]! * xj[t]!;
      A[i * k + j] = s;
    }
    let s = 0;
    for (let t = 0; t < n; t++) s += xi[t]! * y[t]!;
    b[i] = s;
  }
  const inv = invertMatrix(A, k, 1e-12);
  if (inv === null) return null;
  const coef = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) s += inv[i * k + j]! * b[j]!;
    coef[i] = s;
  }
  let rss = 0;
  for (let t = 0; t < n; t++) {
    let fit = 0;
    for (let i = 0; i < k; i++) fit += coef[i]! * columns[i]![t]!;
    rss += (y[t]! - fit) ** 2;
  }
  const s2 = n > k ? rss / (n - k) : NaN;
  const se = new Float64Array(k);
  for (let i = 0; i < k; i++) se[i] = Math.sqrt(Math.max(inv[i * k + i]! * s2, 0));
  return { coef, rss, se };
}
