import { ADD, HUGEN, MULT, NONE, TOL } from "./codes.js";

/**
 * @internal The ETS one-step filter reduced to its objective, allocation-free: R's `etscalc`
 * without the multi-step MSE bookkeeping.
 *
 * `ring` holds the m initial seasonal states, oldest first (`ring[0]` = s_{1−m}, used for the
 * first forecast) and is overwritten. Returns
 * - `crit = 0` ("lik"): n·log(Σe²) (+ 2·Σlog|ŷ| for multiplicative error) — R's −2·loglik;
 * - `crit = 1` ("mse"): Σ(y − ŷ)² / n on the data's scale,
 * or `Infinity` when the filter breaks down (a non-positive multiplicative trend, NaN).
 */
export function etsLikelihood(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  level: number,
  slope: number,
  ring: Float64Array,
  m: number,
  crit: number,
): number {
  const n = y.length;
  const betaRatio = beta / alpha;
  let l = level;
  let b = slope;
  let k = 0;
  let sse = 0;
  let logSum = 0;
  let prod = 1;
  const multError = error === MULT;
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    // One-step forecast from the previous state.
    let q: number;
    let phib = 0;
    if (trend === NONE) {
      q = l;
    } else if (trend === ADD) {
      phib = phi * b;
      q = l + phib;
    } else {
      if (b < 0) return Infinity;
      phib = phi === 1 ? b : Math.pow(b, phi);
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
    const diff = yt - f;
    if (crit === 1 || !multError) {
      sse += diff * diff;
    } else {
      const e = diff / f;
      sse += e * e;
      // Σlog|ŷ| through a running product: one log per ~10¹⁵⁰ of scale instead of one per step.
      prod *= Math.abs(f);
      if (prod > 1e150 || prod < 1e-150) {
        logSum += Math.log(prod);
        prod = 1;
      }
    }
    // New level.
    let p: number;
    if (season === NONE) p = yt;
    else if (season === ADD) p = yt - sOld;
    else p = Math.abs(sOld) < TOL ? HUGEN : yt / sOld;
    const lNew = q + alpha * (p - q);
    // New slope.
    if (trend === ADD) {
      b = phib + betaRatio * (lNew - l - phib);
    } else if (trend === MULT) {
      const r = Math.abs(l) < TOL ? HUGEN : lNew / l;
      b = phib + betaRatio * (r - phib);
    }
    // New season (the slot just used becomes the newest).
    if (season === ADD) {
      ring[k] = sOld + gamma * (yt - q - sOld);
    } else if (season === MULT) {
      const ratio = Math.abs(q) < TOL ? HUGEN : yt / q;
      ring[k] = sOld + gamma * (ratio - sOld);
    }
    if (season !== NONE && ++k === m) k = 0;
    l = lNew;
  }
  let value: number;
  if (crit === 1) {
    value = sse / n;
  } else {
    value = n * Math.log(sse);
    if (multError) value += 2 * (logSum + Math.log(prod));
    if (value < -1e10) value = -1e10; // R: avoid perfect fits
  }
  return Number.isNaN(value) ? Infinity : value;
}

/**
 * @internal {@link etsLikelihood} for no or additive (damped) trend without R's near-zero guards —
 * the lean loop the default optimiser uses for value-only evaluations. `ring` is overwritten.
 */
export function etsLikelihoodLinear(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  level: number,
  slope: number,
  ring: Float64Array,
  m: number,
  crit: number,
): number {
  const n = y.length;
  const r = trend === ADD ? beta / alpha : 0;
  const ph = trend === ADD ? phi : 0;
  const hasSeason = season !== NONE;
  const multSeason = season === MULT;
  const logError = error === MULT && crit === 0;
  let l = level;
  let b = trend === ADD ? slope : 0;
  let k = 0;
  let sse = 0;
  let logSum = 0;
  let prod = 1;
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    const phib = ph * b;
    const q = l + phib;
    const s = hasSeason ? (ring[k] as number) : 0;
    const f = multSeason ? q * s : q + s;
    if (logError) {
      const e = (yt - f) / f;
      sse += e * e;
      prod *= Math.abs(f);
      if (prod > 1e150 || prod < 1e-150) {
        logSum += Math.log(prod);
        prod = 1;
      }
    } else {
      const e = yt - f;
      sse += e * e;
    }
    const lN = q + alpha * ((multSeason ? yt / s : yt - s) - q);
    b = phib + r * (lN - l - phib);
    if (hasSeason) {
      ring[k] = multSeason ? s + gamma * (yt / q - s) : s + gamma * (yt - q - s);
      if (++k === m) k = 0;
    }
    l = lN;
  }
  let value: number;
  if (crit === 1) value = sse / n;
  else {
    value = n * Math.log(sse);
    if (logError) value += 2 * (logSum + Math.log(prod));
    if (value < -1e10) value = -1e10;
  }
  return Number.isNaN(value) ? Infinity : value;
}
