/**
 * @internal Lower-triangular L with L Lᵀ = A for a symmetric positive semi-definite n×n matrix
 * (row-major). A pivot below `tol` (relative to the diagonal) is taken as 0 and its column left
 * zero, so singular but valid correlation matrices (e.g. ρ = 1) factor too. Returns `undefined`
 * when a pivot is clearly negative (A is not PSD).
 */
export function cholesky(a: Float64Array, n: number, tol = 1e-12): Float64Array | undefined {
  const l = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j] as number;
    for (let k = 0; k < j; k++) d -= (l[j * n + k] as number) ** 2;
    const scale = Math.max(1, Math.abs(a[j * n + j] as number));
    if (d < -tol * scale * 1e3) return undefined;
    if (d <= tol * scale) {
      // Zero pivot: the rest of the column must be zero as well for A to be PSD.
      for (let i = j + 1; i < n; i++) {
        let s = a[i * n + j] as number;
        for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number);
        if (Math.abs(s) > 1e-7 * scale) return undefined;
      }
      continue;
    }
    const ljj = Math.sqrt(d);
    l[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j] as number;
      for (let k = 0; k < j; k++) s -= (l[i * n + k] as number) * (l[j * n + k] as number);
      l[i * n + j] = s / ljj;
    }
  }
  return l;
}
