import { covarianceWork, stationaryCovariance, type CovarianceWork } from "./stationaryCovariance.js";

/** @internal Preallocated buffers of {@link armaLikelihood} for one (pf, qf). */
export interface ArmaFilterWork {
  readonly pf: number;
  readonly qf: number;
  readonly r: number;
  readonly a: Float64Array;
  readonly anew: Float64Array;
  /** The predicted state as a window sliding along a buffer (grown on demand to n + r + 1). */
  buf: Float64Array;
  readonly P: Float64Array;
  readonly Pnew: Float64Array;
  readonly Rv: Float64Array;
  readonly phiPad: Float64Array;
  /** Indices of the non-zero entries of phiPad. */
  readonly phiNz: Int32Array;
  readonly cov: CovarianceWork;
}

/** @internal Allocates buffers for an ARMA with full AR length pf and MA length qf. */
export function armaFilterWork(pf: number, qf: number): ArmaFilterWork {
  const r = Math.max(pf, qf + 1);
  return {
    pf,
    qf,
    r,
    a: new Float64Array(r),
    anew: new Float64Array(r),
    buf: new Float64Array(0),
    P: new Float64Array(r * r),
    Pnew: new Float64Array(r * r),
    Rv: new Float64Array(r),
    phiPad: new Float64Array(r),
    phiNz: new Int32Array(r),
    cov: covarianceWork(pf, qf, r),
  };
}

/** @internal Sums from the Kalman filter: Σ v²/F, Σ log F and the number of terms. */
export interface ArmaLikelihoodSums {
  ssq: number;
  sumlog: number;
  nu: number;
}

/**
 * @internal Exact Gaussian likelihood terms of a zero-mean stationary ARMA for the (differenced,
 * regression-adjusted) series `w`: the Kalman filter of R's `arima` (C routine `ARIMA_Like`, d = 0)
 * started from the stationary covariance P₀, run with the Chandrasekhar recursions (Morf, Sidhu &
 * Kailath 1974) instead of the Riccati update. Because P₀ solves the Lyapunov equation, the first
 * covariance increment Σ₁ − Σ₀ = −K₀F₀K₀ᵀ has rank one, and every later increment stays rank one:
 * δ_{t+1} = L_t δ_t L_tᵀ − g gᵀ / F_{t+1}, L_t = T − K_t Z. Writing δ_t = μ_t w_t w_tᵀ gives O(r)
 * work per observation instead of O(r²), with the same prediction errors v_t and variances F_t
 * (so the same likelihood as R up to rounding). σ² is concentrated out: the objective is
 * ½(log(ssq/nu) + sumlog/nu); like R, terms with F ≥ 1e4 are skipped.
 *
 * Allocation-free. Returns false when the AR part has no stationary covariance.
 */
export function armaLikelihood(
  w: Float64Array,
  phi: Float64Array,
  theta: Float64Array,
  ws: ArmaFilterWork,
  out: ArmaLikelihoodSums,
): boolean {
  const { pf: p, qf: q, r, P: K, Pnew: row0, Rv: wv, phiPad, phiNz } = ws;
  const n = w.length;
  out.ssq = 0;
  out.sumlog = 0;
  out.nu = 0;
  if (!stationaryCovariance(phi, p, theta, q, r, row0, ws.cov, true)) return false;
  let nnz = 0;
  for (let i = 0; i < r; i++) {
    const v = i < p ? phi[i]! : 0;
    phiPad[i] = v;
    if (v !== 0) phiNz[nnz++] = i;
  }
  const r1 = r - 1;
  // A seasonal φ is mostly zeros: its terms are added in a first pass over the non-zero entries
  // only, in the same order of operations as the dense update (so the sums are identical).
  const lastPhi = nnz > 0 && phiNz[nnz - 1] === r1 ? nnz - 1 : nnz;
  const phiLast = phiPad[r1]!;
  // Σ₀ = P₀: F₀ = P₀[0][0]; K₀ = T P₀ Zᵀ / F₀ with P₀ Zᵀ = first column = first row.
  let F = row0[0]!;
  const x0 = row0[0]!;
  for (let i = 0; i < r1; i++) K[i] = (phiPad[i]! * x0 + row0[i + 1]!) / F;
  K[r1] = (phiPad[r1]! * x0) / F;
  for (let i = 0; i < r; i++) wv[i] = K[i]!;
  let mu = -F;
  // The predicted state a_t is buf[t .. t + r): the shift of T becomes a move of the window.
  if (ws.buf.length < n + r + 1) ws.buf = new Float64Array(n + r + 1);
  const buf = ws.buf;
  buf.fill(0, 0, n + r + 1);
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  let steady = false;
  // Σ log F_t is accumulated as logs of products of up to 16 consecutive F (each in [1, 1e4)).
  let prod = 1;
  let inProd = 0;
  for (let l = 0; l < n; l++) {
    const a0 = buf[l]!;
    const v = w[l]! - a0;
    if (F < 1e4) {
      nu++;
      ssq += (v * v) / F;
      prod *= F;
      if (++inProd === 16) {
        sumlog += Math.log(prod);
        prod = 1;
        inProd = 0;
      }
    }
    // Next predicted state T a + K v, in place on the window starting at l + 1.
    const o = l + 1;
    for (let a = 0; a < nnz; a++) {
      const i = phiNz[a]!;
      buf[o + i] = buf[o + i]! + phiPad[i]! * a0;
    }
    if (steady) {
      for (let i = 0; i < r; i++) buf[o + i] = buf[o + i]! + K[i]! * v;
      continue;
    }
    // Chandrasekhar step: Tw, F_{t+1}, K_{t+1}, w_{t+1} = Tw − K_t w0, μ_{t+1}; the state update
    // with K_t is fused into the same pass (K_t[i] is read before it is overwritten).
    const w0 = wv[0]!;
    const muw0 = mu * w0;
    const Fn = F + muw0 * w0;
    const inv = 1 / Fn;
    let ww = 0;
    // (Tw)_i = φ_i w0 + w_{i+1}: the φ part first, into w_{i+1} (read only at step i below).
    for (let a = 0; a < lastPhi; a++) {
      const i = phiNz[a]!;
      wv[i + 1] = phiPad[i]! * w0 + wv[i + 1]!;
    }
    for (let i = 0; i < r1; i++) {
      const ki: number = K[i]!;
      buf[o + i] = buf[o + i]! + ki * v;
      const tw = wv[i + 1]!;
      const wi = tw - ki * w0;
      wv[i] = wi;
      ww += wi * wi;
      K[i] = (ki * F + tw * muw0) * inv;
    }
    {
      const ki: number = K[r1]!;
      buf[o + r1] = buf[o + r1]! + ki * v;
      const tw = phiLast * w0;
      const wi = tw - ki * w0;
      wv[r1] = wi;
      ww += wi * wi;
      K[r1] = (ki * F + tw * muw0) * inv;
    }
    mu -= muw0 * muw0 * inv;
    F = Fn;
    // Once the remaining increment μ‖w‖² is below rounding, the filter has reached steady state.
    if (Math.abs(mu) * ww <= 1e-16 * F) steady = true;
  }
  out.ssq = ssq;
  out.sumlog = sumlog + Math.log(prod);
  out.nu = nu;
  return true;
}
