import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { badStart, finish, nonFiniteObjective, readBounds, readCount, readOnNotConverged, readStart, readTolerance, statusMessage } from "./checkMinimize.js";
import type { ObjectiveWithGradient, OnNotConverged, OptimizeResult, OptimizeStatus } from "./types.js";

/**
 * Options of {@link minimizeBfgs}.
 *
 * @category Optimization
 */
export interface MinimizeBfgsOptions {
  /** Lower bounds, one per coordinate (−Infinity for none). Default: unbounded. */
  readonly lower?: ArrayLike<number>;
  /** Upper bounds, one per coordinate (Infinity for none). Default: unbounded. */
  readonly upper?: ArrayLike<number>;
  /** Iteration limit (default 500). */
  readonly maxIterations?: number;
  /** Evaluation limit (default 100·maxIterations). */
  readonly maxEvaluations?: number;
  /** Converged when max |projected gradient| ≤ gtol (default 1e−6). */
  readonly gtol?: number;
  /** Also converged when a step lowers f by at most ftol·max(|f|, 1) while the gradient is small (default 1e−14). */
  readonly ftol?: number;
  /** Largest step in any coordinate per iteration (default 2; keeps log-parameters in range). */
  readonly maxStep?: number;
  /** Starting inverse-Hessian approximation, n × n row-major (e.g. from a fit on a subsample). Default: scaled identity after the first step. */
  readonly initialInverseHessian?: ArrayLike<number>;
  /** Throw `NOT_CONVERGED` (default) or return the best point when a limit is hit or the line search fails. */
  readonly onNotConverged?: OnNotConverged;
}

/**
 * Result of {@link minimizeBfgs}.
 *
 * @category Optimization
 */
export interface MinimizeBfgsResult extends OptimizeResult {
  /** Final inverse-Hessian approximation (n × n row-major): pass it as `initialInverseHessian` of a follow-up run. */
  readonly inverseHessian: Float64Array;
  /** max |projected gradient| at `x`. */
  readonly gradientNorm: number;
}

const KEYS = ["lower", "upper", "maxIterations", "maxEvaluations", "gtol", "ftol", "maxStep", "initialInverseHessian", "onNotConverged"];
const FN = "minimizeBfgs";
const C1 = 1e-4;
const C2 = 0.9;

/**
 * Minimises a smooth function of a few variables with BFGS: a dense inverse-Hessian update and a
 * strong-Wolfe line search (bracketing, then zoom by safeguarded cubic interpolation; Nocedal &
 * Wright alg. 3.5/3.6). The objective may return `Infinity` outside its domain (the line search
 * shrinks towards the last good point). With `lower`/`upper` coordinates on a bound whose gradient
 * points outward are held, the step follows the projection onto the box with an Armijo
 * backtracking search, and convergence is judged on the projected gradient.
 *
 * Complexity: O(n²) per iteration besides the objective; for large n use {@link minimizeLbfgs}.
 *
 * @param fg - returns f(x) and writes ∇f(x) into its second argument
 * @param x0 - starting point (not modified; projected into the box when bounds are given)
 * @param options - bounds, limits, tolerances, warm start; see {@link MinimizeBfgsOptions}
 * @returns the best point, its value, counts, why it stopped and the inverse-Hessian approximation
 * @throws {@link DpmError} `INVALID_ARGUMENT`/`LENGTH_MISMATCH` for bad options or bounds (lower > upper),
 *   `NON_FINITE` for a non-finite x0, an objective or gradient that is not finite at x0, or a NaN value,
 *   `NOT_CONVERGED` (best point in `details.x`) when a limit is hit or the line search fails, unless `onNotConverged: "return"`
 *
 * @example
 * ```ts
 * import { minimizeBfgs } from "@dpm/core";
 *
 * // Beale: minimum 0 at (3, 0.5)
 * const beale = (x: Float64Array, g: Float64Array) => {
 *   const [a, b] = [x[0]!, x[1]!];
 *   const t1 = 1.5 - a + a * b;
 *   const t2 = 2.25 - a + a * b * b;
 *   const t3 = 2.625 - a + a * b ** 3;
 *   g[0] = 2 * t1 * (b - 1) + 2 * t2 * (b * b - 1) + 2 * t3 * (b ** 3 - 1);
 *   g[1] = 2 * t1 * a + 4 * t2 * a * b + 6 * t3 * a * b * b;
 *   return t1 * t1 + t2 * t2 + t3 * t3;
 * };
 * const r = minimizeBfgs(beale, [1, 1]);
 * [Math.round(r.x[0]! * 1e6) / 1e6, Math.round(r.x[1]! * 1e6) / 1e6]; // => [3, 0.5]
 * ```
 *
 * @category Optimization
 */
export function minimizeBfgs(fg: ObjectiveWithGradient, x0: ArrayLike<number>, options?: MinimizeBfgsOptions): MinimizeBfgsResult {
  if (typeof fg !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: fg must be a function (x, grad) => f(x) that writes the gradient into grad.`, { path: "fg" });
  const opts = checkOptions(options, KEYS, FN, "{ maxIterations: 500 }");
  const x = readStart(x0, FN);
  const n = x.length;
  const { lo, hi, bounded } = readBounds(opts.lower, opts.upper, n, FN);
  const maxIterations = readCount(opts.maxIterations, "maxIterations", FN, 500, 0);
  let H0: Float64Array | undefined;
  if (opts.initialInverseHessian !== undefined) {
    H0 = readStart(opts.initialInverseHessian, FN, "options.initialInverseHessian");
    if (H0.length !== n * n) throw new DpmError("LENGTH_MISMATCH", `${FN}: options.initialInverseHessian has ${H0.length} entries; it must be n × n = ${n * n} (row-major).`, { path: "options.initialInverseHessian" });
  }
  const settings: BfgsSettings = {
    maxIterations,
    maxEvaluations: readCount(opts.maxEvaluations, "maxEvaluations", FN, 100 * Math.max(maxIterations, 1)),
    gradTol: readTolerance(opts.gtol, "gtol", FN, 1e-6),
    fTol: readTolerance(opts.ftol, "ftol", FN, 1e-14),
    maxStep: readTolerance(opts.maxStep, "maxStep", FN, 2, true),
    H0,
  };
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const r = bounded ? bfgsBoxKernel(fg, x, lo, hi, settings) : bfgsKernel(fg, x, settings);
  return finish({ ...r, converged: r.status === "converged", message: statusMessage(r.status) }, on, FN);
}

interface BfgsSettings {
  readonly maxIterations: number;
  readonly maxEvaluations: number;
  readonly gradTol: number;
  readonly fTol: number;
  readonly maxStep: number;
  readonly H0: Float64Array | undefined;
}

interface KernelResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly iterations: number;
  readonly evaluations: number;
  readonly status: OptimizeStatus;
  readonly gradientNorm: number;
  readonly inverseHessian: Float64Array;
}

function startValue(fg: ObjectiveWithGradient, x: Float64Array, g: Float64Array): number {
  const f = fg(x, g);
  if (!Number.isFinite(f)) throw badStart(FN, x, f);
  for (let i = 0; i < g.length; i++) if (!Number.isFinite(g[i] as number)) throw nonFiniteObjective(FN, x, g[i] as number, `gradient (coordinate ${i})`);
  return f;
}

// The unbounded kernel: segment's former internal/bfgs.ts step for step (its CLV fits depend on
// the exact arithmetic), returning a status instead of throwing. `x` is owned.
function bfgsKernel(fg: ObjectiveWithGradient, x: Float64Array, options: BfgsSettings): KernelResult {
  const n = x.length;
  const { gradTol, maxIterations: maxIter, maxStep, fTol, maxEvaluations } = options;
  const g = new Float64Array(n);
  let evals = 1;
  let f = startValue(fg, x, g);
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  if (options.H0 !== undefined) H.set(options.H0);
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
  let status: OptimizeStatus = "maxIterations";
  let first = options.H0 === undefined;
  for (; it < maxIter; it++) {
    if (gmax() <= gradTol) {
      status = "converged";
      break;
    }
    if (evals >= maxEvaluations) {
      status = "maxEvaluations";
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
    // φ(t) = f(x + t p) and φ'(t); a trial point whose gradient already meets gradTol is a
    // solution: the line search accepts it at once (near the optimum f is known only to rounding)
    const phi = (t: number): [number, number, boolean] => {
      for (let i = 0; i < n; i++) xt[i] = x[i]! + t * p[i]!;
      evals++;
      const v = fg(xt, gt);
      if (Number.isNaN(v) || v === -Infinity) throw nonFiniteObjective(FN, xt, v);
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
      status = gmax() <= Math.max(gradTol * 100, 1e-5) || -dg <= 1e-11 * Math.max(1, Math.abs(f)) ? "converged" : "lineSearch";
      break;
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
      bfgsUpdate(H, s, y, Hy, sy, n);
    }
    if (decrease <= fTol * Math.max(Math.abs(f), 1) && gmax() <= Math.max(gradTol * 100, 1e-5)) {
      it++;
      status = "converged";
      break;
    }
  }
  return { x, value: f, iterations: it, evaluations: evals, status, gradientNorm: gmax(), inverseHessian: H };
}

// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ
function bfgsUpdate(H: Float64Array, s: Float64Array, y: Float64Array, Hy: Float64Array, sy: number, n: number): void {
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

// Projected BFGS on [lo, hi]: held coordinates (on a bound, gradient pointing out) are dropped from
// the direction p = −H_FF g_F, trial points are projected onto the box and accepted by Armijo on
// the actual step; a blocked step is retried as projected steepest descent with H reset.
function bfgsBoxKernel(fg: ObjectiveWithGradient, x: Float64Array, lo: Float64Array, hi: Float64Array, options: BfgsSettings): KernelResult {
  const n = x.length;
  const { gradTol, maxIterations, maxStep, fTol, maxEvaluations } = options;
  for (let i = 0; i < n; i++) x[i] = Math.min(Math.max(x[i] as number, lo[i] as number), hi[i] as number);
  const g = new Float64Array(n);
  let evals = 1;
  let f = startValue(fg, x, g);
  const H = new Float64Array(n * n);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  if (options.H0 !== undefined) H.set(options.H0);
  let first = options.H0 === undefined;
  const free = new Uint8Array(n);
  const p = new Float64Array(n);
  const xt = new Float64Array(n);
  const gt = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const Hy = new Float64Array(n);
  const projected = (): number => {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const gi = g[i] as number;
      const held = ((x[i] as number) <= (lo[i] as number) && gi > 0) || ((x[i] as number) >= (hi[i] as number) && gi < 0);
      free[i] = held ? 0 : 1;
      if (!held) m = Math.max(m, Math.abs(gi));
    }
    return m;
  };
  let it = 0;
  let status: OptimizeStatus = "maxIterations";
  let gm = projected();
  for (; it < maxIterations; it++) {
    if (gm <= gradTol) {
      status = "converged";
      break;
    }
    if (evals >= maxEvaluations) {
      status = "maxEvaluations";
      break;
    }
    let accepted = false;
    let fNew = Infinity;
    for (let attempt = 0; attempt < 2 && !accepted; attempt++) {
      if (attempt === 1) {
        if (first) break;
        H.fill(0);
        for (let i = 0; i < n; i++) H[i * n + i] = 1;
        first = true;
      }
      let dg = 0;
      let pmax = 0;
      for (let i = 0; i < n; i++) {
        let v = 0;
        if (free[i] === 1) for (let j = 0; j < n; j++) if (free[j] === 1) v -= H[i * n + j]! * g[j]!;
        p[i] = v;
        dg += v * g[i]!;
      }
      if (!(dg < 0)) {
        H.fill(0);
        for (let i = 0; i < n; i++) H[i * n + i] = 1;
        first = true;
        for (let i = 0; i < n; i++) p[i] = free[i] === 1 ? -g[i]! : 0;
      }
      for (let i = 0; i < n; i++) pmax = Math.max(pmax, Math.abs(p[i]!));
      let t = Math.min(first ? Math.min(1, 1 / Math.max(pmax, 1e-12)) : 1, pmax > maxStep ? maxStep / pmax : Infinity);
      for (let ls = 0; ls < 60 && evals < maxEvaluations; ls++) {
        let moved = false;
        let predicted = 0;
        for (let i = 0; i < n; i++) {
          const v = Math.min(Math.max(x[i]! + t * p[i]!, lo[i] as number), hi[i] as number);
          xt[i] = v;
          if (v !== x[i]) moved = true;
          predicted += g[i]! * (v - x[i]!);
        }
        if (!moved) break;
        evals++;
        fNew = fg(xt, gt);
        if (Number.isNaN(fNew) || fNew === -Infinity) throw nonFiniteObjective(FN, xt, fNew);
        if (Number.isFinite(fNew) && predicted < 0 && fNew <= f + C1 * predicted) {
          accepted = true;
          break;
        }
        t *= Number.isFinite(fNew) ? 0.5 : 0.25;
      }
    }
    if (!accepted) {
      // no decrease along a projected descent direction: at the precision limit when the gradient is small
      status = evals >= maxEvaluations ? "maxEvaluations" : gm <= Math.max(gradTol * 100, 1e-5) ? "converged" : "lineSearch";
      break;
    }
    let sy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xt[i]! - x[i]!;
      y[i] = gt[i]! - g[i]!;
      sy += s[i]! * y[i]!;
      x[i] = xt[i]!;
      g[i] = gt[i]!;
    }
    const decrease = f - fNew;
    f = fNew;
    if (sy > 1e-12) {
      if (first) {
        let yy = 0;
        for (let i = 0; i < n; i++) yy += y[i]! * y[i]!;
        const scale = sy / yy;
        for (let i = 0; i < n * n; i++) H[i] = H[i]! * scale;
        first = false;
      }
      bfgsUpdate(H, s, y, Hy, sy, n);
    }
    gm = projected();
    if (decrease <= fTol * Math.max(Math.abs(f), 1) && gm <= Math.max(gradTol * 100, 1e-5)) {
      it++;
      status = "converged";
      break;
    }
  }
  return { x, value: f, iterations: it, evaluations: evals, status, gradientNorm: projected(), inverseHessian: H };
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
