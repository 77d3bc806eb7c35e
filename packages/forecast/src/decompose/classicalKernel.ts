/** @internal Result of the classical decomposition kernel (NaN where the moving average is undefined). */
export interface ClassicalParts {
  readonly trend: Float64Array;
  readonly seasonal: Float64Array;
  readonly remainder: Float64Array;
  /** The m seasonal indices, `figure[j]` for positions j, j + m, … from the start of the data. */
  readonly figure: Float64Array;
}

/**
 * @internal Centred moving average of order m as R's `filter(x, f, sides = 2)` with the weights
 * of `decompose`: a 2×m MA for even m (end weights ½), a plain m-term MA for odd m. NaN at the ends.
 */
export function centredMovingAverage(y: Float64Array, m: number): Float64Array {
  const n = y.length;
  const out = new Float64Array(n).fill(NaN);
  const even = m % 2 === 0;
  const half = even ? m / 2 : (m - 1) / 2;
  for (let t = half; t < n - half; t++) {
    let s = 0;
    if (even) {
      s = 0.5 * ((y[t - half] as number) + (y[t + half] as number));
      for (let k = -half + 1; k < half; k++) s += y[t + k] as number;
    } else {
      for (let k = -half; k <= half; k++) s += y[t + k] as number;
    }
    out[t] = s / m;
  }
  return out;
}

/**
 * @internal R's `stats::decompose`: trend by the centred moving average, seasonal figure as the
 * mean detrended value at each position of the cycle (counted from the first value), normalised to
 * sum to 0 (additive) or average 1 (multiplicative). Needs n ≥ 2m (checked by the caller).
 */
export function classicalKernel(y: Float64Array, m: number, multiplicative: boolean): ClassicalParts {
  const n = y.length;
  const trend = centredMovingAverage(y, m);
  const figure = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    let s = 0;
    let k = 0;
    for (let t = j; t < n; t += m) {
      const tr = trend[t] as number;
      if (Number.isNaN(tr)) continue;
      s += multiplicative ? (y[t] as number) / tr : (y[t] as number) - tr;
      k++;
    }
    figure[j] = s / k;
  }
  let mean = 0;
  for (let j = 0; j < m; j++) mean += figure[j] as number;
  mean /= m;
  for (let j = 0; j < m; j++) figure[j] = multiplicative ? (figure[j] as number) / mean : (figure[j] as number) - mean;
  const seasonal = new Float64Array(n);
  const remainder = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const s = figure[t % m] as number;
    seasonal[t] = s;
    const tr = trend[t] as number;
    remainder[t] = multiplicative ? (y[t] as number) / s / tr : (y[t] as number) - s - tr;
  }
  return { trend, seasonal, remainder, figure };
}
