// Allocation-free media-transform kernels (no validation): the validating public wrappers and the
// marketing-mix fit's inner loop both call these.

/** @internal a_t = x_t + decay · a_{t−1} (times (1 − decay) when normalize), written into out. */
export function geometricAdstockInto(x: ArrayLike<number>, decay: number, normalize: boolean, out: Float64Array): Float64Array {
  const g = normalize ? 1 - decay : 1;
  let a = 0;
  for (let t = 0; t < x.length; t++) {
    a = x[t]! + decay * a;
    out[t] = g * a;
  }
  return out;
}

/**
 * @internal Lag weights w_0..w_{L−1} of Weibull adstock: "cdf" w_l = exp(−(l/scale)^shape) (the
 * survival function, w_0 = 1); "pdf" w_l = f(l + 1) / max_m f(m + 1) with f the Weibull density
 * (a delayed peak when shape > 1).
 */
export function weibullWeights(shape: number, scale: number, variant: "cdf" | "pdf", maxLag: number): Float64Array {
  const w = new Float64Array(maxLag);
  if (variant === "cdf") {
    for (let l = 0; l < maxLag; l++) w[l] = Math.exp(-Math.pow(l / scale, shape));
    return w;
  }
  let max = 0;
  for (let l = 0; l < maxLag; l++) {
    const z = (l + 1) / scale;
    const f = (shape / scale) * Math.pow(z, shape - 1) * Math.exp(-Math.pow(z, shape));
    w[l] = f;
    if (f > max) max = f;
  }
  if (max > 0) for (let l = 0; l < maxLag; l++) w[l] = w[l]! / max;
  return w;
}

/** @internal a_t = Σ_l w_l x_{t−l} (x_{<0} = 0), written into out. */
export function convolveLagsInto(x: ArrayLike<number>, w: Float64Array, out: Float64Array): Float64Array {
  const n = x.length;
  const L = w.length;
  for (let t = 0; t < n; t++) {
    let s = 0;
    const m = t + 1 < L ? t + 1 : L;
    for (let l = 0; l < m; l++) s += w[l]! * x[t - l]!;
    out[t] = s;
  }
  return out;
}

/** @internal Hill curve x^s / (x^s + K^s) for x ≥ 0, written into out. */
export function hillInto(x: ArrayLike<number>, halfSaturation: number, shape: number, out: Float64Array): Float64Array {
  const ks = Math.pow(halfSaturation, shape);
  for (let t = 0; t < x.length; t++) {
    const v = x[t]!;
    if (v <= 0) {
      out[t] = 0;
      continue;
    }
    const xs = Math.pow(v, shape);
    out[t] = xs / (xs + ks);
  }
  return out;
}

/** @internal Hill value at one point. */
export function hill(x: number, halfSaturation: number, shape: number): number {
  if (x <= 0) return 0;
  const r = Math.pow(halfSaturation / x, shape);
  return 1 / (1 + r);
}

/** @internal Derivative of the Hill curve at x: s K^s x^{s−1} / (x^s + K^s)². */
export function hillDerivative(x: number, halfSaturation: number, shape: number): number {
  if (x <= 0) return shape < 1 ? Infinity : shape === 1 ? 1 / halfSaturation : 0;
  const r = Math.pow(halfSaturation / x, shape); // (K/x)^s
  return (shape * r) / (x * (1 + r) * (1 + r));
}

/** @internal Logistic saturation (1 − e^{−λx}) / (1 + e^{−λx}) = tanh(λx/2), written into out. */
export function logisticInto(x: ArrayLike<number>, lambda: number, out: Float64Array): Float64Array {
  for (let t = 0; t < x.length; t++) out[t] = Math.tanh((lambda * x[t]!) / 2);
  return out;
}
