import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { badStart, finish, readCount, readOnNotConverged, readStart, readTolerance, statusMessage } from "./checkMinimize.js";
import type { Objective, OnNotConverged, OptimizeResult, OptimizeStatus } from "./types.js";

/**
 * Options of {@link minimizeNelderMead}.
 *
 * @category Optimization
 */
export interface MinimizeNelderMeadOptions {
  /** Evaluation budget, R's `maxit` (default 500, as R). */
  readonly maxEvaluations?: number;
  /** Relative tolerance on the spread of the simplex values, R's `reltol` (default √ε ≈ 1.49e−8). */
  readonly reltol?: number;
  /** Initial simplex steps, one per coordinate; default R's: 10 % of the largest |x0ᵢ| for all (0.1 if all are 0). */
  readonly steps?: ArrayLike<number>;
  /** Throw `NOT_CONVERGED` (default) or return the best point when the budget runs out or the simplex stalls. */
  readonly onNotConverged?: OnNotConverged;
}

const KEYS = ["maxEvaluations", "reltol", "steps", "onNotConverged"];
const FN = "minimizeNelderMead";
const BIG = 1e35;

/**
 * Minimises a function without derivatives by Nelder–Mead, a line-by-line port of R's `nmmin`
 * (the default method of `optim`, which `forecast::ets` uses): reflection 1, contraction 0.5,
 * expansion 2, shrink towards the best vertex; stops when the simplex values lie within
 * `reltol·(|f(x0)| + reltol)`. As in R, a non-finite value (NaN, ±Infinity) after the start
 * counts as 1e35, so `Infinity` can mark points outside the domain. Results match R's `optim`
 * digit for digit on the same objective.
 *
 * @param f - the objective
 * @param x0 - starting point (not modified)
 * @param options - budget, tolerance and initial steps; see {@link MinimizeNelderMeadOptions}
 * @returns the best vertex, its value and the evaluations used (`iterations` = `evaluations`)
 * @throws {@link DpmError} `INVALID_ARGUMENT` for bad options, `NON_FINITE` for a non-finite x0 or
 *   an objective that is not finite at x0, `NOT_CONVERGED` (best point in `details.x`) when the
 *   budget runs out or the simplex stalls, unless `onNotConverged: "return"`
 *
 * @example
 * ```ts
 * import { minimizeNelderMead } from "@dpm/core";
 *
 * // Himmelblau from near (3, 2), one of its four minima (value 0)
 * const himmelblau = (x: Float64Array) => (x[0]! ** 2 + x[1]! - 11) ** 2 + (x[0]! + x[1]! ** 2 - 7) ** 2;
 * const r = minimizeNelderMead(himmelblau, [2.5, 2.5], { reltol: 1e-14 });
 * [Math.round(r.x[0]! * 1e4) / 1e4, Math.round(r.x[1]! * 1e4) / 1e4]; // => [3, 2]
 * ```
 *
 * @category Optimization
 */
export function minimizeNelderMead(f: Objective, x0: ArrayLike<number>, options?: MinimizeNelderMeadOptions): OptimizeResult {
  if (typeof f !== "function") throw new DpmError("INVALID_ARGUMENT", `${FN}: f must be a function (x) => number.`, { path: "f" });
  const opts = checkOptions(options, KEYS, FN, "{ maxEvaluations: 500 }");
  const x = readStart(x0, FN);
  const maxit = readCount(opts.maxEvaluations, "maxEvaluations", FN, 500, 0);
  const reltol = readTolerance(opts.reltol, "reltol", FN, Math.sqrt(Number.EPSILON));
  let steps: Float64Array | undefined;
  if (opts.steps !== undefined) {
    steps = readStart(opts.steps, FN, "options.steps");
    if (steps.length !== x.length) throw new DpmError("LENGTH_MISMATCH", `${FN}: options.steps has ${steps.length} entries but x0 has ${x.length}; give one step per coordinate.`, { path: "options.steps" });
  }
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const r = nelderMeadKernel(f, x, maxit, reltol, steps);
  const status: OptimizeStatus = r.fail === 0 ? "converged" : r.fail === 1 ? "maxEvaluations" : "stalled";
  return finish({ x: r.x, value: r.value, iterations: r.evaluations, evaluations: r.evaluations, converged: r.fail === 0, status, message: statusMessage(status) }, on, FN);
}

// R's nmmin, moved unchanged from forecast's optim/nelderMead.ts (ETS fits depend on its exact
// arithmetic). Allocation-free after setup: the simplex lives in one Float64Array. `bvec` is owned.
function nelderMeadKernel(f: Objective, bvec: Float64Array, maxit: number, intol: number, steps: Float64Array | undefined): { x: Float64Array; value: number; evaluations: number; fail: number } {
  const n = bvec.length;
  const alpha = 1;
  const bet = 0.5;
  const gamm = 2;
  const n1 = n + 1;
  // P[i][j] of R → p[j * n + i] (vertex j, coordinate i); values in fv[j]; centroid in c.
  const p = new Float64Array(n1 * n);
  const fv = new Float64Array(n1);
  const c = new Float64Array(n);
  let value = f(bvec);
  if (!Number.isFinite(value)) throw badStart(FN, bvec, value);
  let funcount = 1;
  const convtol = intol * (Math.abs(value) + intol);
  fv[0] = value;
  for (let i = 0; i < n; i++) p[i] = bvec[i] as number;
  let L = 0;
  let size = 0;
  let step = 0;
  if (steps === undefined) {
    for (let i = 0; i < n; i++) if (0.1 * Math.abs(bvec[i] as number) > step) step = 0.1 * Math.abs(bvec[i] as number);
    if (step === 0) step = 0.1;
  }
  for (let j = 1; j < n1; j++) {
    for (let i = 0; i < n; i++) p[j * n + i] = bvec[i] as number;
    let trystep = steps === undefined ? step : (steps[j - 1] as number);
    if (trystep === 0) trystep = 0.1;
    while (p[j * n + j - 1] === bvec[j - 1]) {
      p[j * n + j - 1] = (bvec[j - 1] as number) + trystep;
      trystep *= 10;
    }
    size += trystep;
  }
  let oldsize = size;
  let calcvert = true;
  let fail = 0;
  do {
    if (calcvert) {
      for (let j = 0; j < n1; j++) {
        if (j !== L) {
          for (let i = 0; i < n; i++) bvec[i] = p[j * n + i] as number;
          value = f(bvec);
          if (!Number.isFinite(value)) value = BIG;
          funcount++;
          fv[j] = value;
        }
      }
      calcvert = false;
    }
    let VL = fv[L] as number;
    let VH = VL;
    let H = L;
    for (let j = 0; j < n1; j++) {
      if (j !== L) {
        const v = fv[j] as number;
        if (v < VL) {
          L = j;
          VL = v;
        }
        if (v > VH) {
          H = j;
          VH = v;
        }
      }
    }
    if (VH <= VL + convtol) break;
    for (let i = 0; i < n; i++) {
      let temp = -(p[H * n + i] as number);
      for (let j = 0; j < n1; j++) temp += p[j * n + i] as number;
      c[i] = temp / n;
    }
    for (let i = 0; i < n; i++) bvec[i] = (1 + alpha) * (c[i] as number) - alpha * (p[H * n + i] as number);
    value = f(bvec);
    if (!Number.isFinite(value)) value = BIG;
    funcount++;
    const VR = value;
    if (VR < VL) {
      // Try to expand; c becomes the reflected point (R stores it in the centroid column).
      const fr = value;
      for (let i = 0; i < n; i++) {
        const e = gamm * (bvec[i] as number) + (1 - gamm) * (c[i] as number);
        c[i] = bvec[i] as number;
        bvec[i] = e;
      }
      value = f(bvec);
      if (!Number.isFinite(value)) value = BIG;
      funcount++;
      if (value < VR) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = value;
      } else {
        for (let i = 0; i < n; i++) p[H * n + i] = c[i] as number;
        fv[H] = fr;
      }
    } else {
      if (VR < VH) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = VR;
      }
      for (let i = 0; i < n; i++) bvec[i] = (1 - bet) * (p[H * n + i] as number) + bet * (c[i] as number);
      value = f(bvec);
      if (!Number.isFinite(value)) value = BIG;
      funcount++;
      if (value < (fv[H] as number)) {
        for (let i = 0; i < n; i++) p[H * n + i] = bvec[i] as number;
        fv[H] = value;
      } else if (VR >= VH) {
        // Shrink towards the best vertex.
        calcvert = true;
        size = 0;
        for (let j = 0; j < n1; j++) {
          if (j !== L) {
            for (let i = 0; i < n; i++) {
              const pl = p[L * n + i] as number;
              p[j * n + i] = bet * ((p[j * n + i] as number) - pl) + pl;
              size += Math.abs((p[j * n + i] as number) - pl);
            }
          }
        }
        if (size < oldsize) {
          oldsize = size;
        } else {
          fail = 10;
          break;
        }
      }
    }
  } while (funcount <= maxit);
  if (funcount > maxit) fail = 1;
  return { x: p.slice(L * n, L * n + n), value: fv[L] as number, evaluations: funcount, fail };
}
