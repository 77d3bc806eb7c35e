/**
 * @internal Conditional sum of squares of an ARMA on an already differenced series `w`, as R's C
 * routine `ARIMA_CSS` after its differencing step: residuals from index `start` (= p + m·P; R's
 * n.cond minus the differences) with earlier residuals taken as 0. `resid` (length of w) receives
 * the residuals, 0 before `start`. Returns ssq / (number of terms), or NaN when there are none.
 *
 * Only the non-zero coefficients enter the inner loops (a seasonal polynomial is mostly zeros);
 * they are subtracted in the same order as the dense recursion, so the result is identical.
 * `nz` (optional scratch, length ≥ pf + qf) avoids an allocation per call.
 */
export function armaCss(
  w: Float64Array,
  start: number,
  phi: Float64Array,
  pf: number,
  theta: Float64Array,
  qf: number,
  resid: Float64Array,
  nz?: Int32Array,
): number {
  const n = w.length;
  const idx = nz !== undefined && nz.length >= pf + qf ? nz : new Int32Array(pf + qf);
  let np = 0;
  for (let j = 0; j < pf; j++) if (phi[j] !== 0) idx[np++] = j;
  let nq = 0;
  for (let j = 0; j < qf; j++) if (theta[j] !== 0) idx[pf + nq++] = j;
  for (let l = 0; l < start && l < n; l++) resid[l] = 0;
  let ssq = 0;
  let nu = 0;
  for (let l = start; l < n; l++) {
    let tmp = w[l]!;
    for (let a = 0; a < np; a++) {
      const j = idx[a]!;
      tmp -= phi[j]! * w[l - j - 1]!;
    }
    const lim = Math.min(l - start, qf);
    for (let a = 0; a < nq; a++) {
      const j = idx[pf + a]!;
      if (j >= lim) break;
      tmp -= theta[j]! * resid[l - j - 1]!;
    }
    resid[l] = tmp;
    ssq += tmp * tmp;
    nu++;
  }
  return nu > 0 ? ssq / nu : NaN;
}
