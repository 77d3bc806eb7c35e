import { ADD, HUGEN, MULT, NONE, TOL } from "./codes.js";

/** @internal Everything the full filter produces. */
export interface EtsFilterResult {
  /** (n + 1) × p states in R's layout: l, [b], s_0 (newest) … s_{m−1} (oldest). */
  readonly states: Float64Array;
  /** State width p. */
  readonly width: number;
  readonly fitted: Float64Array;
  /** Residuals: y − ŷ (additive error) or (y − ŷ)/ŷ (multiplicative error), as R's `residuals(fit)`. */
  readonly residuals: Float64Array;
  /** R's −2·loglik: n·log(Σe²) (+ 2Σlog|ŷ|). */
  readonly lik: number;
  /** Mean squared one-step error on the data's scale. */
  readonly mse: number;
}

/**
 * @internal The ETS filter of {@link etsLikelihood}, keeping states, fitted values and residuals
 * (R's `pegelsresid.C`). `x0` is the full initial state in R's layout (with all m seasonal states).
 */
export function etsFilter(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  x0: Float64Array,
  m: number,
): EtsFilterResult {
  const n = y.length;
  const hasTrend = trend !== NONE;
  const mm = season === NONE ? 0 : m;
  const width = 1 + (hasTrend ? 1 : 0) + mm;
  const states = new Float64Array((n + 1) * width);
  const fitted = new Float64Array(n);
  const residuals = new Float64Array(n);
  states.set(x0.subarray(0, width), 0);
  let l = x0[0] as number;
  let b = hasTrend ? (x0[1] as number) : 0;
  const sOff = hasTrend ? 2 : 1;
  // ring[i] = s_{m−1−i}: oldest first.
  const ring = new Float64Array(Math.max(mm, 1));
  for (let i = 0; i < mm; i++) ring[i] = x0[sOff + mm - 1 - i] as number;
  let k = 0;
  let sse = 0;
  let sseData = 0;
  let logSum = 0;
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    let q: number;
    let phib = 0;
    if (trend === NONE) q = l;
    else if (trend === ADD) {
      phib = phi * b;
      q = l + phib;
    } else {
      phib = b < 0 ? NaN : phi === 1 ? b : Math.pow(b, phi);
      q = l * phib;
    }
    let f = q;
    let sOld = 0;
    if (season === ADD) {
      sOld = ring[k] as number;
      f = q + sOld;
    } else if (season === MULT) {
      sOld = ring[k] as number;
      f = q * sOld;
    }
    fitted[t] = f;
    const e = error === MULT ? (yt - f) / f : yt - f;
    residuals[t] = e;
    sse += e * e;
    sseData += (yt - f) * (yt - f);
    logSum += Math.log(Math.abs(f));
    let p: number;
    if (season === NONE) p = yt;
    else if (season === ADD) p = yt - sOld;
    else p = Math.abs(sOld) < TOL ? HUGEN : yt / sOld;
    const lNew = q + alpha * (p - q);
    if (trend === ADD) b = phib + (beta / alpha) * (lNew - l - phib);
    else if (trend === MULT) {
      const r = Math.abs(l) < TOL ? HUGEN : lNew / l;
      b = phib + (beta / alpha) * (r - phib);
    }
    if (season === ADD) ring[k] = sOld + gamma * (yt - q - sOld);
    else if (season === MULT) ring[k] = sOld + gamma * ((Math.abs(q) < TOL ? HUGEN : yt / q) - sOld);
    l = lNew;
    const row = (t + 1) * width;
    states[row] = l;
    if (hasTrend) states[row + 1] = b;
    // Newest first: s_0 is the slot just written, then backwards through the ring.
    for (let j = 0; j < mm; j++) states[row + sOff + j] = ring[(k - j + mm) % mm] as number;
    if (mm > 0 && ++k === mm) k = 0;
  }
  let lik = n * Math.log(sse);
  if (error === MULT) lik += 2 * logSum;
  return { states, width, fitted, residuals, lik, mse: sseData / n };
}
