/** @internal Output of the random-walk family kernels. */
export interface BaselineKernelResult {
  readonly point: Float64Array;
  readonly se: Float64Array;
  readonly fitted: Float64Array;
  readonly residuals: Float64Array;
}

/**
 * @internal The random-walk family as R's `forecast:::lagwalk`: y_{t} = y_{t−lag} (+ drift). Point
 * forecasts repeat the last `lag` values; the standard error grows with the number of whole
 * seasons ahead. Without drift σ² is the mean squared residual; with drift it is the residual
 * variance (n − 1 denominator) and the drift's own standard error widens the intervals.
 */
export function lagWalkKernel(y: Float64Array, lag: number, horizon: number, drift: boolean): BaselineKernelResult {
  const n = y.length;
  const fitted = new Float64Array(n).fill(NaN);
  const residuals = new Float64Array(n).fill(NaN);
  let b = 0;
  let bse = 0;
  let sigma2: number;
  const count = n - lag;
  if (drift) {
    let s = 0;
    for (let t = lag; t < n; t++) s += (y[t] as number) - (y[t - lag] as number);
    b = s / count;
    let ss = 0;
    for (let t = lag; t < n; t++) {
      const d = (y[t] as number) - (y[t - lag] as number) - b;
      ss += d * d;
    }
    sigma2 = count > 1 ? ss / (count - 1) : NaN;
    bse = Math.sqrt(sigma2 / count);
  } else {
    let ss = 0;
    for (let t = lag; t < n; t++) {
      const d = (y[t] as number) - (y[t - lag] as number);
      ss += d * d;
    }
    sigma2 = ss / count;
  }
  for (let t = lag; t < n; t++) {
    fitted[t] = (y[t - lag] as number) + b;
    residuals[t] = (y[t] as number) - (fitted[t] as number);
  }
  const point = new Float64Array(horizon);
  const se = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) {
    const steps = Math.floor(i / lag) + 1;
    point[i] = (y[n - lag + (i % lag)] as number) + steps * b;
    se[i] = Math.sqrt(sigma2 * steps + (steps * bse) ** 2);
  }
  return { point, se, fitted, residuals };
}
