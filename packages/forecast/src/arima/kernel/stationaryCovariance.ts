/** @internal Scratch space for {@link stationaryCovariance}, sized once per model. */
export interface CovarianceWork {
  readonly psi: Float64Array;
  readonly gamma: Float64Array;
  readonly A: Float64Array;
  readonly b: Float64Array;
  readonly nzCol: Int32Array;
  /** 1-based lags j with φ_j ≠ 0, ascending. */
  readonly phiLags: Int32Array;
}

/** @internal Allocates {@link CovarianceWork} for an ARMA with full orders (pf, qf) and state size r. */
export function covarianceWork(pf: number, qf: number, r: number): CovarianceWork {
  const len = Math.max(qf, r) + 2;
  return {
    psi: new Float64Array(len),
    gamma: new Float64Array(len),
    A: new Float64Array((pf + 1) * (pf + 1)),
    b: new Float64Array(pf + 1),
    nzCol: new Int32Array(pf + 1),
    phiLags: new Int32Array(pf + 1),
  };
}

/** rhs_k = Σ_{j=k}^{q} θ_j ψ_{j−k}, θ₀ = 1 (a plain function: no closure per call). */
function rhs(theta: Float64Array, qf: number, psi: Float64Array, k: number): number {
  let s = 0;
  for (let j = k; j <= qf; j++) s += (j === 0 ? 1 : theta[j - 1]!) * psi[j - k]!;
  return s;
}

/**
 * @internal Stationary covariance P₀ (r × r, row-major, in units of σ²) of the state of the ARMA
 * state-space form used by R's `arima` (Harvey's form: T has φ in its first column and ones on the
 * superdiagonal, R = (1, θ₁, …, θ_{r−1})). Solves P = T P Tᵀ + R Rᵀ exactly:
 *
 * 1. ψ-weights and autocovariances γ(0..r) of the ARMA (the (p+1)-equation system of Brockwell &
 *    Davis §3.3, solved by Gaussian elimination with partial pivoting);
 * 2. the first row P[0][k] = Cov(X_t, a_t[k]) from γ and ψ;
 * 3. the rest by the Lyapunov recursion P[i][k] = φ_{i+1}φ_{k+1}γ₀ + φ_{i+1}P[0][k+1] +
 *    φ_{k+1}P[0][i+1] + P[i+1][k+1] + R_i R_k, from the bottom-right corner up.
 *
 * With `firstRowOnly`, only step 2 runs (P0[0..r) is filled), which is all the Chandrasekhar
 * filter needs. O(p³ + r²) and allocation-free. Returns false when the AR part is (numerically) not stationary.
 */
export function stationaryCovariance(
  phi: Float64Array,
  pf: number,
  theta: Float64Array,
  qf: number,
  r: number,
  P0: Float64Array,
  w: CovarianceWork,
  firstRowOnly = false,
): boolean {
  const { psi, gamma, A, b, nzCol, phiLags } = w;
  // Terms with φ_j = 0 add exactly zero: every sum below runs over the non-zero lags only, in the
  // same (ascending) order as the dense loops, so the results are identical.
  let nLags = 0;
  for (let j = 1; j <= pf; j++) if (phi[j - 1] !== 0) phiLags[nLags++] = j;
  const nPsi = Math.max(qf, r) + 1;
  psi[0] = 1;
  for (let j = 1; j < nPsi; j++) {
    let v = j <= qf ? theta[j - 1]! : 0;
    for (let a = 0; a < nLags; a++) {
      const i = phiLags[a]!;
      if (i > j) break;
      v += phi[i - 1]! * psi[j - i]!;
    }
    psi[j] = v;
  }
  if (pf === 0) {
    for (let h = 0; h < r; h++) gamma[h] = rhs(theta, qf, psi, h);
  } else {
    const m = pf + 1;
    A.fill(0, 0, m * m);
    for (let k = 0; k < m; k++) {
      A[k * m + k] = A[k * m + k]! + 1;
      for (let a = 0; a < nLags; a++) {
        const j = phiLags[a]!;
        const c = Math.abs(k - j);
        A[k * m + c] = A[k * m + c]! - phi[j - 1]!;
      }
      b[k] = rhs(theta, qf, psi, k);
    }
    // Gaussian elimination with partial pivoting.
    for (let col = 0; col < m; col++) {
      let piv = col;
      let best = Math.abs(A[col * m + col]!);
      for (let row = col + 1; row < m; row++) {
        const v = Math.abs(A[row * m + col]!);
        if (v > best) {
          best = v;
          piv = row;
        }
      }
      if (!(best > 1e-14)) return false;
      if (piv !== col) {
        for (let c = 0; c < m; c++) {
          const t = A[col * m + c]!;
          A[col * m + c] = A[piv * m + c]!;
          A[piv * m + c] = t;
        }
        const t = b[col]!;
        b[col] = b[piv]!;
        b[piv] = t;
      }
      const d = A[col * m + col]!;
      // The pivot row of a seasonal φ is mostly zeros: only its non-zero columns change the rows below.
      let nnz = 0;
      for (let c = col; c < m; c++) if (A[col * m + c] !== 0) nzCol[nnz++] = c;
      for (let row = col + 1; row < m; row++) {
        const f = A[row * m + col]! / d;
        if (f === 0) continue;
        for (let a = 0; a < nnz; a++) {
          const c = nzCol[a]!;
          A[row * m + c] = A[row * m + c]! - f * A[col * m + c]!;
        }
        b[row] = b[row]! - f * b[col]!;
      }
    }
    for (let row = m - 1; row >= 0; row--) {
      let s = b[row]!;
      for (let c = row + 1; c < m; c++) s -= A[row * m + c]! * gamma[c]!;
      gamma[row] = s / A[row * m + row]!;
    }
    for (let k = m; k < r; k++) {
      let s = rhs(theta, qf, psi, k);
      for (let a = 0; a < nLags; a++) {
        const j = phiLags[a]!;
        s += phi[j - 1]! * gamma[k - j]!;
      }
      gamma[k] = s;
    }
  }
  const g0 = gamma[0]!;
  if (!(g0 > 0) || !Number.isFinite(g0)) return false;
  P0[0] = g0;
  for (let k = 1; k < r; k++) {
    let s = 0;
    for (let a = 0; a < nLags; a++) {
      const j = phiLags[a]!;
      if (j <= k) continue;
      if (j > r) break;
      s += phi[j - 1]! * gamma[j - k]!;
    }
    for (let l = 0; l <= r - 1 - k; l++) {
      const j = k + l;
      if (j <= qf) s += theta[j - 1]! * psi[l]!;
    }
    P0[k] = s;
    if (!firstRowOnly) P0[k * r] = s;
  }
  if (firstRowOnly) return true;
  for (let i = r - 1; i >= 1; i--) {
    const phiI = i < pf ? phi[i]! : 0;
    const rI = i <= qf ? theta[i - 1]! : 0;
    for (let k = r - 1; k >= i; k--) {
      const phiK = k < pf ? phi[k]! : 0;
      const rK = k <= qf ? theta[k - 1]! : 0;
      let v = phiI * phiK * g0 + rI * rK;
      if (k + 1 < r) v += phiI * P0[k + 1]! ;
      if (i + 1 < r) v += phiK * P0[i + 1]!;
      if (i + 1 < r && k + 1 < r) v += P0[(i + 1) * r + k + 1]!;
      P0[i * r + k] = v;
      P0[k * r + i] = v;
    }
  }
  return true;
}
