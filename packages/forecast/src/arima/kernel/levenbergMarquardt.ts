/** @internal Result of {@link levenbergMarquardt}. */
export interface LmResult {
  readonly x: Float64Array;
  /** Sum of squares at x. */
  readonly ssq: number;
  readonly iterations: number;
}

/**
 * @internal Levenberg–Marquardt (Marquardt 1963, diagonal scaling) for min Σ rᵢ(x)²: `resid` writes
 * the m residuals at x into `out` and returns their sum of squares (non-finite = infeasible). The
 * Jacobian is taken by forward differences (step 1e−7·max(1, |xⱼ|)). Used for the conditional sum
 * of squares during the model search, where it needs far fewer passes than a quasi-Newton method
 * on the scalar objective.
 */
export function levenbergMarquardt(
  resid: (x: Float64Array, out: Float64Array) => number,
  x0: Float64Array,
  m: number,
  maxIterations = 30,
  tol = 1e-9,
): LmResult {
  const k = x0.length;
  const x = Float64Array.from(x0);
  const r = new Float64Array(m);
  const rt = new Float64Array(m);
  const J = new Float64Array(m * k);
  const A = new Float64Array(k * k);
  const M = new Float64Array(k * k);
  const g = new Float64Array(k);
  const step = new Float64Array(k);
  const xt = new Float64Array(k);
  let ssq = resid(x, r);
  if (!Number.isFinite(ssq)) return { x, ssq: Infinity, iterations: 0 };
  let lambda = 1e-3;
  let it = 0;
  for (; it < maxIterations; it++) {
    // Jacobian by forward differences, stored by column (J[j·m + i] = ∂rᵢ/∂xⱼ).
    for (let j = 0; j < k; j++) {
      const xj = x[j]!;
      const h = 1e-7 * Math.max(1, Math.abs(xj));
      x[j] = xj + h;
      const s = resid(x, rt);
      x[j] = xj;
      const col = j * m;
      if (!Number.isFinite(s)) {
        J.fill(0, col, col + m);
        continue;
      }
      for (let i = 0; i < m; i++) J[col + i] = (rt[i]! - r[i]!) / h;
    }
    // Normal equations JᵀJ and Jᵀr (sums over i in increasing order).
    for (let a = 0; a < k; a++) {
      const ca = a * m;
      let ga = 0;
      for (let i = 0; i < m; i++) ga += J[ca + i]! * r[i]!;
      g[a] = ga;
      for (let b = a; b < k; b++) {
        const cb = b * m;
        let sab = 0;
        for (let i = 0; i < m; i++) sab += J[ca + i]! * J[cb + i]!;
        A[a * k + b] = sab;
      }
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) A[a * k + b] = A[b * k + a]!;
    let improved = false;
    for (let tries = 0; tries < 12; tries++) {
      M.set(A);
      for (let a = 0; a < k; a++) M[a * k + a] = A[a * k + a]! * (1 + lambda) + 1e-12;
      if (!solve(M, g, step, k)) {
        lambda *= 10;
        continue;
      }
      for (let a = 0; a < k; a++) xt[a] = x[a]! - step[a]!;
      const s = resid(xt, rt);
      if (Number.isFinite(s) && s < ssq) {
        const rel = (ssq - s) / Math.max(ssq, 1e-300);
        x.set(xt);
        r.set(rt);
        ssq = s;
        lambda = Math.max(lambda / 10, 1e-12);
        improved = true;
        if (rel < tol) return { x, ssq, iterations: it + 1 };
        break;
      }
      lambda *= 10;
    }
    if (!improved) break;
  }
  return { x, ssq, iterations: it };
}

/** Solves the symmetric k × k system M s = g by Gaussian elimination with partial pivoting (M is overwritten). */
function solve(M: Float64Array, g: Float64Array, s: Float64Array, k: number): boolean {
  const b = Float64Array.from(g);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r * k + c]!) > Math.abs(M[piv * k + c]!)) piv = r;
    const pv = M[piv * k + c]!;
    if (!(Math.abs(pv) > 0) || !Number.isFinite(pv)) return false;
    if (piv !== c) {
      for (let j = 0; j < k; j++) [M[c * k + j], M[piv * k + j]] = [M[piv * k + j]!, M[c * k + j]!];
      [b[c], b[piv]] = [b[piv]!, b[c]!];
    }
    for (let r = c + 1; r < k; r++) {
      const f = M[r * k + c]! / pv;
      if (f === 0) continue;
      for (let j = c; j < k; j++) M[r * k + j] = M[r * k + j]! - f * M[c * k + j]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  for (let r = k - 1; r >= 0; r--) {
    let v = b[r]!;
    for (let j = r + 1; j < k; j++) v -= M[r * k + j]! * s[j]!;
    s[r] = v / M[r * k + r]!;
  }
  return true;
}
