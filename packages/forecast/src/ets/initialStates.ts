import { qrLeastSquares } from "@dpm/core";
import { ADD, MULT, NONE } from "./kernel/codes.js";

/**
 * @internal Classical decomposition's seasonal figure (R's `decompose`) of `y` with period m:
 * centred moving average (2×m for even m), per-position mean of the detrended values,
 * normalised to sum 0 (additive) or mean 1 (multiplicative). Index 0 is the position of `y[0]`.
 */
export function seasonalFigure(y: Float64Array, m: number, multiplicative: boolean): Float64Array {
  const n = y.length;
  const even = m % 2 === 0;
  const half = Math.floor(m / 2);
  const sums = new Float64Array(m);
  const counts = new Float64Array(m);
  for (let t = half; t < n - half; t++) {
    let trend = 0;
    if (even) {
      trend += 0.5 * ((y[t - half] as number) + (y[t + half] as number));
      for (let j = -half + 1; j < half; j++) trend += y[t + j] as number;
    } else {
      for (let j = -half; j <= half; j++) trend += y[t + j] as number;
    }
    trend /= m;
    const detrended = multiplicative ? (y[t] as number) / trend : (y[t] as number) - trend;
    sums[t % m] = (sums[t % m] as number) + detrended;
    counts[t % m] = (counts[t % m] as number) + 1;
  }
  const figure = new Float64Array(m);
  let mean = 0;
  for (let i = 0; i < m; i++) {
    figure[i] = (sums[i] as number) / (counts[i] as number);
    mean += figure[i] as number;
  }
  mean /= m;
  for (let i = 0; i < m; i++) figure[i] = multiplicative ? (figure[i] as number) / mean : (figure[i] as number) - mean;
  return figure;
}

/**
 * @internal R's `initstate` heuristic for the initial states, in R's parameter layout:
 * `l, [b], s_0 … s_{m−2}` (the last seasonal state is implied by normalisation).
 *
 * Seasonal: classical decomposition of the whole series (or, with fewer than 3m values, a
 * linear trend + one Fourier pair regression), seasonally adjusted data; level (and slope) from
 * the first max(10, 2m) adjusted values — their mean, or a straight-line fit.
 */
export function initialStates(y: Float64Array, trend: number, season: number, m: number): Float64Array {
  const n = y.length;
  let adjusted = y;
  let seas: Float64Array | null = null;
  if (season !== NONE) {
    // seasonal[t] for t < n, as R's y.d$seasonal (figure repeated, or the Fourier-fit residual).
    let seasonal: Float64Array;
    if (n < 3 * m) {
      const t = new Float64Array(n);
      const one = new Float64Array(n).fill(1);
      const sin = new Float64Array(n);
      const cos = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        t[i] = i + 1;
        sin[i] = Math.sin((2 * Math.PI * (i + 1)) / m);
        cos[i] = Math.cos((2 * Math.PI * (i + 1)) / m);
      }
      const cols = m === 2 ? [one, t, cos] : [one, t, sin, cos];
      const coef = qrLeastSquares(cols, y).coef; // R: lm(y ~ trend + fourier terms)
      const c0 = coef[0] as number;
      const c1 = coef[1] as number;
      seasonal = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const line = c0 + c1 * (i + 1);
        seasonal[i] = season === ADD ? (y[i] as number) - line : (y[i] as number) / line;
      }
    } else {
      const figure = seasonalFigure(y, m, season === MULT);
      seasonal = new Float64Array(n);
      for (let i = 0; i < n; i++) seasonal[i] = figure[i % m] as number;
    }
    // init.seas <- rev(seasonal[2:m])
    seas = new Float64Array(m - 1);
    for (let j = 0; j < m - 1; j++) seas[j] = seasonal[m - 1 - j] as number;
    adjusted = new Float64Array(n);
    if (season === ADD) {
      for (let i = 0; i < n; i++) adjusted[i] = (y[i] as number) - (seasonal[i] as number);
    } else {
      let sum = 0;
      for (let j = 0; j < m - 1; j++) {
        seas[j] = Math.max(seas[j] as number, 1e-2);
        sum += seas[j] as number;
      }
      if (sum > m) {
        const denom = sum + 1e-2 * (m - 1);
        for (let j = 0; j < m - 1; j++) seas[j] = (seas[j] as number) / denom;
      }
      for (let i = 0; i < n; i++) adjusted[i] = (y[i] as number) / Math.max(seasonal[i] as number, 1e-2);
    }
  }
  const maxn = Math.min(Math.max(10, 2 * (season === NONE ? 1 : m)), n);
  let l0: number;
  let b0 = 0;
  if (trend === NONE) {
    let s = 0;
    for (let i = 0; i < maxn; i++) s += adjusted[i] as number;
    l0 = s / maxn;
  } else {
    // lsfit(1:maxn, y.sa[1:maxn])
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < maxn; i++) {
      sx += i + 1;
      sy += adjusted[i] as number;
    }
    const mx = sx / maxn;
    const my = sy / maxn;
    let sxx = 0;
    let sxy = 0;
    for (let i = 0; i < maxn; i++) {
      const dx = i + 1 - mx;
      sxx += dx * dx;
      sxy += dx * ((adjusted[i] as number) - my);
    }
    const slope = sxx > 0 ? sxy / sxx : 0;
    const intercept = my - slope * mx;
    if (trend === ADD) {
      l0 = intercept;
      b0 = slope;
      if (Math.abs(l0 + b0) < 1e-8) {
        l0 *= 1 + 1e-3;
        b0 *= 1 - 1e-3;
      }
    } else {
      l0 = intercept + slope;
      if (Math.abs(l0) < 1e-8) l0 = 1e-7;
      b0 = (intercept + 2 * slope) / l0;
      l0 = l0 / b0;
      if (Math.abs(b0) > 1e10) b0 = Math.sign(b0) * 1e10;
      if (l0 < 1e-8 || b0 < 1e-8) {
        l0 = Math.max(adjusted[0] as number, 1e-3);
        b0 = Math.max((adjusted[1] as number) / (adjusted[0] as number), 1e-3);
      }
    }
  }
  const out = new Float64Array(1 + (trend === NONE ? 0 : 1) + (seas === null ? 0 : seas.length));
  out[0] = l0;
  let k = 1;
  if (trend !== NONE) out[k++] = b0;
  if (seas !== null) out.set(seas, k);
  return out;
}
