/** @internal True when every value equals the first (R's `forecast:::is.constant`); true for empty input. */
export function isConstant(x: ArrayLike<number>): boolean {
  for (let i = 1; i < x.length; i++) if (x[i] !== x[0]) return false;
  return true;
}

/** @internal Lag-`lag` differences, applied `times` times. */
export function diffLag(x: Float64Array, lag: number, times = 1): Float64Array {
  let w = x;
  for (let k = 0; k < times; k++) {
    const out = new Float64Array(Math.max(w.length - lag, 0));
    for (let t = lag; t < w.length; t++) out[t - lag] = w[t]! - w[t - lag]!;
    w = out;
  }
  return w;
}
