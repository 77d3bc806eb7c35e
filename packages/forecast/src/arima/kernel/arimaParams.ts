/**
 * @internal Parameter layout and transformations of a multiplicative seasonal ARMA, following
 * R's `stats::arima` (C functions `ARIMA_transPars`, `partrans`, `ARIMA_Invtrans`).
 *
 * The coefficient vector is laid out as R's: `ar1..p, ma1..q, sar1..P, sma1..Q`, then the
 * regression coefficients (intercept, drift).
 */
export interface ArmaLayout {
  readonly p: number;
  readonly q: number;
  readonly P: number;
  readonly Q: number;
  /** Seasonal period used to expand the seasonal polynomials (1 when P = Q = 0 is fine). */
  readonly period: number;
}

/** @internal Length of the expanded AR polynomial φ(B)Φ(B^m). */
export function fullArLength(s: ArmaLayout): number {
  return s.p + s.period * s.P;
}

/** @internal Length of the expanded MA polynomial θ(B)Θ(B^m). */
export function fullMaLength(s: ArmaLayout): number {
  return s.q + s.period * s.Q;
}

/** @internal Number of ARMA coefficients p + q + P + Q. */
export function armaCount(s: ArmaLayout): number {
  return s.p + s.q + s.P + s.Q;
}

/**
 * @internal Maps unconstrained values to the coefficients of a stationary AR(k): tanh gives partial
 * autocorrelations in (−1, 1), and the Durbin–Levinson recursion turns them into AR coefficients
 * (Jones 1980, as R's `partrans`). Reads `raw[off..off+k)`, writes `out[off..off+k)`.
 */
export function partrans(k: number, raw: Float64Array, out: Float64Array, off: number, work: Float64Array): void {
  for (let j = 0; j < k; j++) {
    const v = Math.tanh(raw[off + j]!);
    out[off + j] = v;
    work[j] = v;
  }
  for (let j = 1; j < k; j++) {
    const a = out[off + j]!;
    for (let i = 0; i < j; i++) work[i] = work[i]! - a * out[off + j - i - 1]!;
    for (let i = 0; i < j; i++) out[off + i] = work[i]!;
  }
}

/**
 * @internal Inverse of {@link partrans}: AR coefficients → partial autocorrelations (Durbin–Levinson
 * run backwards) → atanh. Returns false (leaving `out` undefined) when the AR part is not
 * stationary (a partial autocorrelation reaches ±1).
 */
export function invpartrans(k: number, phi: Float64Array, out: Float64Array, off: number, work: Float64Array): boolean {
  for (let j = 0; j < k; j++) out[off + j] = phi[off + j]!;
  for (let j = k - 1; j > 0; j--) {
    const a = out[off + j]!;
    if (!(Math.abs(a) < 1)) return false;
    const den = 1 - a * a;
    for (let i = 0; i < j; i++) work[i] = (out[off + i]! + a * out[off + j - i - 1]!) / den;
    for (let i = 0; i < j; i++) out[off + i] = work[i]!;
  }
  for (let j = 0; j < k; j++) {
    const v = out[off + j]!;
    if (!(Math.abs(v) < 1)) return false;
    out[off + j] = Math.atanh(v);
  }
  return true;
}

/**
 * @internal Expands the coefficient vector into the full AR polynomial `phi` (length
 * {@link fullArLength}) and MA polynomial `theta` (length {@link fullMaLength}). With `trans`, the
 * non-seasonal and seasonal AR blocks are first mapped through {@link partrans}. `tmp` must hold at
 * least `armaCount` values, `work` at least max(p, P).
 */
export function expandArma(
  par: Float64Array,
  s: ArmaLayout,
  trans: boolean,
  phi: Float64Array,
  theta: Float64Array,
  tmp: Float64Array,
  work: Float64Array,
): void {
  const { p, q, P, Q, period: ns } = s;
  const k = p + q + P + Q;
  for (let i = 0; i < k; i++) tmp[i] = par[i]!;
  if (trans) {
    if (p > 0) partrans(p, par, tmp, 0, work);
    if (P > 0) partrans(P, par, tmp, p + q, work);
  }
  const pf = p + ns * P;
  const qf = q + ns * Q;
  for (let i = 0; i < pf; i++) phi[i] = i < p ? tmp[i]! : 0;
  for (let i = 0; i < qf; i++) theta[i] = i < q ? tmp[p + i]! : 0;
  for (let j = 0; j < P; j++) {
    const s1 = tmp[p + q + j]!;
    phi[(j + 1) * ns - 1] = phi[(j + 1) * ns - 1]! + s1;
    for (let i = 0; i < p; i++) phi[(j + 1) * ns + i] = phi[(j + 1) * ns + i]! - tmp[i]! * s1;
  }
  for (let j = 0; j < Q; j++) {
    const s1 = tmp[p + q + P + j]!;
    theta[(j + 1) * ns - 1] = theta[(j + 1) * ns - 1]! + s1;
    for (let i = 0; i < q; i++) theta[(j + 1) * ns + i] = theta[(j + 1) * ns + i]! + tmp[p + i]! * s1;
  }
}

/** @internal Applies {@link partrans} to the AR blocks of `par` in place (R's `ARIMA_undoPars`). */
export function undoTransform(par: Float64Array, s: ArmaLayout): void {
  const work = new Float64Array(Math.max(s.p, s.P, 1));
  const raw = Float64Array.from(par);
  if (s.p > 0) partrans(s.p, raw, par, 0, work);
  if (s.P > 0) partrans(s.P, raw, par, s.p + s.q, work);
}

/** @internal Applies {@link invpartrans} to the AR blocks in place; false if an AR block is not stationary. */
export function invTransform(par: Float64Array, s: ArmaLayout): boolean {
  const work = new Float64Array(Math.max(s.p, s.P, 1));
  const src = Float64Array.from(par);
  if (s.p > 0 && !invpartrans(s.p, src, par, 0, work)) return false;
  if (s.P > 0 && !invpartrans(s.P, src, par, s.p + s.q, work)) return false;
  return true;
}

/** @internal The differencing polynomial (1 − B)^d (1 − B^m)^D as R's `Delta`: y_t = w_t + Σ Delta_i y_{t−i}. */
export function differencingPolynomial(d: number, D: number, period: number): Float64Array {
  let poly = [1];
  const mul = (a: number[], b: number[]): number[] => {
    const out = new Array<number>(a.length + b.length - 1).fill(0);
    for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i + j]! += a[i]! * b[j]!;
    return out;
  };
  for (let i = 0; i < d; i++) poly = mul(poly, [1, -1]);
  for (let i = 0; i < D; i++) {
    const s = new Array<number>(period + 1).fill(0);
    s[0] = 1;
    s[period] = -1;
    poly = mul(poly, s);
  }
  return Float64Array.from(poly.slice(1), (v) => -v);
}

/** @internal Applies the differences to a copy of `x`: d lag-1 differences then D lag-m ones. */
export function applyDifferences(x: Float64Array, d: number, D: number, period: number): Float64Array {
  let w = Float64Array.from(x);
  for (let i = 0; i < d; i++) {
    const next = new Float64Array(Math.max(w.length - 1, 0));
    for (let t = 1; t < w.length; t++) next[t - 1] = w[t]! - w[t - 1]!;
    w = next;
  }
  for (let i = 0; i < D; i++) {
    const next = new Float64Array(Math.max(w.length - period, 0));
    for (let t = period; t < w.length; t++) next[t - period] = w[t]! - w[t - period]!;
    w = next;
  }
  return w;
}
