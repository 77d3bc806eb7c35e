import { ADD, HUGEN, MULT, NONE, TOL } from "./codes.js";

/** @internal Scratch space for {@link etsGradient}, sized for n observations and period m. */
export interface GradientWorkspace {
  readonly level: Float64Array;
  readonly slope: Float64Array;
  readonly season: Float64Array;
  /** Per step: the trend part of the forecast q, the forecast f and the level's target p. */
  readonly q: Float64Array;
  readonly f: Float64Array;
  readonly p: Float64Array;
  readonly ring: Float64Array;
  readonly ringBar: Float64Array;
  /** Output: dJ/d(α, β, γ, φ, l0, b0). */
  readonly grad: Float64Array;
}

/** @internal Allocates a workspace for series of length ≤ n and period m. */
export function gradientWorkspace(n: number, m: number): GradientWorkspace {
  return {
    level: new Float64Array(n),
    slope: new Float64Array(n),
    season: new Float64Array(n),
    q: new Float64Array(n),
    f: new Float64Array(n),
    p: new Float64Array(n),
    ring: new Float64Array(Math.max(m, 1)),
    ringBar: new Float64Array(Math.max(m, 1)),
    grad: new Float64Array(6),
  };
}

/**
 * @internal The objective of {@link etsLikelihood} and its exact gradient by reverse-mode
 * (adjoint) differentiation of the filter: one forward pass that stores the states, one backward
 * pass — about three filter evaluations for all parameters at once.
 *
 * `initRing` holds the m initial seasonal states oldest first (not modified). On return
 * `ws.grad` = dJ/d(α, β, γ, φ, l0, b0) and `ws.ringBar[i]` = dJ/d initRing[i]. Returns the objective
 * (Infinity when the filter breaks down; the gradient is then meaningless).
 */
export function etsGradient(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  level0: number,
  slope0: number,
  initRing: Float64Array,
  m: number,
  crit: number,
  ws: GradientWorkspace,
): number {
  return trend === MULT
    ? etsGradientGeneric(y, error, trend, season, alpha, beta, gamma, phi, level0, slope0, initRing, m, crit, ws)
    : etsGradientLinearTrend(y, error, trend, season, alpha, beta, gamma, phi, level0, slope0, initRing, m, crit, ws);
}

/**
 * @internal {@link etsGradient} for every trend, with R's guards against division by ~0 (the
 * multiplicative-trend path).
 */
export function etsGradientGeneric(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  level0: number,
  slope0: number,
  initRing: Float64Array,
  m: number,
  crit: number,
  ws: GradientWorkspace,
): number {
  const n = y.length;
  const r = beta / alpha;
  const L = ws.level;
  const B = ws.slope;
  const S = ws.season;
  const ring = ws.ring;
  const Q = ws.q;
  const Fv = ws.f;
  const P = ws.p;
  const mm = season === NONE ? 1 : m;
  for (let i = 0; i < mm; i++) ring[i] = season === NONE ? 0 : (initRing[i] as number);
  let l = level0;
  let b = trend === NONE ? 0 : slope0;
  let k = 0;
  let sse = 0;
  let logSum = 0;
  const multError = error === MULT;
  // Forward pass, storing the state entering each step.
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    L[t] = l;
    B[t] = b;
    let q: number;
    let phib = 0;
    if (trend === NONE) q = l;
    else if (trend === ADD) {
      phib = phi * b;
      q = l + phib;
    } else {
      if (b <= 0) return Infinity;
      phib = Math.pow(b, phi);
      q = l * phib;
    }
    const s = ring[k] as number;
    S[t] = s;
    const f = season === NONE ? q : season === ADD ? q + s : q * s;
    if (crit === 1 || !multError) {
      sse += (yt - f) * (yt - f);
    } else {
      const e = (yt - f) / f;
      sse += e * e;
      logSum += Math.log(Math.abs(f));
    }
    const p = season === NONE ? yt : season === ADD ? yt - s : Math.abs(s) < TOL ? HUGEN : yt / s;
    Q[t] = q;
    Fv[t] = f;
    P[t] = p;
    const lN = q + alpha * (p - q);
    if (trend === ADD) b = phib + r * (lN - l - phib);
    else if (trend === MULT) b = phib + r * ((Math.abs(l) < TOL ? HUGEN : lN / l) - phib);
    if (season === ADD) ring[k] = s + gamma * (yt - q - s);
    else if (season === MULT) ring[k] = s + gamma * ((Math.abs(q) < TOL ? HUGEN : yt / q) - s);
    l = lN;
    if (season !== NONE && ++k === m) k = 0;
  }
  let value: number;
  let dSse: number;
  if (crit === 1) {
    value = sse / n;
    dSse = 1 / n;
  } else {
    value = n * Math.log(sse) + (multError ? 2 * logSum : 0);
    dSse = n / sse;
  }
  if (!Number.isFinite(value)) return Infinity;
  // Backward pass.
  let lBar = 0;
  let bBar = 0;
  const sBarRing = ws.ringBar;
  sBarRing.fill(0);
  let aBar = 0;
  let rBar = 0;
  let gBar = 0;
  let phiBar = 0;
  const multSeason = season === MULT;
  const mse = crit === 1 || !multError;
  k = season === NONE ? 0 : (n - 1) % m;
  for (let t = n - 1; t >= 0; t--) {
    const yt = y[t] as number;
    const lt = L[t] as number;
    const bt = B[t] as number;
    const s = S[t] as number;
    const q = Q[t] as number;
    const f = Fv[t] as number;
    const p = P[t] as number;
    const phib = trend === NONE ? 0 : trend === ADD ? phi * bt : Math.pow(bt, phi);
    const sGuard = multSeason && Math.abs(s) < TOL;
    const lN = q + alpha * (p - q);
    // Adjoints of this step's outputs.
    const sNBar = season === NONE ? 0 : (sBarRing[k] as number);
    let lNBar = lBar;
    let qBar = 0;
    let sBar = 0;
    let phibBar = 0;
    let lPrevBar = 0;
    // Season update.
    if (season === ADD) {
      sBar += (1 - gamma) * sNBar;
      qBar -= gamma * sNBar;
      gBar += (yt - q - s) * sNBar;
    } else if (season === MULT) {
      sBar += (1 - gamma) * sNBar;
      if (Math.abs(q) < TOL) {
        gBar += (HUGEN - s) * sNBar;
      } else {
        qBar -= ((gamma * yt) / (q * q)) * sNBar;
        gBar += (yt / q - s) * sNBar;
      }
    }
    // Slope update.
    if (trend === ADD) {
      phibBar += (1 - r) * bBar;
      lNBar += r * bBar;
      lPrevBar -= r * bBar;
      rBar += (lN - lt - phib) * bBar;
    } else if (trend === MULT) {
      phibBar += (1 - r) * bBar;
      if (Math.abs(lt) < TOL) {
        rBar += (HUGEN - phib) * bBar;
      } else {
        lNBar += (r / lt) * bBar;
        lPrevBar -= ((r * lN) / (lt * lt)) * bBar;
        rBar += (lN / lt - phib) * bBar;
      }
    }
    // Level update lN = (1 − α)q + αp.
    qBar += (1 - alpha) * lNBar;
    const pBar = alpha * lNBar;
    aBar += (p - q) * lNBar;
    if (season === ADD) sBar -= pBar;
    else if (season === MULT && !sGuard) sBar -= ((yt / (s * s)) * pBar);
    // Objective terms through the forecast f.
    let fBar: number;
    if (mse) fBar = -2 * (yt - f) * dSse;
    else fBar = dSse * 2 * (yt / f - 1) * (-yt / (f * f)) + 2 / f;
    if (season === NONE) qBar += fBar;
    else if (season === ADD) {
      qBar += fBar;
      sBar += fBar;
    } else {
      qBar += s * fBar;
      sBar += q * fBar;
    }
    // Trend in q.
    let bPrevBar = 0;
    if (trend === NONE) lPrevBar += qBar;
    else if (trend === ADD) {
      lPrevBar += qBar;
      phibBar += qBar;
      bPrevBar += phi * phibBar;
      phiBar += bt * phibBar;
    } else {
      lPrevBar += phib * qBar;
      phibBar += lt * qBar;
      bPrevBar += phi * Math.pow(bt, phi - 1) * phibBar;
      phiBar += phib * Math.log(bt) * phibBar;
    }
    lBar = lPrevBar;
    bBar = bPrevBar;
    if (season !== NONE) {
      sBarRing[k] = sBar;
      if (--k < 0) k = m - 1;
    }
  }
  const g = ws.grad;
  g[0] = aBar - (beta / (alpha * alpha)) * rBar;
  g[1] = rBar / alpha;
  g[2] = gBar;
  g[3] = phiBar;
  g[4] = lBar;
  g[5] = bBar;
  return value;
}

/**
 * @internal The fast path of {@link etsGradient} for no or additive (damped) trend — every model R
 * selects by default. Lean loops without R's near-zero guards: a state that reaches 0 yields a
 * non-finite objective, which the optimiser treats as infeasible.
 */
function etsGradientLinearTrend(
  y: Float64Array,
  error: number,
  trend: number,
  season: number,
  alpha: number,
  beta: number,
  gamma: number,
  phi: number,
  level0: number,
  slope0: number,
  initRing: Float64Array,
  m: number,
  crit: number,
  ws: GradientWorkspace,
): number {
  const n = y.length;
  const r = trend === ADD ? beta / alpha : 0;
  const ph = trend === ADD ? phi : 0;
  const L = ws.level;
  const B = ws.slope;
  const S = ws.season;
  const Q = ws.q;
  const Fv = ws.f;
  const ring = ws.ring;
  const hasSeason = season !== NONE;
  const multSeason = season === MULT;
  const mm = hasSeason ? m : 1;
  for (let i = 0; i < mm; i++) ring[i] = hasSeason ? (initRing[i] as number) : multSeason ? 1 : 0;
  const logError = error === MULT && crit === 0;
  let l = level0;
  let b = trend === ADD ? slope0 : 0;
  let k = 0;
  let sse = 0;
  let logSum = 0;
  // Forward pass.
  for (let t = 0; t < n; t++) {
    const yt = y[t] as number;
    L[t] = l;
    B[t] = b;
    const phib = ph * b;
    const q = l + phib;
    const s = hasSeason ? (ring[k] as number) : 0;
    S[t] = s;
    const f = multSeason ? q * s : q + s;
    Q[t] = q;
    Fv[t] = f;
    if (logError) {
      const e = (yt - f) / f;
      sse += e * e;
      logSum += Math.log(Math.abs(f));
    } else {
      const e = yt - f;
      sse += e * e;
    }
    const p = multSeason ? yt / s : yt - s;
    const lN = q + alpha * (p - q);
    b = phib + r * (lN - l - phib);
    if (hasSeason) {
      ring[k] = multSeason ? s + gamma * (yt / q - s) : s + gamma * (yt - q - s);
      if (++k === m) k = 0;
    }
    l = lN;
  }
  let value: number;
  let dSse: number;
  if (crit === 1) {
    value = sse / n;
    dSse = 1 / n;
  } else {
    value = n * Math.log(sse) + (logError ? 2 * logSum : 0);
    dSse = n / sse;
  }
  if (!Number.isFinite(value)) return Infinity;
  // Backward pass: adjoints of (l, b, ring slot) flow from the last step to the first.
  const sBarRing = ws.ringBar;
  sBarRing.fill(0);
  let lBar = 0;
  let bBar = 0;
  let aBar = 0;
  let rBar = 0;
  let gBar = 0;
  let phiBar = 0;
  const oneMinusR = 1 - r;
  const oneMinusA = 1 - alpha;
  const oneMinusG = 1 - gamma;
  k = hasSeason ? (n - 1) % m : 0;
  for (let t = n - 1; t >= 0; t--) {
    const yt = y[t] as number;
    const lt = L[t] as number;
    const bt = B[t] as number;
    const s = S[t] as number;
    const q = Q[t] as number;
    const f = Fv[t] as number;
    const phib = ph * bt;
    const p = multSeason ? yt / s : yt - s;
    let qBar = 0;
    let sBar = 0;
    if (hasSeason) {
      const sNBar = sBarRing[k] as number;
      sBar = oneMinusG * sNBar;
      if (multSeason) {
        const yq = yt / q;
        qBar = -((gamma * yq) / q) * sNBar;
        gBar += (yq - s) * sNBar;
      } else {
        qBar = -gamma * sNBar;
        gBar += (yt - q - s) * sNBar;
      }
    }
    // Slope: b' = (1 − r)·φb + r·(l' − l).
    const lN = q + alpha * (p - q);
    const lNBar = lBar + r * bBar;
    let phibBar = oneMinusR * bBar;
    rBar += (lN - lt - phib) * bBar;
    // Level: l' = (1 − α)q + αp.
    qBar += oneMinusA * lNBar;
    const pBar = alpha * lNBar;
    aBar += (p - q) * lNBar;
    if (multSeason) sBar -= (p / s) * pBar;
    else if (hasSeason) sBar -= pBar;
    // Objective through the forecast f.
    let fBar: number;
    if (logError) {
      const inv = 1 / f;
      fBar = dSse * 2 * (yt * inv - 1) * (-yt * inv * inv) + 2 * inv;
    } else {
      fBar = -2 * (yt - f) * dSse;
    }
    if (multSeason) {
      qBar += s * fBar;
      sBar += q * fBar;
    } else {
      qBar += fBar;
      sBar += fBar;
    }
    // q = l + φb.
    phibBar += qBar;
    lBar = qBar - r * bBar;
    bBar = ph * phibBar;
    phiBar += bt * phibBar;
    if (hasSeason) {
      sBarRing[k] = sBar;
      if (--k < 0) k = m - 1;
    }
  }
  const g = ws.grad;
  g[0] = aBar - (beta / (alpha * alpha)) * rBar;
  g[1] = trend === ADD ? rBar / alpha : 0;
  g[2] = gBar;
  g[3] = trend === ADD ? phiBar : 0;
  g[4] = lBar;
  g[5] = trend === ADD ? bBar : 0;
  return value;
}
