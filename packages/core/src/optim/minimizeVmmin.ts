import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { badStart, finish, nonFiniteObjective, readCount, readOnNotConverged, readStart, readTolerance, statusMessage } from "./checkMinimize.js";
import type { Objective, OnNotConverged, OptimizeResult, OptimizeStatus } from "./types.js";

/**
 * Options of {@link minimizeVmmin}.
 *
 * @category Optimization
 */
export interface MinimizeVmminOptions {
  /**
   * Writes ∇f(x) into `grad`; `fx` = f(x) is passed for one-sided differences. Default: central
   * differences with step 1e−3, as R's `optim` (`ndeps`).
   */
  readonly gradient?: (x: Float64Array, fx: number, grad: Float64Array) => void;
  /** Iteration limit, R's `maxit` (default 100). */
  readonly maxIterations?: number;
  /** Stop when an accepted step lowers f by less than reltol·(|f| + reltol) (default √ε ≈ 1.49e−8, R's). */
  readonly reltol?: number;
  /** Throw `NOT_CONVERGED` (default) or return the best point when the iteration limit is hit. */
  readonly onNotConverged?: OnNotConverged;
}

const KEYS = ["gradient", "maxIterations", "reltol", "onNotConverged"];
const FN = "minimizeVmmin";

/**
 * Minimises a smooth function by R's variable-metric method, a line-by-line port of `vmmin`
 * (Nash 1990), which is `optim(method = "BFGS")` and what `stats::arima` uses: a backtracking line
 * search on f alone (step × 0.2, Armijo constant 1e−4), one gradient per accepted step, the dense
 * inverse-Hessian update, reset to the identity when the update fails; it stops when f improves by
 * less than `reltol·(|f| + reltol)`. A non-finite f counts as a failed step.
 *
 * Kept apart from {@link minimizeBfgs} on purpose: its line search and stopping rule are R's, so
 * fits that must reproduce R's estimates (ARIMA) get them digit for digit; for everything else
 * prefer {@link minimizeBfgs} (strong-Wolfe line search, bounds, gradient tolerance).
 *
 * @param f - the objective
 * @param x0 - starting point (not modified)
 * @param options - gradient, limits, tolerance; see {@link MinimizeVmminOptions}
 * @returns the best point; `evaluations` counts f (R's fncount), `iterations` gradients (R's grcount)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for bad options, `NON_FINITE` for a non-finite x0, an
 *   objective that is not finite at x0 or a NaN value, `NOT_CONVERGED` (best point in `details.x`)
 *   at the iteration limit unless `onNotConverged: "return"`
 *
 * @example
 * ```ts
 * import { minimizeVmmin } from "@dpm/core";
 *
 * // Booth: minimum 0 at (1, 3)
 * const booth = (x: Float64Array) => (x[0]! + 2 * x[1]! - 7) ** 2 + (2 * x[0]! + x[1]! - 5) ** 2;
 * const gradient = (x: Float64Array, _fx: number, g: Float64Array) => {
 *   const u = x[0]! + 2 * x[1]! - 7;
 *   const v = 2 * x[0]! + x[1]! - 5;
 *   g[0] = 2 * u + 4 * v;
 *   g[1] = 4 * u + 2 * v;
 * };
 * const r = minimizeVmmin(booth, [0, 0], { gradient });
 * [Math.round(r.x[0]! * 1e6) / 1e6, Math.round(r.x[1]! * 1e6) / 1e6]; // => [1, 3]
 * ```
 *
 * @category Optimization
 */
export function minimizeVmmin(f: Objective, x0: ArrayLike<number>, options?: MinimizeVmminOptions): OptimizeResult {
  if (typeof f !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: f must be a function (x) => number.`, { path: "f" });
  const opts = checkOptions(options, KEYS, FN, "{ maxIterations: 100 }");
  const x = readStart(x0, FN);
  if (opts.gradient !== undefined && typeof opts.gradient !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.gradient must be a function (x, fx, grad) => void.`, { path: "options.gradient" });
  }
  const maxit = readCount(opts.maxIterations, "maxIterations", FN, 100, 0);
  const reltol = readTolerance(opts.reltol, "reltol", FN, Math.sqrt(Number.EPSILON));
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const gr = opts.gradient ?? centralDifferences(f, x.length);
  const r = vmminKernel(f, gr, x, maxit, reltol);
  const status: OptimizeStatus = r.fail === 0 ? "converged" : "maxIterations";
  return finish({ x: r.x, value: r.value, iterations: r.grCount, evaluations: r.fnCount, converged: r.fail === 0, status, message: statusMessage(status) }, on, FN);
}

// R's optim numerical gradient (ndeps = 1e−3, parscale 1).
function centralDifferences(f: Objective, n: number): (x: Float64Array, fx: number, g: Float64Array) => void {
  const h = 1e-3;
  const u = new Float64Array(n);
  return (x, _fx, g) => {
    u.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i] as number;
      u[i] = xi + h;
      const fp = f(u);
      u[i] = xi - h;
      const fm = f(u);
      u[i] = xi;
      g[i] = (fp - fm) / (2 * h);
    }
  };
}

// Moved unchanged from forecast's arima/kernel/vmmin.ts (ARIMA's R-identical estimates depend on
// its exact arithmetic); only the NaN check was added. `b` is owned.
function vmminKernel(
  f: Objective,
  gr: (x: Float64Array, fx: number, g: Float64Array) => void,
  b: Float64Array,
  maxit: number,
  reltol: number,
): { x: Float64Array; value: number; fnCount: number; grCount: number; fail: number } {
  const n = b.length;
  const stepredn = 0.2;
  const acctol = 0.0001;
  const reltest = 10.0;
  let fmin = f(b);
  if (!Number.isFinite(fmin)) throw badStart(FN, b, fmin);
  if (maxit <= 0 || n === 0) return { x: b, value: fmin, fnCount: 1, grCount: 0, fail: 0 };
  const g = new Float64Array(n);
  const t = new Float64Array(n);
  const X = new Float64Array(n);
  const c = new Float64Array(n);
  const B = new Float64Array(n * n);
  let funcount = 1;
  let gradcount = 1;
  gr(b, fmin, g);
  let iter = 1;
  let ilast = gradcount;
  let count = 0;
  let fv = fmin;
  do {
    if (ilast === gradcount) {
      B.fill(0);
      for (let i = 0; i < n; i++) B[i * n + i] = 1;
    }
    for (let i = 0; i < n; i++) {
      X[i] = b[i]!;
      c[i] = g[i]!;
    }
    let gradproj = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j <= i; j++) s -= B[i * n + j]! * g[j]!;
      for (let j = i + 1; j < n; j++) s -= B[j * n + i]! * g[j]!;
      t[i] = s;
      gradproj += s * g[i]!;
    }
    if (gradproj < 0) {
      let steplength = 1.0;
      let accpoint = false;
      do {
        count = 0;
        for (let i = 0; i < n; i++) {
          b[i] = X[i]! + steplength * t[i]!;
          if (reltest + X[i]! === reltest + b[i]!) count++;
        }
        if (count < n) {
          fv = f(b);
          funcount++;
          if (Number.isNaN(fv)) throw nonFiniteObjective(FN, b, fv);
          accpoint = Number.isFinite(fv) && fv <= fmin + gradproj * steplength * acctol;
          if (!accpoint) steplength *= stepredn;
        }
      } while (!(count === n || accpoint));
      const enough = Math.abs(fv - fmin) > reltol * (Math.abs(fmin) + reltol);
      if (!enough) {
        count = n;
        fmin = fv;
      }
      if (count < n) {
        fmin = fv;
        gr(b, fv, g);
        gradcount++;
        iter++;
        let D1 = 0;
        for (let i = 0; i < n; i++) {
          t[i] = steplength * t[i]!;
          c[i] = g[i]! - c[i]!;
          D1 += t[i]! * c[i]!;
        }
        if (D1 > 0) {
          let D2 = 0;
          for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j <= i; j++) s += B[i * n + j]! * c[j]!;
            for (let j = i + 1; j < n; j++) s += B[j * n + i]! * c[j]!;
            X[i] = s;
            D2 += s * c[i]!;
          }
          D2 = 1 + D2 / D1;
          for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) B[i * n + j] = B[i * n + j]! + (D2 * t[i]! * t[j]! - X[i]! * t[j]! - t[i]! * X[j]!) / D1;
        } else {
          ilast = gradcount;
        }
      } else if (ilast < gradcount) {
        count = 0;
        ilast = gradcount;
      }
    } else {
      count = 0;
      if (ilast === gradcount) count = n;
      else ilast = gradcount;
    }
    if (iter >= maxit) break;
    if (gradcount - ilast > 2 * n) ilast = gradcount;
  } while (count !== n || ilast !== gradcount);
  return { x: b, value: fmin, fnCount: funcount, grCount: gradcount, fail: iter < maxit ? 0 : 1 };
}
