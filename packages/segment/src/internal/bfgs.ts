import { DpmError } from "@dpm/core";

/** Objective for {@link bfgs}: returns f(x) and writes ∇f(x) into `grad`. May return Infinity outside the domain. */
export type ObjectiveWithGradient = (x: Float64Array, grad: Float64Array) => number;

export interface BfgsResult {
  x: Float64Array;
  f: number;
  iterations: number;
  evaluations: number;
  gradNorm: number;
  /** Final inverse-Hessian approximation (row-major n × n), usable as `initialInverseHessian` of a follow-up run. */
  inverseHessian: Float64Array;
}

export interface BfgsOptions {
  /** Stop when max |∂f/∂x_i| ≤ gradTol. */
  gradTol?: number;
  maxIter?: number;
  /** Also stop when an iteration lowers f by less than fTol · max(|f|, 1) (the rounding level of f). Default 1e-14. */
  fTol?: number;
  /** Largest step length in any coordinate per iteration (keeps log-parameters in range). */
  maxStep?: number;
  /** Starting inverse-Hessian approximation (row-major n × n), e.g. from a fit on a subsample. Default: scaled identity after the first step. */
  initialInverseHessian?: Float64Array;
}

const C1 = 1e-4;
const C2 = 0.9;

/**
 * Minimises a smooth function with BFGS (dense inverse-Hessian update, small dimension) and a
 * strong-Wolfe line search (bracketing, then zoom by safeguarded cubic/bisection interpolation).
 * Throws `NOT_CONVERGED` with the last state when the iteration budget is exhausted or the line
 * search cannot make progress away from a stationary point.
 */
export function bfgs(fg: ObjectiveWithGradient, x0: Float64Array, fn: string, options: BfgsOptions = {}): BfgsResult {
  const n = x0.length;
  const gradTol = options.gradTol ?? 1e-6;
  const maxIter = options.maxIter ?? 500;
  const maxStep = options.maxStep ?? 2;
  const fTol = options.fTol ?? 1e-14;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  let evals = 1;
  let f = fg(x, g);
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) throw new DpmError("NOT_CONVERGED", `${fn}: the objective is not finite at the starting point; supply other initial values`, { details: { lastPoint: Array.from(x) } });
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  if (options.initialInverseHessian !== undefined) H.set(options.initialInverseHessian);
  const p = new Float64Array(n);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  const gmax = () => {
    let m = 0;
    for (let i = 0; i < n; i++) m = Math.max(m, Math.abs(g[i]!));
    return m;
  };
  let it = 0;
  let converged = false;
  let first = options.initialInverseHessian === undefined;
  for (; it < maxIter; it++) {
    if (gmax() <= gradTol) {
      converged = true;
      break;
    }
    // search direction p = −H g (reset to steepest descent if not a descent direction)
    let dg = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v -= H[i * n + j]! * g[j]!;
      p[i] = v;
      dg += v * g[i]!;
    }
    if (!(dg < 0)) {
      H.fill(0);
      for (let i = 0; i < n; i++) {
        H[i * n + i] = 1;
        p[i] = -g[i]!;
      }
      dg = 0;
      for (let i = 0; i < n; i++) dg -= g[i]! * g[i]!;
    }
    let pmax = 0;
    for (let i = 0; i < n; i++) pmax = Math.max(pmax, Math.abs(p[i]!));
    const stepCap = pmax > maxStep ? maxStep / pmax : Infinity;
    // strong-Wolfe line search on φ(t) = f(x + t p)
    // φ(t) and φ'(t); a trial point whose gradient already meets gradTol is a solution: the line
    // search accepts it at once (near the optimum f itself is only known to its rounding noise)
    const phi = (t: number): [number, number, boolean] => {
      for (let i = 0; i < n; i++) xt[i] = x[i]! + t * p[i]!;
      evals++;
      const v = fg(xt, gt);
      let d = 0;
      let gm = 0;
      for (let i = 0; i < n; i++) {
        d += gt[i]! * p[i]!;
        gm = Math.max(gm, Math.abs(gt[i]!));
      }
      return Number.isFinite(v) && Number.isFinite(d) ? [v, d, gm <= gradTol] : [Infinity, NaN, false];
    };
    const t0 = Math.min(first ? Math.min(1, 1 / Math.max(pmax, 1e-12)) : 1, stepCap);
    const accepted = wolfe(phi, f, dg, t0, stepCap);
    if (accepted === undefined) {
      // at the precision limit of f (the predicted decrease is below its rounding, or the gradient is tiny): accept
      if (gmax() <= Math.max(gradTol * 100, 1e-5) || -dg <= 1e-11 * Math.max(1, Math.abs(f))) {
        converged = true;
        break;
      }
      throw new DpmError("NOT_CONVERGED", `${fn}: the line search could not decrease the objective (gradient ${gmax().toExponential(2)}); the maximum may lie on the parameter boundary (too few or degenerate customers) — check the data or supply other initial values`, { details: { lastPoint: Array.from(x), lastValue: f, iterations: it } });
    }
    // phi left xt, gt at the accepted point only if it was the last evaluation: re-evaluate if needed
    const t = accepted.t;
    for (let i = 0; i < n; i++) xt[i] = x[i]! + t * p[i]!;
    if (accepted.needsEval) {
      evals++;
      fg(xt, gt);
    }
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xt[i]! - x[i]!;
      y[i] = gt[i]! - g[i]!;
      sy += s[i]! * y[i]!;
      x[i] = xt[i]!;
      g[i] = gt[i]!;
    }
    const decrease = f - accepted.f;
    f = accepted.f;
    if (sy > 1e-12) {
      if (first) {
        let yy = 0;
        for (let i = 0; i < n; i++) yy += y[i]! * y[i]!;
        const scale = sy / yy;
        for (let i = 0; i < n * n; i++) H[i] = H[i]! * scale;
        first = false;
      }
      // H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
      const rho = 1 / sy;
      let yHy = 0;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
        Hy[i] = v;
        yHy += y[i]! * v;
      }
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i * n + j] = H[i * n + j]! - rho * (Hy[i]! * s[j]! + s[i]! * Hy[j]!) + (rho * rho * yHy + rho) * s[i]! * s[j]!;
        }
      }
    }
    if (decrease <= fTol * Math.max(Math.abs(f), 1) && gmax() <= Math.max(gradTol * 100, 1e-5)) {
      it++;
      converged = true;
      break;
    }
  }
  if (!converged) throw new DpmError("NOT_CONVERGED", `${fn}: BFGS did not converge in ${maxIter} iterations (gradient ${gmax().toExponential(2)}); check the data or supply better initial values`, { details: { lastPoint: Array.from(x), lastValue: f } });
  return { x, f, iterations: it, evaluations: evals, gradNorm: gmax(), inverseHessian: H };
}

/** Strong-Wolfe line search (Nocedal & Wright, alg. 3.5/3.6). Returns the accepted step, its value, and whether the caller must re-evaluate the gradient there. */
function wolfe(phi: (t: number) => [number, number, boolean], f0: number, d0: number, t1: number, tMax: number): { t: number; f: number; needsEval: boolean } | undefined {
  let tPrev = 0;
  let fPrev = f0;
  let dPrev = d0;
  let t = t1;
  for (let i = 0; i < 40; i++) {
    const [ft, dt, solved] = phi(t);
    if (solved) return { t, f: ft, needsEval: false };
    if (!Number.isFinite(ft)) {
      // outside the domain: shrink towards the last good point
      t = tPrev + 0.25 * (t - tPrev);
      continue;
    }
    if (ft > f0 + C1 * t * d0 || (i > 0 && ft >= fPrev)) return zoom(phi, f0, d0, tPrev, fPrev, dPrev, t, ft, dt);
    if (Math.abs(dt) <= -C2 * d0) return { t, f: ft, needsEval: false };
    if (dt >= 0) return zoom(phi, f0, d0, t, ft, dt, tPrev, fPrev, dPrev);
    if (t >= tMax) return { t, f: ft, needsEval: false };
    tPrev = t;
    fPrev = ft;
    dPrev = dt;
    t = Math.min(2 * t, tMax);
  }
  return undefined;
}

function zoom(phi: (t: number) => [number, number, boolean], f0: number, d0: number, tLo: number, fLo: number, dLo: number, tHi: number, fHi: number, dHi: number): { t: number; f: number; needsEval: boolean } | undefined {
  for (let i = 0; i < 40; i++) {
    // cubic interpolation between the bracket ends, safeguarded to the middle 80 % of the interval
    let t: number;
    const d1 = dLo + dHi - (3 * (fLo - fHi)) / (tLo - tHi);
    const disc = d1 * d1 - dLo * dHi;
    if (Number.isFinite(dHi) && disc >= 0) {
      const d2 = Math.sign(tHi - tLo) * Math.sqrt(disc);
      t = tHi - (tHi - tLo) * ((dHi + d2 - d1) / (dHi - dLo + 2 * d2));
    } else t = 0.5 * (tLo + tHi);
    const lo = Math.min(tLo, tHi);
    const hi = Math.max(tLo, tHi);
    const margin = 0.1 * (hi - lo);
    if (!(t >= lo + margin && t <= hi - margin)) t = 0.5 * (tLo + tHi);
    const [ft, dt, solved] = phi(t);
    if (solved) return { t, f: ft, needsEval: false };
    if (!Number.isFinite(ft) || ft > f0 + C1 * t * d0 || ft >= fLo) {
      tHi = t;
      fHi = Number.isFinite(ft) ? ft : Infinity;
      dHi = Number.isFinite(ft) ? dt : NaN;
    } else {
      if (Math.abs(dt) <= -C2 * d0) return { t, f: ft, needsEval: false };
      if (dt * (tHi - tLo) >= 0) {
        tHi = tLo;
        fHi = fLo;
        dHi = dLo;
      }
      tLo = t;
      fLo = ft;
      dLo = dt;
    }
    if (Math.abs(tHi - tLo) < 1e-14 * Math.max(1, Math.abs(tLo))) break;
  }
  // interval collapsed: accept the best point found if it decreased f
  if (tLo > 0 && fLo < f0) return { t: tLo, f: fLo, needsEval: true };
  return undefined;
}
