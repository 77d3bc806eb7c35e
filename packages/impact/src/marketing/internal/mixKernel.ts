// Marketing-mix kernels: an orthonormal basis of the (unconstrained) control columns on a prefix of
// the weeks, the media block's non-negative ridge least squares on its Gram matrix, and the media
// features for one set of transform parameters. No validation here; fitMarketingMix validates.
import { geometricAdstockInto, hillInto } from "./kernels.js";

/** @internal Thin QR (modified Gram–Schmidt, reorthogonalised) of q columns on rows [0, m). */
export interface Basis {
  readonly m: number;
  readonly q: number;
  /** q columns of length m, column-major (column c at c·m). */
  readonly Q: Float64Array;
  /** q×q upper triangular, row-major. */
  readonly R: Float64Array;
}

/** @internal Orthonormal basis of the columns Z (each of length ≥ m) on their first m rows. */
export function orthoBasis(Z: readonly Float64Array[], m: number): Basis {
  const q = Z.length;
  const Q = new Float64Array(q * m);
  const R = new Float64Array(q * q);
  for (let c = 0; c < q; c++) {
    const z = Z[c]!;
    const o = c * m;
    for (let i = 0; i < m; i++) Q[o + i] = z[i]!;
    for (let pass = 0; pass < 2; pass++) {
      for (let d = 0; d < c; d++) {
        const od = d * m;
        let s = 0;
        for (let i = 0; i < m; i++) s += Q[od + i]! * Q[o + i]!;
        R[d * q + c] = R[d * q + c]! + s;
        for (let i = 0; i < m; i++) Q[o + i] = Q[o + i]! - s * Q[od + i]!;
      }
    }
    let nrm = 0;
    for (let i = 0; i < m; i++) nrm += Q[o + i]! * Q[o + i]!;
    nrm = Math.sqrt(nrm);
    R[c * q + c] = nrm;
    const inv = nrm > 0 ? 1 / nrm : 0;
    for (let i = 0; i < m; i++) Q[o + i] = Q[o + i]! * inv;
  }
  return { m, q, Q, R };
}

/** @internal out[0..m) = v − Q Qᵀ v on the basis' rows; coef (length q) receives Qᵀ v. */
export function residualize(B: Basis, v: Float64Array, out: Float64Array, coef: Float64Array): void {
  const { m, q, Q } = B;
  for (let i = 0; i < m; i++) out[i] = v[i]!;
  for (let c = 0; c < q; c++) {
    const o = c * m;
    let s = 0;
    for (let i = 0; i < m; i++) s += Q[o + i]! * v[i]!;
    coef[c] = s;
    for (let i = 0; i < m; i++) out[i] = out[i]! - s * Q[o + i]!;
  }
}

/**
 * @internal Lawson–Hanson NNLS on the normal equations: min βᵀAβ − 2bᵀβ subject to β ≥ 0, for a
 * small symmetric positive semi-definite k×k A (row-major). Columns flagged in `frozen` stay 0.
 */
export function nnlsGram(A: Float64Array, b: Float64Array, k: number, frozen: Uint8Array, beta: Float64Array): void {
  beta.fill(0);
  const passive = new Uint8Array(k);
  const s = new Float64Array(k);
  const w = new Float64Array(k);
  const idx = new Int32Array(k);
  const M = new Float64Array(k * k);
  const rhs = new Float64Array(k);
  const tol = 1e-12 * (1 + maxAbs(b));
  for (let outer = 0; outer < 3 * k + 10; outer++) {
    // Gradient of the negative objective: w = b − Aβ.
    let best = -1;
    let bestW = tol;
    for (let j = 0; j < k; j++) {
      let v = b[j]!;
      for (let l = 0; l < k; l++) v -= A[j * k + l]! * beta[l]!;
      w[j] = v;
      if (passive[j] === 0 && frozen[j] === 0 && v > bestW) {
        bestW = v;
        best = j;
      }
    }
    if (best < 0) return;
    passive[best] = 1;
    for (let inner = 0; inner < 3 * k + 10; inner++) {
      // Solve A_PP s_P = b_P.
      let np = 0;
      for (let j = 0; j < k; j++) if (passive[j] === 1) idx[np++] = j;
      for (let a = 0; a < np; a++) {
        rhs[a] = b[idx[a]!]!;
        for (let c = 0; c < np; c++) M[a * np + c] = A[idx[a]! * k + idx[c]!]!;
      }
      if (!choleskySolve(M, rhs, np)) {
        // Numerically dependent: drop the newly added column and stop.
        passive[best] = 0;
        frozen[best] = 1;
        break;
      }
      s.fill(0);
      let allPositive = true;
      for (let a = 0; a < np; a++) {
        s[idx[a]!] = rhs[a]!;
        if (rhs[a]! <= 0) allPositive = false;
      }
      if (allPositive) {
        for (let j = 0; j < k; j++) beta[j] = s[j]!;
        break;
      }
      let alpha = Infinity;
      for (let a = 0; a < np; a++) {
        const j = idx[a]!;
        if (s[j]! <= 0) {
          const t = beta[j]! / (beta[j]! - s[j]!);
          if (t < alpha) alpha = t;
        }
      }
      if (!Number.isFinite(alpha)) alpha = 0;
      for (let j = 0; j < k; j++) {
        beta[j] = beta[j]! + alpha * (s[j]! - beta[j]!);
        if (passive[j] === 1 && beta[j]! <= 1e-15 * (1 + Math.abs(s[j]!))) {
          passive[j] = 0;
          beta[j] = 0;
        }
      }
    }
  }
}

function maxAbs(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
}

/** In-place Cholesky solve of the n×n SPD M x = rhs (rhs overwritten with x); false if not SPD. */
function choleskySolve(M: Float64Array, rhs: Float64Array, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let d = M[j * n + j]!;
    for (let l = 0; l < j; l++) d -= M[j * n + l]! * M[j * n + l]!;
    if (!(d > 1e-13 * Math.abs(M[j * n + j]!)) || d <= 0) return false;
    const ljj = Math.sqrt(d);
    M[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let v = M[i * n + j]!;
      for (let l = 0; l < j; l++) v -= M[i * n + l]! * M[j * n + l]!;
      M[i * n + j] = v / ljj;
    }
  }
  for (let i = 0; i < n; i++) {
    let v = rhs[i]!;
    for (let l = 0; l < i; l++) v -= M[i * n + l]! * rhs[l]!;
    rhs[i] = v / M[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = rhs[i]!;
    for (let l = i + 1; l < n; l++) v -= M[l * n + i]! * rhs[l]!;
    rhs[i] = v / M[i * n + i]!;
  }
  return true;
}

/** @internal Scratch space for {@link fitPrefix}. */
export interface Workspace {
  readonly rf: Float64Array[]; // k residualised features (length n)
  readonly ry: Float64Array;
  readonly coef: Float64Array; // q
  readonly A: Float64Array; // k×k
  readonly b: Float64Array; // k
  readonly frozen: Uint8Array;
  readonly tmp: Float64Array; // n
}

/** @internal Allocates a workspace for n weeks, k channels and q control columns. */
export function workspace(n: number, k: number, q: number): Workspace {
  return {
    rf: Array.from({ length: k }, () => new Float64Array(n)),
    ry: new Float64Array(n),
    coef: new Float64Array(q),
    A: new Float64Array(k * k),
    b: new Float64Array(k),
    frozen: new Uint8Array(k),
    tmp: new Float64Array(n),
  };
}

/**
 * @internal Fits y ≈ Zγ + Fβ on the basis' rows with β ≥ 0 and the relative ridge
 * λ_j = ridge · ||M f_j||² on the media block (M partials out the controls); writes β and γ and
 * returns the penalised residual sum of squares.
 */
export function fitPrefix(B: Basis, F: readonly Float64Array[], y: Float64Array, ridge: number, ws: Workspace, beta: Float64Array, gamma: Float64Array): number {
  const k = F.length;
  const { m, q, R } = B;
  residualize(B, y, ws.ry, ws.coef);
  for (let j = 0; j < k; j++) residualize(B, F[j]!, ws.rf[j]!, ws.coef);
  let yy = 0;
  for (let i = 0; i < m; i++) yy += ws.ry[i]! * ws.ry[i]!;
  for (let j = 0; j < k; j++) {
    const fj = ws.rf[j]!;
    let bj = 0;
    for (let i = 0; i < m; i++) bj += fj[i]! * ws.ry[i]!;
    ws.b[j] = bj;
    for (let l = j; l < k; l++) {
      const fl = ws.rf[l]!;
      let s = 0;
      for (let i = 0; i < m; i++) s += fj[i]! * fl[i]!;
      ws.A[j * k + l] = s;
      ws.A[l * k + j] = s;
    }
  }
  for (let j = 0; j < k; j++) {
    // A feature the controls explain (or an all-zero one) cannot be estimated: β_j = 0.
    let raw = 0;
    const f = F[j]!;
    for (let i = 0; i < m; i++) raw += f[i]! * f[i]!;
    ws.frozen[j] = ws.A[j * k + j]! <= 1e-10 * raw || raw === 0 ? 1 : 0;
    ws.A[j * k + j] = ws.A[j * k + j]! * (1 + ridge);
  }
  nnlsGram(ws.A, ws.b, k, ws.frozen, beta);
  // γ = R⁻¹ Qᵀ (y − Fβ).
  const r = ws.tmp;
  for (let i = 0; i < m; i++) {
    let v = y[i]!;
    for (let j = 0; j < k; j++) v -= beta[j]! * F[j]![i]!;
    r[i] = v;
  }
  const { Q } = B;
  for (let c = 0; c < q; c++) {
    const o = c * m;
    let s = 0;
    for (let i = 0; i < m; i++) s += Q[o + i]! * r[i]!;
    gamma[c] = s;
  }
  for (let c = q - 1; c >= 0; c--) {
    let v = gamma[c]!;
    for (let d = c + 1; d < q; d++) v -= R[c * q + d]! * gamma[d]!;
    gamma[c] = v / R[c * q + c]!;
  }
  // Penalised objective: ||ry||² − 2bᵀβ + βᵀAβ (A includes the ridge).
  let obj = yy;
  for (let j = 0; j < k; j++) {
    obj -= 2 * ws.b[j]! * beta[j]!;
    for (let l = 0; l < k; l++) obj += beta[j]! * ws.A[j * k + l]! * beta[l]!;
  }
  return obj;
}

/** @internal Transform parameters of every channel (decay, absolute half-saturation, Hill shape). */
export interface Transforms {
  readonly decay: Float64Array;
  readonly halfSaturation: Float64Array;
  readonly shape: Float64Array;
}

/** @internal Writes the media features hill(adstock(x_j)) into F; returns the absolute K used. */
export function mediaFeatures(spend: readonly Float64Array[], decay: ArrayLike<number>, kappa: ArrayLike<number>, shape: ArrayLike<number>, F: Float64Array[], halfOut: Float64Array): void {
  for (let j = 0; j < spend.length; j++) {
    const x = spend[j]!;
    const f = F[j]!;
    geometricAdstockInto(x, decay[j]!, false, f);
    let mean = 0;
    for (let i = 0; i < f.length; i++) mean += f[i]!;
    mean /= f.length;
    const K = kappa[j]! * mean;
    halfOut[j] = K;
    hillInto(f, K, shape[j]!, f);
  }
}
