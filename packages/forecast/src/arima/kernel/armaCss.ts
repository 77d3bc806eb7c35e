/**
 * @internal Conditional sum of squares of an ARIMA, as R's C routine `ARIMA_CSS`: difference `x`
 * (d lag-1, then D lag-`period`), then run the ARMA recursion from index `ncond` with earlier
 * residuals set to 0. `w` and `resid` are scratch of length n (resid keeps the residuals, 0 before
 * ncond). Returns ssq / (number of terms), or NaN when there are none.
 */
export function armaCss(
  x: Float64Array,
  d: number,
  D: number,
  period: number,
  phi: Float64Array,
  pf: number,
  theta: Float64Array,
  qf: number,
  ncond: number,
  w: Float64Array,
  resid: Float64Array,
): number {
  const n = x.length;
  for (let l = 0; l < n; l++) w[l] = x[l]!;
  for (let i = 0; i < d; i++) for (let l = n - 1; l > 0; l--) w[l] = w[l]! - w[l - 1]!;
  for (let i = 0; i < D; i++) for (let l = n - 1; l >= period; l--) w[l] = w[l]! - w[l - period]!;
  for (let l = 0; l < ncond && l < n; l++) resid[l] = 0;
  let ssq = 0;
  let nu = 0;
  for (let l = ncond; l < n; l++) {
    let tmp = w[l]!;
    for (let j = 0; j < pf; j++) tmp -= phi[j]! * w[l - j - 1]!;
    const lim = Math.min(l - ncond, qf);
    for (let j = 0; j < lim; j++) tmp -= theta[j]! * resid[l - j - 1]!;
    resid[l] = tmp;
    ssq += tmp * tmp;
    nu++;
  }
  return nu > 0 ? ssq / nu : NaN;
}
