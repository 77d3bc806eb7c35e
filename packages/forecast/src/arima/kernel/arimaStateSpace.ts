import type { ArimaForecastState } from "../ArimaFit.js";
import { covarianceWork, stationaryCovariance } from "./stationaryCovariance.js";

/**
 * @internal The full ARIMA state-space model of R's `makeARIMA`: an ARMA block of size
 * r = max(pf, qf + 1) followed by the `Delta.length` previous values of the undifferenced series,
 * observation vector Z = (1, 0, …, 0, Delta), diffuse prior κ·I on the differencing states; `a` is
 * the filtered state after the last observation and `P` its covariance (rd × rd, row-major, units
 * of σ²). The fields are those of the forecast state a fit keeps.
 */
export type ArimaStateSpace = Pick<ArimaForecastState, "phi" | "theta" | "delta" | "r" | "rd" | "a" | "P">;

/** Observation vector Z = (1, 0, …, 0, Δ) and noise loadings R = (1, θ₁, …, θ_{r−1}) of the model. */
function observationAndNoise(theta: Float64Array, delta: Float64Array, r: number, rd: number): { Z: Float64Array; Rv: Float64Array } {
  const Rv = new Float64Array(rd);
  Rv[0] = 1;
  for (let i = 1; i < r; i++) Rv[i] = i <= theta.length ? theta[i - 1]! : 0;
  const Z = new Float64Array(rd);
  Z[0] = 1;
  for (let j = 0; j < delta.length; j++) Z[r + j] = delta[j]!;
  return { Z, Rv };
}

interface Sparse {
  readonly cols: number[][];
  readonly vals: number[][];
}

function transition(phi: Float64Array, delta: Float64Array, r: number): Sparse {
  const d = delta.length;
  const rd = r + d;
  const cols: number[][] = [];
  const vals: number[][] = [];
  for (let i = 0; i < rd; i++) {
    const c: number[] = [];
    const v: number[] = [];
    if (i < r) {
      if (i < phi.length && phi[i] !== 0) {
        c.push(0);
        v.push(phi[i]!);
      }
      if (i < r - 1) {
        c.push(i + 1);
        v.push(1);
      }
    } else if (i === r) {
      c.push(0);
      v.push(1);
      for (let j = 0; j < d; j++) {
        c.push(r + j);
        v.push(delta[j]!);
      }
    } else {
      c.push(i - 1);
      v.push(1);
    }
    cols.push(c);
    vals.push(v);
  }
  return { cols, vals };
}

/** Pnew = T P Tᵀ + V with the sparse T; `mm` is scratch rd × rd. */
function predictCov(T: Sparse, P: Float64Array, Rv: Float64Array, rd: number, mm: Float64Array, Pnew: Float64Array): void {
  for (let i = 0; i < rd; i++) {
    const c = T.cols[i]!;
    const v = T.vals[i]!;
    for (let j = 0; j < rd; j++) {
      let s = 0;
      for (let k = 0; k < c.length; k++) s += v[k]! * P[c[k]! * rd + j]!;
      mm[i * rd + j] = s;
    }
  }
  for (let i = 0; i < rd; i++) {
    for (let j = 0; j < rd; j++) {
      const c = T.cols[j]!;
      const v = T.vals[j]!;
      let s = Rv[i]! * Rv[j]!;
      for (let k = 0; k < c.length; k++) s += v[k]! * mm[i * rd + c[k]!]!;
      Pnew[i * rd + j] = s;
    }
  }
}

function predictState(T: Sparse, a: Float64Array, rd: number, anew: Float64Array): void {
  for (let i = 0; i < rd; i++) {
    const c = T.cols[i]!;
    const v = T.vals[i]!;
    let s = 0;
    for (let k = 0; k < c.length; k++) s += v[k]! * a[c[k]!]!;
    anew[i] = s;
  }
}

/** @internal Result of {@link filterArima}. */
export interface ArimaFilterResult {
  readonly model: ArimaStateSpace;
  /** Standardised innovations v_t / √F_t, as R's `residuals()` of an `arima` fit. */
  readonly residuals: Float64Array;
  readonly ssq: number;
  readonly sumlog: number;
  readonly nu: number;
}

/**
 * @internal Runs R's `ARIMA_Like` on the undifferenced (regression-adjusted) series `x` with the
 * full state (ARMA + differencing states, κ = 1e6 diffuse prior), returning the standardised
 * residuals and the filtered state after the last observation for forecasting. Observations whose
 * prediction variance F ≥ 1e4 (the diffuse start) are left out of the likelihood sums, as in R.
 */
export function filterArima(x: Float64Array, phi: Float64Array, theta: Float64Array, delta: Float64Array, kappa = 1e6): ArimaFilterResult | null {
  const pf = phi.length;
  const qf = theta.length;
  const r = Math.max(pf, qf + 1);
  const d = delta.length;
  const rd = r + d;
  const T = transition(phi, delta, r);
  const { Z, Rv } = observationAndNoise(theta, delta, r, rd);
  const P0 = new Float64Array(r * r);
  if (!stationaryCovariance(phi, pf, theta, qf, r, P0, covarianceWork(pf, qf, r))) return null;
  const a = new Float64Array(rd);
  const anew = new Float64Array(rd);
  const P = new Float64Array(rd * rd);
  const Pnew = new Float64Array(rd * rd);
  const mm = new Float64Array(rd * rd);
  const M = new Float64Array(rd);
  for (let i = 0; i < r; i++) for (let j = 0; j < r; j++) Pnew[i * rd + j] = P0[i * r + j]!;
  for (let j = 0; j < d; j++) Pnew[(r + j) * rd + r + j] = kappa;
  const n = x.length;
  const residuals = new Float64Array(n);
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  for (let l = 0; l < n; l++) {
    predictState(T, a, rd, anew);
    if (l > 0) predictCov(T, P, Rv, rd, mm, Pnew);
    let resid = x[l]!;
    for (let i = 0; i < rd; i++) resid -= Z[i]! * anew[i]!;
    let gain = 0;
    for (let i = 0; i < rd; i++) {
      let s = 0;
      for (let j = 0; j < rd; j++) s += Pnew[i * rd + j]! * Z[j]!;
      M[i] = s;
      gain += Z[i]! * s;
    }
    if (gain < 1e4) {
      nu++;
      ssq += (resid * resid) / gain;
      sumlog += Math.log(gain);
    }
    residuals[l] = resid / Math.sqrt(gain);
    for (let i = 0; i < rd; i++) a[i] = anew[i]! + (M[i]! * resid) / gain;
    for (let i = 0; i < rd; i++) for (let j = 0; j < rd; j++) P[i * rd + j] = Pnew[i * rd + j]! - (M[i]! * M[j]!) / gain;
  }
  if (n === 0) P.set(Pnew);
  return { model: { phi, theta, delta, r, rd, a, P }, residuals, ssq, sumlog, nu };
}

/**
 * @internal R's `KalmanForecast`: h-step means and variances (units of σ²) of the undifferenced
 * (regression-adjusted) series from the filtered state.
 */
export function forecastStateSpace(model: ArimaStateSpace, h: number): { mean: Float64Array; variance: Float64Array } {
  const { phi, theta, delta, r, rd } = model;
  const T = transition(phi, delta, r);
  const { Z, Rv } = observationAndNoise(theta, delta, r, rd);
  let a = Float64Array.from(model.a);
  let anew = new Float64Array(rd);
  let P = Float64Array.from(model.P);
  let Pnew = new Float64Array(rd * rd);
  const mm = new Float64Array(rd * rd);
  const mean = new Float64Array(h);
  const variance = new Float64Array(h);
  for (let l = 0; l < h; l++) {
    predictState(T, a, rd, anew);
    [a, anew] = [anew, a];
    let fc = 0;
    for (let i = 0; i < rd; i++) fc += Z[i]! * a[i]!;
    mean[l] = fc;
    predictCov(T, P, Rv, rd, mm, Pnew);
    [P, Pnew] = [Pnew, P];
    let v = 0;
    for (let i = 0; i < rd; i++) {
      let s = 0;
      for (let j = 0; j < rd; j++) s += P[i * rd + j]! * Z[j]!;
      v += Z[i]! * s;
    }
    variance[l] = v;
  }
  return { mean, variance };
}
