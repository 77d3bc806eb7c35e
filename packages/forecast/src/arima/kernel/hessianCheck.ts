import { invertMatrix } from "../../internal/invertMatrix.js";
import { partrans, type ArmaLayout } from "./arimaParams.js";

/**
 * @internal Numerical Hessian of f at x as R's `optimhess` (what `optim(..., hessian = TRUE)`
 * returns): in scaled coordinates u = x / scale, central differences (step 1e−3) of the
 * central-difference gradient, symmetrised; returned in the original coordinates.
 */
export function numericHessian(f: (x: Float64Array) => number, x: Float64Array, scale: Float64Array): Float64Array | null {
  const k = x.length;
  const eps = 1e-3;
  const xs = new Float64Array(k);
  // f at u ± eps·e_i ± eps·e_j is the same point for (i, j) and (j, i) (each coordinate is formed
  // the same way), so the off-diagonal values are computed once and reused: 2k² + 2k evaluations
  // instead of 4k², with exactly optimhess's values.
  const memo = new Float64Array(4 * k * k);
  const grad = (u: Float64Array, i: number, si: number, g: Float64Array): boolean => {
    for (let j = 0; j < k; j++) {
      let fp: number;
      let fm: number;
      if (j < i) {
        fp = memo[(2 * j) * 2 * k + 2 * i + si]!;
        fm = memo[(2 * j + 1) * 2 * k + 2 * i + si]!;
      } else {
        for (let l = 0; l < k; l++) xs[l] = u[l]! * scale[l]!;
        xs[j] = (u[j]! + eps) * scale[j]!;
        fp = f(xs);
        xs[j] = (u[j]! - eps) * scale[j]!;
        fm = f(xs);
        memo[(2 * i + si) * 2 * k + 2 * j] = fp;
        memo[(2 * i + si) * 2 * k + 2 * j + 1] = fm;
      }
      if (!Number.isFinite(fp) || !Number.isFinite(fm)) return false;
      g[j] = (fp - fm) / (2 * eps);
    }
    return true;
  };
  const u = Float64Array.from(x, (v, i) => v / scale[i]!);
  const H = new Float64Array(k * k);
  const g1 = new Float64Array(k);
  const g2 = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const ui = u[i]!;
    u[i] = ui + eps;
    if (!grad(u, i, 0, g1)) return null;
    u[i] = ui - eps;
    if (!grad(u, i, 1, g2)) return null;
    u[i] = ui;
    for (let j = 0; j < k; j++) H[i * k + j] = (g1[j]! - g2[j]!) / (2 * eps);
  }
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (H[i * k + j]! + H[j * k + i]!);
      H[i * k + j] = v;
      H[j * k + i] = v;
    }
  }
  // Back to original coordinates: H_x = S⁻¹ H_u S⁻¹.
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) H[i * k + j] = H[i * k + j]! / (scale[i]! * scale[j]!);
  return H;
}


/**
 * @internal R's `ARIMA_Gradtrans`: the Jacobian (k × k, row = input) of the AR stationarity
 * transform at the free parameters, by forward differences of step 1e−3; identity elsewhere.
 * `free` lists which coefficient each free parameter is.
 */
export function transformJacobian(coefT: Float64Array, s: ArmaLayout, free: readonly number[]): Float64Array {
  const k = free.length;
  const full = coefT.length;
  const Afull = new Float64Array(full * full);
  for (let i = 0; i < full; i++) Afull[i * full + i] = 1;
  const eps = 1e-3;
  const block = (len: number, off: number): void => {
    if (len === 0) return;
    const w1 = Float64Array.from(coefT);
    const w2 = new Float64Array(full);
    const w3 = new Float64Array(full);
    const work = new Float64Array(len);
    partrans(len, w1, w2, off, work);
    for (let i = 0; i < len; i++) {
      w1[off + i] = w1[off + i]! + eps;
      partrans(len, w1, w3, off, work);
      for (let j = 0; j < len; j++) Afull[(off + i) * full + off + j] = (w3[off + j]! - w2[off + j]!) / eps;
      w1[off + i] = w1[off + i]! - eps;
    }
  };
  block(s.p, 0);
  block(s.P, s.p + s.q);
  const A = new Float64Array(k * k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) A[a * k + b] = Afull[free[a]! * full + free[b]!]!;
  return A;
}

/**
 * @internal forecast's `checkarima` test on var = Aᵀ (H·n)⁻¹ A: false when the Hessian cannot be
 * inverted or a variance is negative (R: `any(is.nan(sqrt(diag(var.coef))))`, or `solve` failing).
 */
export function varianceOk(H: Float64Array, A: Float64Array | null, k: number, nUsed: number): boolean {
  const Hn = Float64Array.from(H, (v) => v * nUsed);
  const inv = invertMatrix(Hn, k, 1e-14);
  if (inv === null) return false;
  for (let j = 0; j < k; j++) {
    let v = 0;
    if (A === null) v = inv[j * k + j]!;
    else for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) v += A[a * k + j]! * inv[a * k + b]! * A[b * k + j]!;
    if (!(v >= 0)) return false;
  }
  return true;
}
