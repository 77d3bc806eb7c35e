// Unchecked metric kernels on Float64Array: callers have validated lengths and finiteness.

/** @internal Mean error Σ(y − f)/n. */
export function meKernel(y: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += (y[i] as number) - (f[i] as number);
  return s / y.length;
}

/** @internal Mean absolute error. */
export function maeKernel(y: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += Math.abs((y[i] as number) - (f[i] as number));
  return s / y.length;
}

/** @internal Root mean squared error. */
export function rmseKernel(y: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const e = (y[i] as number) - (f[i] as number);
    s += e * e;
  }
  if (Number.isFinite(s) && s > 1e-280) return Math.sqrt(s / y.length);
  // Errors near the ends of double range (1e300-scaled data): square them relative to the largest.
  let big = 0;
  for (let i = 0; i < y.length; i++) big = Math.max(big, Math.abs((y[i] as number) - (f[i] as number)));
  if (!Number.isFinite(big) || big === 0) return big;
  let t = 0;
  for (let i = 0; i < y.length; i++) {
    const e = ((y[i] as number) - (f[i] as number)) / big;
    t += e * e;
  }
  return big * Math.sqrt(t / y.length);
}

/** @internal Mean absolute percentage error, in percent (Infinity when some actual is 0 and the error is not). */
export function mapeKernel(y: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] as number;
    const e = Math.abs(a - (f[i] as number));
    s += e === 0 ? 0 : e / Math.abs(a);
  }
  return (100 * s) / y.length;
}

/** @internal Symmetric MAPE (M4 definition), in percent; a point where both values are 0 scores 0. */
export function smapeKernel(y: Float64Array, f: Float64Array): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] as number;
    const b = f[i] as number;
    const d = Math.abs(a) + Math.abs(b);
    if (d > 0) s += Math.abs(a - b) / d;
  }
  return (200 * s) / y.length;
}

/** @internal MASE scale: mean |y_t − y_{t−m}| over the training data (NaN when n ≤ m). */
export function maseScale(training: Float64Array, m: number): number {
  const n = training.length;
  if (n <= m) return NaN;
  let s = 0;
  for (let t = m; t < n; t++) s += Math.abs((training[t] as number) - (training[t - m] as number));
  return s / (n - m);
}

/** @internal Share of actuals inside [lower, upper]. */
export function coverageKernel(y: Float64Array, lower: Float64Array, upper: Float64Array): number {
  let k = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] as number;
    if (a >= (lower[i] as number) && a <= (upper[i] as number)) k++;
  }
  return k / y.length;
}

/** @internal Mean Winkler (interval) score at coverage `level` percent. */
export function winklerKernel(y: Float64Array, lower: Float64Array, upper: Float64Array, level: number): number {
  const alpha = 1 - level / 100;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] as number;
    const l = lower[i] as number;
    const u = upper[i] as number;
    s += u - l;
    if (a < l) s += (2 / alpha) * (l - a);
    else if (a > u) s += (2 / alpha) * (a - u);
  }
  return s / y.length;
}
