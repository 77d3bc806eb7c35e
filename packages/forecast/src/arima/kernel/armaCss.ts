/**
 * @internal Conditional sum of squares of an ARMA on an already differenced series `w`, as R's C
 * routine `ARIMA_CSS` after its differencing step: residuals from index `start` (= p + m·P; R's
 * n.cond minus the differences) with earlier residuals taken as 0. `resid` (length of w) receives
 * the residuals, 0 before `start`. Returns ssq / (number of terms), or NaN when there are none.
 */
export function armaCss(
  w: Float64Array,
  start: number,
  phi: Float64Array,
  pf: number,
  theta: Float64Array,
  qf: number,
  resid: Float64Array,
): number {
  const n = w.length;
  for (let l = 0; l < start && l < n; l++) resid[l] = 0;
  let ssq = 0;
  let nu = 0;
  for (let l = start; l < n; l++) {
    let tmp = w[l]!;
    for (let j = 0; j < pf; j++) tmp -= phi[j]! * w[l - j - 1]!;
    const lim = Math.min(l - start, qf);
    for (let j = 0; j < lim; j++) tmp -= theta[j]! * resid[l - j - 1]!;
    resid[l] = tmp;
    ssq += tmp * tmp;
    nu++;
  }
  return nu > 0 ? ssq / nu : NaN;
}
