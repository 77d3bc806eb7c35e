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
