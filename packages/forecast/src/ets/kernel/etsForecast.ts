import { ADD, MULT, NONE } from "./codes.js";

/**
 * @internal Point forecasts from a final state (R's `etsforecast`): ŷ_{n+h} = (l + φ_h·b)
 * [+|×] s, φ_h = φ + … + φ^h, or l·b^{φ_h} for a multiplicative trend. `x` is the state in R's
 * layout (l, [b], s_1 newest … s_m oldest).
 */
export function etsPointForecast(trend: number, season: number, phi: number, x: Float64Array, m: number, horizon: number): Float64Array {
  const l = x[0] as number;
  const b = trend === NONE ? 0 : (x[1] as number);
  const sOff = trend === NONE ? 1 : 2;
  const out = new Float64Array(horizon);
  let phistar = phi;
  let power = phi;
  for (let i = 0; i < horizon; i++) {
    let f: number;
    if (trend === NONE) f = l;
    else if (trend === ADD) f = l + phistar * b;
    else f = b < 0 ? NaN : l * Math.pow(b, phistar);
    if (season !== NONE) {
      const s = x[sOff + ((((m - 1 - i) % m) + m) % m)] as number;
      f = season === ADD ? f + s : f * s;
    }
    out[i] = f;
    power *= phi;
    phistar += power;
  }
  return out;
}

/** @internal Smoothing parameters as the variance formulas need them. */
export interface SmoothingParams {
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly phi: number;
}

/**
 * @internal Class 1 (additive error, linear components): c_j = H F^{j−1} G and
 * v_h = σ²(1 + Σ_{j<h} c_j²) — Hyndman et al. (2008) §6.3 (R's `class1`). Returns the coefficients
 * c_1 … c_{h−1} and the variances.
 */
export function linearCoefficients(trend: number, season: number, par: SmoothingParams, m: number, horizon: number): Float64Array {
  // Track H F^{j} as a row vector over (l, b, s_1 … s_m): r_{j+1} = r_j F.
  const hasTrend = trend !== NONE;
  const mm = season === NONE ? 0 : m;
  const sOff = hasTrend ? 2 : 1;
  const p = sOff + mm;
  let r = new Float64Array(p);
  let next = new Float64Array(p);
  r[0] = 1;
  if (hasTrend) r[1] = par.phi;
  if (mm > 0) r[p - 1] = 1;
  const c = new Float64Array(Math.max(horizon - 1, 0));
  for (let j = 0; j < horizon - 1; j++) {
    // c_{j+1} = r · G, G = (α, β, γ, 0, …)
    let cj = par.alpha * (r[0] as number);
    if (hasTrend) cj += par.beta * (r[1] as number);
    if (mm > 0) cj += par.gamma * (r[sOff] as number);
    c[j] = cj;
    // r F: F maps l ← l + φb, b ← φb, s_1 ← s_m, s_i ← s_{i−1}.
    next[0] = r[0] as number;
    if (hasTrend) next[1] = par.phi * ((r[0] as number) + (r[1] as number));
    if (mm > 0) {
      // (rF)_k = Σ_i r_i F_{ik}; F_{s_1, s_m} = 1, F_{s_i, s_{i−1}} = 1.
      for (let k = 0; k < mm - 1; k++) next[sOff + k] = r[sOff + k + 1] as number;
      next[sOff + mm - 1] = r[sOff] as number;
    }
    const t = r;
    r = next;
    next = t;
  }
  return c;
}

/** @internal Class 1 forecast variances σ²(1 + Σ_{j<h} c_j²). */
export function class1Variance(c: Float64Array, sigma2: number, horizon: number): Float64Array {
  const v = new Float64Array(horizon);
  let acc = 1;
  for (let h = 0; h < horizon; h++) {
    v[h] = sigma2 * acc;
    if (h < c.length) acc += (c[h] as number) ** 2;
  }
  return v;
}

/**
 * @internal Class 2 (multiplicative error, additive components): θ_1 = μ_1²,
 * θ_h = μ_h² + σ² Σ_{j<h} c_j² θ_{h−j}, v_h = (1 + σ²)θ_h − μ_h² (R's `class2`).
 */
export function class2Variance(mu: Float64Array, c: Float64Array, sigma2: number, horizon: number): Float64Array {
  const theta = new Float64Array(horizon);
  const v = new Float64Array(horizon);
  for (let h = 0; h < horizon; h++) {
    let s = 0;
    for (let j = 1; j <= h; j++) s += (c[j - 1] as number) ** 2 * (theta[h - j] as number);
    theta[h] = (mu[h] as number) ** 2 + sigma2 * s;
    v[h] = (1 + sigma2) * (theta[h] as number) - (mu[h] as number) ** 2;
  }
  return v;
}

/** A sparse matrix as coordinate triplets. */
interface Sparse {
  readonly rows: number[];
  readonly cols: number[];
  readonly vals: number[];
}

function sparse(): Sparse {
  return { rows: [], cols: [], vals: [] };
}

function push(a: Sparse, i: number, j: number, v: number): void {
  if (v !== 0) {
    a.rows.push(i);
    a.cols.push(j);
    a.vals.push(v);
  }
}

/** Kronecker product of two small dense matrices given as functions. */
function kron(a: number[][], b: number[][]): Sparse {
  const out = sparse();
  const ra = a.length;
  const ca = (a[0] as number[]).length;
  const rb = b.length;
  const cb = (b[0] as number[]).length;
  for (let i = 0; i < ra; i++)
    for (let j = 0; j < ca; j++) {
      const aij = (a[i] as number[])[j] as number;
      if (aij === 0) continue;
      for (let k = 0; k < rb; k++)
        for (let l = 0; l < cb; l++) push(out, i * rb + k, j * cb + l, aij * ((b[k] as number[])[l] as number));
    }
  return out;
}

/**
 * out += scale · A S Bᵀ with S = cv·V + cm·μμᵀ (d × d, row-major), for sparse A and B: a sum over
 * pairs of non-zeros, so the cost is nnz(A)·nnz(B) rather than d³.
 */
function addASBt(out: Float64Array, a: Sparse, V: Float64Array, mu: Float64Array, cv: number, cm: number, b: Sparse, d: number, scale: number): void {
  const an = a.vals.length;
  const bn = b.vals.length;
  for (let p = 0; p < an; p++) {
    const i = a.rows[p] as number;
    const ci = a.cols[p] as number;
    const av = (a.vals[p] as number) * scale;
    const mi = cm * (mu[ci] as number);
    const row = ci * d;
    for (let q = 0; q < bn; q++) {
      const cj = b.cols[q] as number;
      const sij = cv * (V[row + cj] as number) + mi * (mu[cj] as number);
      const o = i * d + (b.rows[q] as number);
      out[o] = (out[o] as number) + av * (b.vals[q] as number) * sij;
    }
  }
}

function mulVec(a: Sparse, x: Float64Array, out: Float64Array, scale: number): void {
  for (let q = 0; q < a.vals.length; q++) {
    const i = a.rows[q] as number;
    out[i] = (out[i] as number) + scale * (a.vals[q] as number) * (x[a.cols[q] as number] as number);
  }
}

/**
 * @internal Class 3 (multiplicative error and season, trend N/A/Ad): exact forecast means and
 * variances from the moments of M_t = x_t z_tᵀ (Hyndman et al. 2008 §6.5; R's `class3`):
 * vec M_t = (F21 + εK + ε²G21) vec M_{t−1}, with F21 = F2⊗F1, K = G2⊗F1 + F2⊗G1, G21 = G2⊗G1.
 * The mean includes the σ² correction, so it differs slightly from the point forecast.
 */
export function class3Moments(
  trend: number,
  par: SmoothingParams,
  x: Float64Array,
  m: number,
  sigma2: number,
  horizon: number,
): { mu: Float64Array; variance: Float64Array } {
  const k = trend === NONE ? 1 : 2;
  // x = (l, b): ŷ = (l + φb)·s, l' = (l + φb)(1 + αε), b' = φb + β(l + φb)ε.
  const phi = par.phi;
  const H1 = k === 1 ? [1] : [1, phi];
  const F1: number[][] = k === 1 ? [[1]] : [[1, phi], [0, phi]];
  const G1: number[][] = k === 1 ? [[par.alpha]] : [[par.alpha, par.alpha * phi], [par.beta, par.beta * phi]];
  const F2: number[][] = [];
  const G2: number[][] = [];
  for (let i = 0; i < m; i++) {
    F2.push(new Array<number>(m).fill(0));
    G2.push(new Array<number>(m).fill(0));
  }
  (F2[0] as number[])[m - 1] = 1;
  for (let i = 1; i < m; i++) (F2[i] as number[])[i - 1] = 1;
  (G2[0] as number[])[m - 1] = par.gamma;
  const F21 = kron(F2, F1);
  const G21 = kron(G2, G1);
  const Ka = kron(G2, F1);
  const Kb = kron(F2, G1);
  const K: Sparse = { rows: [...Ka.rows, ...Kb.rows], cols: [...Ka.cols, ...Kb.cols], vals: [...Ka.vals, ...Kb.vals] };
  const d = k * m;
  // vec(M) column-major: element (i, j) of the k × m matrix at j·k + i.
  let mu = new Float64Array(d);
  for (let j = 0; j < m; j++) for (let i = 0; i < k; i++) mu[j * k + i] = (x[i] as number) * (x[k + j] as number);
  let V = new Float64Array(d * d);
  let nextV = new Float64Array(d * d);
  const nextMu = new Float64Array(d);
  const out = { mu: new Float64Array(horizon), variance: new Float64Array(horizon) };
  // H21 = H2 ⊗ H1 picks (l + φb)·s_m: indices (m−1)·k + i with weights H1[i].
  for (let h = 0; h < horizon; h++) {
    let mean = 0;
    for (let i = 0; i < k; i++) mean += (H1[i] as number) * (mu[(m - 1) * k + i] as number);
    let hv = 0;
    for (let i = 0; i < k; i++)
      for (let j = 0; j < k; j++) hv += (H1[i] as number) * (H1[j] as number) * (V[((m - 1) * k + i) * d + (m - 1) * k + j] as number);
    out.mu[h] = mean;
    out.variance[h] = (1 + sigma2) * hv + sigma2 * mean * mean;
    if (h === horizon - 1) break;
    // V' = F V Fᵀ + σ²(F V Gᵀ + G V Fᵀ) + σ² K (V + μμᵀ) Kᵀ + σ⁴ G (3V + 2μμᵀ) Gᵀ
    nextV.fill(0);
    addASBt(nextV, F21, V, mu, 1, 0, F21, d, 1);
    addASBt(nextV, F21, V, mu, 1, 0, G21, d, sigma2);
    addASBt(nextV, G21, V, mu, 1, 0, F21, d, sigma2);
    addASBt(nextV, K, V, mu, 1, 1, K, d, sigma2);
    addASBt(nextV, G21, V, mu, 3, 2, G21, d, sigma2 * sigma2);
    // μ' = (F21 + σ² G21) μ
    nextMu.fill(0);
    mulVec(F21, mu, nextMu, 1);
    mulVec(G21, mu, nextMu, sigma2);
    const t = V;
    V = nextV;
    nextV = t;
    mu = Float64Array.from(nextMu);
  }
  return out;
}

/** @internal Whether a spec has analytic intervals: class 1, 2 or 3 (no multiplicative trend, no A error with M season). */
export function hasAnalyticVariance(error: number, trend: number, season: number): boolean {
  if (trend === MULT) return false;
  if (error === ADD) return season !== MULT;
  return true;
}
