/** @internal Box–Cox transform as R's `forecast::BoxCox` (λ = 0 is the log). Data are validated by the caller. */
export function boxCox(x: Float64Array, lambda: number): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i]!;
    out[i] = lambda === 0 ? Math.log(v) : (Math.sign(v) * Math.pow(Math.abs(v), lambda) - 1) / lambda;
  }
  return out;
}

/**
 * @internal Inverse Box–Cox as R's `InvBoxCox` without bias adjustment (so back-transformed point
 * forecasts are medians). Where λ > 0 and λy + 1 < 0 R returns NA; we return 0, the boundary of
 * the transform's range, so no NaN leaks into intervals.
 */
export function invBoxCox(y: Float64Array, lambda: number): Float64Array {
  const out = new Float64Array(y.length);
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (lambda === 0) out[i] = Math.exp(v);
    else {
      const base = lambda * v + 1;
      out[i] = base <= 0 ? (lambda > 0 ? 0 : Infinity) : Math.pow(base, 1 / lambda);
    }
  }
  return out;
}
