import { covarianceWork, stationaryCovariance, type CovarianceWork } from "./stationaryCovariance.js";

/** @internal Preallocated buffers of {@link armaLikelihood} for one (pf, qf). */
export interface ArmaFilterWork {
  readonly pf: number;
  readonly qf: number;
  readonly r: number;
  readonly a: Float64Array;
  readonly anew: Float64Array;
  readonly P: Float64Array;
  readonly Pnew: Float64Array;
  readonly Rv: Float64Array;
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
    P: new Float64Array(r * r),
    Pnew: new Float64Array(r * r),
    Rv: new Float64Array(r),
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
 * regression-adjusted) series `w`, by the Kalman filter on the state-space form of R's `arima`
 * (its C routine `ARIMA_Like` for d = 0) with the stationary initial covariance. σ² is
 * concentrated out: the objective is ½(log(ssq/nu) + sumlog/nu).
 *
 * Once the predicted covariance stops changing (to 1e−13 relative), the remaining steps reuse the
 * steady-state gain, which keeps long series cheap. Allocation-free. Returns false when the AR
 * part has no stationary covariance.
 */
export function armaLikelihood(
  w: Float64Array,
  phi: Float64Array,
  theta: Float64Array,
  ws: ArmaFilterWork,
  out: ArmaLikelihoodSums,
): boolean {
  const { pf: p, qf: q, r, a, anew, P, Pnew, Rv } = ws;
  const n = w.length;
  out.ssq = 0;
  out.sumlog = 0;
  out.nu = 0;
  if (!stationaryCovariance(phi, p, theta, q, r, Pnew, ws.cov)) return false;
  Rv[0] = 1;
  for (let i = 1; i < r; i++) Rv[i] = i <= q ? theta[i - 1]! : 0;
  a.fill(0);
  let ssq = 0;
  let sumlog = 0;
  let nu = 0;
  let steady = false;
  for (let l = 0; l < n; l++) {
    for (let i = 0; i < r; i++) {
      let tmp = i < r - 1 ? a[i + 1]! : 0;
      if (i < p) tmp += phi[i]! * a[0]!;
      anew[i] = tmp;
    }
    if (l > 0 && !steady) {
      const p00 = P[0]!;
      let change = 0;
      let scale = 0;
      for (let i = 0; i < r; i++) {
        const phiI = i < p ? phi[i]! : 0;
        const rI = Rv[i]!;
        const pi1 = i < r - 1 ? P[i + 1]! : 0; // P[0][i+1]
        for (let j = i; j < r; j++) {
          const phiJ = j < p ? phi[j]! : 0;
          let tmp = rI * Rv[j]! + phiI * phiJ * p00;
          if (j < r - 1) {
            tmp += phiI * P[j + 1]!;
            if (i < r - 1) tmp += P[(i + 1) * r + j + 1]!;
          }
          if (i < r - 1) tmp += phiJ * pi1;
          const old = Pnew[i * r + j]!;
          change = Math.max(change, Math.abs(tmp - old));
          scale = Math.max(scale, Math.abs(tmp));
          Pnew[i * r + j] = tmp;
          Pnew[j * r + i] = tmp;
        }
      }
      if (l > 1 && change <= 1e-13 * scale) steady = true;
    }
    const resid = w[l]! - anew[0]!;
    const gain = Pnew[0]!;
    if (gain < 1e4) {
      nu++;
      ssq += (resid * resid) / gain;
      sumlog += Math.log(gain);
    }
    const f = resid / gain;
    for (let i = 0; i < r; i++) a[i] = anew[i]! + Pnew[i * r]! * f;
    if (!steady) {
      for (let i = 0; i < r; i++) {
        const mi = Pnew[i * r]! / gain;
        for (let j = i; j < r; j++) {
          const v = Pnew[i * r + j]! - mi * Pnew[j * r]!;
          P[i * r + j] = v;
          P[j * r + i] = v;
        }
      }
    }
  }
  out.ssq = ssq;
  out.sumlog = sumlog;
  out.nu = nu;
  return true;
}
