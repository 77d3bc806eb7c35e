import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { badStart, finish, nonFiniteObjective, readBounds, readCount, readOnNotConverged, readStart, readTolerance, statusMessage } from "./checkMinimize.js";
import type { ObjectiveWithGradient, OnNotConverged, OptimizeResult, OptimizeStatus } from "./types.js";

/**
 * Options of {@link minimizeLbfgs}.
 *
 * @category Optimization
 */
export interface MinimizeLbfgsOptions {
  /** Lower bounds, one per coordinate (−Infinity for none). Default: unbounded. */
  readonly lower?: ArrayLike<number>;
  /** Upper bounds, one per coordinate (Infinity for none). Default: unbounded. */
  readonly upper?: ArrayLike<number>;
  /** Correction pairs kept (default 8). */
  readonly memory?: number;
  /** Iteration limit (default 200). */
  readonly maxIterations?: number;
  /** Evaluation limit (default 1 + 40·maxIterations, the most the line searches can spend). */
  readonly maxEvaluations?: number;
  /** Converged when the relative decrease of f stays below this for two iterations (default 1e−10). */
  readonly ftol?: number;
  /** Converged when max |projected gradient| falls below this (default 1e−7). */
  readonly gtol?: number;
  /** Throw `NOT_CONVERGED` (default) or return the best point when a limit is hit or the line search is blocked. */
  readonly onNotConverged?: OnNotConverged;
}

const KEYS = ["lower", "upper", "memory", "maxIterations", "maxEvaluations", "ftol", "gtol", "onNotConverged"];
const FN = "minimizeLbfgs";

/**
 * Minimises a smooth function with limited-memory BFGS (Nocedal & Wright, alg. 7.4–7.5: two-loop
 * recursion) and a backtracking Armijo line search that also extrapolates while the slope stays
 * steep. The objective may return `Infinity` outside its domain: the line search treats it as
 * "step too long". With `lower`/`upper` it is a projected L-BFGS: coordinates on a bound whose
 * gradient points outward are held fixed, the step follows the projection onto the box, and
 * convergence is judged on the projected gradient.
 *
 * Complexity: O(memory·n) work per iteration besides the objective.
 *
 * @param fg - returns f(x) and writes ∇f(x) into its second argument
 * @param x0 - starting point (not modified; projected into the box when bounds are given)
 * @param options - bounds, memory, limits and tolerances; see {@link MinimizeLbfgsOptions}
 * @returns the best point, its value, counts and why it stopped
 * @throws {@link DpmError} `INVALID_ARGUMENT`/`LENGTH_MISMATCH` for bad options or bounds (lower > upper),
 *   `NON_FINITE` for a non-finite x0, an objective that is not finite at x0, or a NaN value,
 *   `NOT_CONVERGED` (best point in `details.x`) when a limit is hit, unless `onNotConverged: "return"`
 *
 * @example
 * ```ts
 * import { minimizeLbfgs } from "@dpm/core";
 *
 * // Rosenbrock: minimum 0 at (1, 1)
 * const rosenbrock = (x: Float64Array, g: Float64Array) => {
 *   const [a, b] = [x[0]!, x[1]!];
 *   g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
 *   g[1] = 200 * (b - a * a);
 *   return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
 * };
 * const r = minimizeLbfgs(rosenbrock, [-1.2, 1]);
 * r.converged; // => true
 * Math.round(r.x[0]! * 1e6) / 1e6; // => 1
 * // with x₁ ≤ 0.5 the optimum sits on the bound: (0.5, 0.25)
 * const b = minimizeLbfgs(rosenbrock, [-1.2, 1], { upper: [0.5, Infinity] });
 * [b.x[0], Math.round(b.x[1]! * 1e6) / 1e6]; // => [0.5, 0.25]
 * ```
 *
 * @category Optimization
 */
export function minimizeLbfgs(fg: ObjectiveWithGradient, x0: ArrayLike<number>, options?: MinimizeLbfgsOptions): OptimizeResult {
  if (typeof fg !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: fg must be a function (x, grad) => f(x) that writes the gradient into grad.`, { path: "fg" });
  const opts = checkOptions(options, KEYS, FN, "{ maxIterations: 200 }");
  const x = readStart(x0, FN);
  const n = x.length;
  const { lo, hi, bounded } = readBounds(opts.lower, opts.upper, n, FN);
  const maxIterations = readCount(opts.maxIterations, "maxIterations", FN, 200, 0);
  const settings: LbfgsSettings = {
    maxIterations,
    maxEvaluations: readCount(opts.maxEvaluations, "maxEvaluations", FN, 1 + 40 * maxIterations),
    memory: readCount(opts.memory, "memory", FN, 8),
    ftol: readTolerance(opts.ftol, "ftol", FN, 1e-10),
    gtol: readTolerance(opts.gtol, "gtol", FN, 1e-7),
  };
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const r = bounded ? lbfgsBoxKernel(fg, x, lo, hi, settings) : lbfgsKernel(fg, x, settings);
  return finish({ ...r, converged: r.status === "converged", message: statusMessage(r.status) }, on, FN);
}

interface LbfgsSettings {
  readonly maxIterations: number;
  readonly maxEvaluations: number;
  readonly memory: number;
  readonly ftol: number;
  readonly gtol: number;
}

interface KernelResult {
  readonly x: Float64Array;
  readonly value: number;
  readonly evaluations: number;
  readonly iterations: number;
  readonly status: OptimizeStatus;
}

// The unbounded kernel: forecast's former optim/lbfgs.ts step for step (ETS fits depend on its
// exact arithmetic); only the NaN check and the evaluation limit were added. `x` is owned.
function lbfgsKernel(fg: ObjectiveWithGradient, x: Float64Array, options: LbfgsSettings): KernelResult {
  const n = x.length;
  const { maxIterations, maxEvaluations, ftol, gtol } = options;
  const mem = options.memory;
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const xBest = new Float64Array(n);
  const gBest = new Float64Array(n);
  const d = new Float64Array(n);
  const S = new Float64Array(mem * n);
  const Y = new Float64Array(mem * n);
  const rho = new Float64Array(mem);
  const a = new Float64Array(mem);
  let count = 0;
  let head = 0;
  let f = fg(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f)) throw badStart(FN, x, f);
  let status: OptimizeStatus = "maxIterations";
  let small = 0;
  let iterations = 0;
  let gamma = 0;
  for (; iterations < maxIterations; iterations++) {
    let gmax = 0;
    for (let i = 0; i < n; i++) gmax = Math.max(gmax, Math.abs(g[i] as number));
    if (gmax < gtol) {
      status = "converged";
      break;
    }
    if (evaluations >= maxEvaluations) {
      status = "maxEvaluations";
      break;
    }
    // Two-loop recursion: d = −H g.
    for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
    for (let j = 0; j < count; j++) {
      const idx = (head - 1 - j + mem) % mem;
      let s = 0;
      for (let i = 0; i < n; i++) s += (S[idx * n + i] as number) * (d[i] as number);
      const aj = (rho[idx] as number) * s;
      a[idx] = aj;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - aj * (Y[idx * n + i] as number);
    }
    if (count > 0) {
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * gamma;
    } else {
      // First step: unit length in the largest coordinate.
      const scale = 1 / Math.max(gmax, 1e-300);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * Math.min(scale, 1);
    }
    for (let j = count - 1; j >= 0; j--) {
      const idx = (head - 1 - j + mem) % mem;
      let s = 0;
      for (let i = 0; i < n; i++) s += (Y[idx * n + i] as number) * (d[i] as number);
      const b = (rho[idx] as number) * s;
      const c = (a[idx] as number) - b;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + c * (S[idx * n + i] as number);
    }
    let slope = 0;
    for (let i = 0; i < n; i++) slope += (g[i] as number) * (d[i] as number);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      count = 0;
      const scale = 1 / Math.max(gmax, 1e-300);
      slope = 0;
      for (let i = 0; i < n; i++) {
        d[i] = -(g[i] as number) * Math.min(scale, 1);
        slope += (g[i] as number) * (d[i] as number);
      }
    }
    // Line search: backtrack (quadratic interpolation) until the Armijo condition holds; when the
    // first step already satisfies it but the slope along d is still steep (the curvature
    // condition fails), extrapolate — doubling the step — so ill-scaled valleys are crossed fast.
    let step = 1;
    let fNew = Infinity;
    let accepted = false;
    let hitWall = false;
    let best = Infinity;
    let expansions = 0;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = fg(xNew, gNew);
      evaluations++;
      if (Number.isNaN(fNew) || fNew === -Infinity) throw nonFiniteObjective(FN, xNew, fNew);
      const armijo = Number.isFinite(fNew) && fNew <= f + 1e-4 * step * slope;
      if (armijo && fNew < best) {
        best = fNew;
        xBest.set(xNew);
        gBest.set(gNew);
        accepted = true;
        let dNew = 0;
        for (let i = 0; i < n; i++) dNew += (gNew[i] as number) * (d[i] as number);
        if (dNew < 0.9 * slope && expansions < 12) {
          expansions++;
          step *= 2;
          continue;
        }
        break;
      }
      if (accepted) break; // an expansion went too far: keep the last good point
      if (Number.isFinite(fNew)) {
        const denom = 2 * (fNew - f - step * slope);
        const trial = denom > 0 ? (-slope * step * step) / denom : step * 0.5;
        step = Math.min(Math.max(trial, step * 0.1), step * 0.5);
      } else {
        hitWall = true;
        step *= 0.25;
      }
    }
    if (accepted) {
      xNew.set(xBest);
      gNew.set(gBest);
      fNew = best;
    }
    if (!accepted) {
      // Without an infeasible trial, no decrease along a descent direction means f is flat to
      // rounding here: converged. Otherwise a wall (the caller may want to slide along it).
      status = hitWall ? "lineSearch" : "converged";
      break;
    }
    // Update the memory.
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = (xNew[i] as number) - (x[i] as number);
      const yi = (gNew[i] as number) - (g[i] as number);
      S[head * n + i] = si;
      Y[head * n + i] = yi;
      sy += si * yi;
      yy += yi * yi;
    }
    if (sy > 1e-12 * yy && yy > 0) {
      rho[head] = 1 / sy;
      gamma = sy / yy;
      head = (head + 1) % mem;
      count = Math.min(count + 1, mem);
    }
    const decrease = (f - fNew) / Math.max(Math.abs(f), Math.abs(fNew), 1);
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease < ftol) {
      if (++small >= 2) {
        iterations++;
        status = "converged";
        break;
      }
    } else {
      small = 0;
    }
  }
  return { x, value: f, evaluations, iterations, status };
}

// Projected L-BFGS on the box [lo, hi]: the variables held on a bound (gradient pointing out)
// are removed from the two-loop recursion, trial points are projected onto the box, and the
// Armijo test uses the actual step. A blocked quasi-Newton step is retried as projected steepest
// descent with a fresh memory before giving up.
function lbfgsBoxKernel(fg: ObjectiveWithGradient, x: Float64Array, lo: Float64Array, hi: Float64Array, options: LbfgsSettings): KernelResult {
  const n = x.length;
  const { maxIterations, maxEvaluations, ftol, gtol } = options;
  const mem = options.memory;
  for (let i = 0; i < n; i++) x[i] = Math.min(Math.max(x[i] as number, lo[i] as number), hi[i] as number);
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const d = new Float64Array(n);
  const free = new Uint8Array(n);
  const S = new Float64Array(mem * n);
  const Y = new Float64Array(mem * n);
  const rho = new Float64Array(mem);
  const a = new Float64Array(mem);
  let count = 0;
  let head = 0;
  let gamma = 1;
  let f = fg(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f)) throw badStart(FN, x, f);
  let status: OptimizeStatus = "maxIterations";
  let small = 0;
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    // projected gradient and the free set
    let gmax = 0;
    for (let i = 0; i < n; i++) {
      const gi = g[i] as number;
      const held = ((x[i] as number) <= (lo[i] as number) && gi > 0) || ((x[i] as number) >= (hi[i] as number) && gi < 0);
      free[i] = held ? 0 : 1;
      if (!held) gmax = Math.max(gmax, Math.abs(gi));
    }
    if (gmax < gtol) {
      status = "converged";
      break;
    }
    if (evaluations >= maxEvaluations) {
      status = "maxEvaluations";
      break;
    }
    let accepted = false;
    let hitWall = false;
    let fNew = Infinity;
    for (let attempt = 0; attempt < 2 && !accepted; attempt++) {
      if (attempt === 1) {
        if (count === 0) break;
        count = 0; // the quasi-Newton step was blocked: fresh memory, steepest descent
      }
      // d = −H g over the free coordinates
      for (let i = 0; i < n; i++) d[i] = free[i] === 1 ? -(g[i] as number) : 0;
      for (let j = 0; j < count; j++) {
        const idx = (head - 1 - j + mem) % mem;
        let s = 0;
        for (let i = 0; i < n; i++) if (free[i] === 1) s += (S[idx * n + i] as number) * (d[i] as number);
        const aj = (rho[idx] as number) * s;
        a[idx] = aj;
        for (let i = 0; i < n; i++) if (free[i] === 1) d[i] = (d[i] as number) - aj * (Y[idx * n + i] as number);
      }
      const scale = count > 0 ? gamma : Math.min(1 / Math.max(gmax, 1e-300), 1);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * scale;
      for (let j = count - 1; j >= 0; j--) {
        const idx = (head - 1 - j + mem) % mem;
        let s = 0;
        for (let i = 0; i < n; i++) if (free[i] === 1) s += (Y[idx * n + i] as number) * (d[i] as number);
        const c = (a[idx] as number) - (rho[idx] as number) * s;
        for (let i = 0; i < n; i++) if (free[i] === 1) d[i] = (d[i] as number) + c * (S[idx * n + i] as number);
      }
      let slope = 0;
      for (let i = 0; i < n; i++) slope += (g[i] as number) * (d[i] as number);
      if (!(slope < 0)) {
        count = 0;
        const s0 = Math.min(1 / Math.max(gmax, 1e-300), 1);
        for (let i = 0; i < n; i++) d[i] = free[i] === 1 ? -(g[i] as number) * s0 : 0;
      }
      // backtracking along the projected path
      let step = 1;
      for (let ls = 0; ls < 40 && evaluations < maxEvaluations; ls++) {
        let moved = false;
        let predicted = 0;
        for (let i = 0; i < n; i++) {
          const v = Math.min(Math.max((x[i] as number) + step * (d[i] as number), lo[i] as number), hi[i] as number);
          xNew[i] = v;
          const si = v - (x[i] as number);
          if (si !== 0) moved = true;
          predicted += (g[i] as number) * si;
        }
        if (!moved) break;
        fNew = fg(xNew, gNew);
        evaluations++;
        if (Number.isNaN(fNew) || fNew === -Infinity) throw nonFiniteObjective(FN, xNew, fNew);
        if (Number.isFinite(fNew) && fNew <= f + 1e-4 * predicted && predicted < 0) {
          accepted = true;
          break;
        }
        if (!Number.isFinite(fNew)) hitWall = true;
        step *= Number.isFinite(fNew) ? 0.5 : 0.25;
      }
    }
    if (!accepted) {
      status = evaluations >= maxEvaluations ? "maxEvaluations" : hitWall ? "lineSearch" : "converged";
      break;
    }
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = (xNew[i] as number) - (x[i] as number);
      const yi = (gNew[i] as number) - (g[i] as number);
      S[head * n + i] = si;
      Y[head * n + i] = yi;
      sy += si * yi;
      yy += yi * yi;
    }
    if (sy > 1e-12 * yy && yy > 0) {
      rho[head] = 1 / sy;
      gamma = sy / yy;
      head = (head + 1) % mem;
      count = Math.min(count + 1, mem);
    }
    const decrease = (f - fNew) / Math.max(Math.abs(f), Math.abs(fNew), 1);
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease < ftol) {
      if (++small >= 2) {
        iterations++;
        status = "converged";
        break;
      }
    } else {
      small = 0;
    }
  }
  return { x, value: f, evaluations, iterations, status };
}
