import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { readCount, readOnNotConverged } from "./checkMinimize.js";
import { readDesign, solveSubset } from "./readDesign.js";
import type { OnNotConverged } from "./types.js";

/**
 * Options of {@link nonNegativeLeastSquares}.
 *
 * @category Optimization
 */
export interface NonNegativeLeastSquaresOptions {
  /** Limit on active-set changes (default max(3p, 30); scipy's default is 3p). */
  readonly maxIterations?: number;
  /** Throw `NOT_CONVERGED` (default) or return the current feasible point at the limit. */
  readonly onNotConverged?: OnNotConverged;
}

/**
 * Result of {@link nonNegativeLeastSquares} and {@link simplexLeastSquares}.
 *
 * @category Optimization
 */
export interface ConstrainedLeastSquaresResult {
  /** The solution (length p). */
  readonly x: Float64Array;
  /** Residual sum of squares Σ vᵢ (yᵢ − (Xx)ᵢ)² (vᵢ = 1 without weights). */
  readonly value: number;
  /** √value. */
  readonly residualNorm: number;
  /** Active-set changes. */
  readonly iterations: number;
  /** Inner least-squares solves. */
  readonly evaluations: number;
  /** False only with `onNotConverged: "return"` at the limit. */
  readonly converged: boolean;
  /** The reason it stopped, in words. */
  readonly message: string;
}

const KEYS = ["maxIterations", "onNotConverged"];
const FN = "nonNegativeLeastSquares";

/**
 * Non-negative least squares: minimises ‖y − Xx‖² subject to x ≥ 0 by the Lawson–Hanson active
 * set method (1974, ch. 23; what `scipy.optimize.nnls` and R's `nnls` implement). Each step solves
 * an unconstrained least-squares problem on the free columns by Householder QR; the result
 * satisfies the KKT conditions to rounding (free coefficients > 0 with zero gradient, the others 0
 * with a gradient pointing into the constraint). Columns that are linear combinations of the free
 * ones are kept at 0.
 *
 * Complexity: O(n·k²) per step for k free columns; a few times p steps.
 *
 * @param X - the design, n rows of p numbers
 * @param y - the response, n numbers
 * @param options - iteration limit; see {@link NonNegativeLeastSquaresOptions}
 * @returns the coefficients, the residual sum of squares and counts
 * @throws {@link DpmError} `EMPTY`, `LENGTH_MISMATCH` (ragged rows, y of another length), `NON_FINITE`,
 *   `INVALID_ARGUMENT` for bad options, `NOT_CONVERGED` (current point in `details.x`) at the limit
 *
 * @example
 * ```ts
 * import { nonNegativeLeastSquares } from "@dpm/core";
 *
 * // unconstrained least squares would give x₂ < 0; NNLS sets it to 0 and refits x₁
 * const r = nonNegativeLeastSquares([[1, 0], [1, 1], [1, 2]], [2, 1, 1]);
 * [Math.round(r.x[0]! * 1e12) / 1e12, r.x[1]]; // => [1.333333333333, 0]
 * ```
 *
 * @category Optimization
 */
export function nonNegativeLeastSquares(X: ReadonlyArray<ArrayLike<number>>, y: ArrayLike<number>, options?: NonNegativeLeastSquaresOptions): ConstrainedLeastSquaresResult {
  const opts = checkOptions(options, KEYS, FN, "{ maxIterations: 100 }");
  const { A, b, n, p } = readDesign(X, y, FN);
  const maxIterations = readCount(opts.maxIterations, "maxIterations", FN, Math.max(3 * p, 30));
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const x = new Float64Array(p);
  const s = new Float64Array(p);
  const w = new Float64Array(p);
  const r = new Float64Array(n);
  const inP = new Uint8Array(p);
  const banned = new Uint8Array(p);
  const work = new Float64Array(n * Math.min(n, p));
  const rhs = new Float64Array(n);
  let P: number[] = [];
  let colMax = 0;
  for (let j = 0; j < p; j++) {
    let c = 0;
    for (let i = 0; i < n; i++) c += (A[j * n + i] as number) ** 2;
    colMax = Math.max(colMax, Math.sqrt(c));
  }
  let bNorm = 0;
  for (let i = 0; i < n; i++) bNorm = Math.hypot(bNorm, b[i] as number);
  const tol = 10 * Number.EPSILON * Math.max(n, p) * colMax * Math.max(bNorm, Number.MIN_VALUE);
  let iterations = 0;
  let solves = 0;
  const gradient = (): void => {
    for (let i = 0; i < n; i++) r[i] = b[i] as number;
    for (let j = 0; j < p; j++) {
      const xj = x[j] as number;
      if (xj !== 0) for (let i = 0; i < n; i++) r[i] = (r[i] as number) - (A[j * n + i] as number) * xj;
    }
    for (let j = 0; j < p; j++) {
      let v = 0;
      for (let i = 0; i < n; i++) v += (A[j * n + i] as number) * (r[i] as number);
      w[j] = v;
    }
  };
  let converged = true;
  gradient();
  outer: for (;;) {
    let jMax = -1;
    let wMax = tol;
    for (let j = 0; j < p; j++) if (inP[j] === 0 && banned[j] === 0 && (w[j] as number) > wMax) [jMax, wMax] = [j, w[j] as number];
    if (jMax < 0 || P.length >= n) break;
    if (iterations >= maxIterations) {
      converged = false;
      break;
    }
    iterations++;
    inP[jMax] = 1;
    P.push(jMax);
    solves++;
    if (!solveSubset(A, b, n, P, s, work, rhs)) {
      // the new column depends on the free ones: keep it at zero
      P.pop();
      inP[jMax] = 0;
      banned[jMax] = 1;
      continue;
    }
    // the new coefficient must come out positive (and finite); otherwise rounding made w_j > 0 spurious
    if (!((s[jMax] as number) > 0 && (s[jMax] as number) < Infinity)) {
      P.pop();
      inP[jMax] = 0;
      banned[jMax] = 1;
      continue;
    }
    for (;;) {
      let minS = Infinity;
      for (const j of P) minS = Math.min(minS, s[j] as number);
      if (minS > 0) break;
      if (iterations >= maxIterations) {
        converged = false;
        break outer;
      }
      iterations++;
      // step from x towards s until the first coefficient reaches 0
      let alpha = Infinity;
      let jAlpha = -1;
      for (const j of P) {
        const sj = s[j] as number;
        if (sj <= 0) {
          const a = (x[j] as number) / ((x[j] as number) - sj);
          if (a < alpha) [alpha, jAlpha] = [a, j];
        }
      }
      for (const j of P) x[j] = (x[j] as number) + alpha * ((s[j] as number) - (x[j] as number));
      x[jAlpha] = 0;
      const keep: number[] = [];
      for (const j of P) {
        if ((x[j] as number) <= 0) {
          x[j] = 0;
          inP[j] = 0;
        } else keep.push(j);
      }
      P = keep;
      for (let j = 0; j < p; j++) if (inP[j] === 0) s[j] = 0;
      solves++;
      if (P.length > 0) solveSubset(A, b, n, P, s, work, rhs);
    }
    for (let j = 0; j < p; j++) x[j] = inP[j] === 1 ? (s[j] as number) : 0;
    banned.fill(0);
    gradient();
  }
  gradient();
  let value = 0;
  for (let i = 0; i < n; i++) value += (r[i] as number) ** 2;
  const result: ConstrainedLeastSquaresResult = {
    x,
    value,
    residualNorm: Math.sqrt(value),
    iterations,
    evaluations: solves,
    converged,
    message: converged ? "converged: the KKT conditions hold" : "stopped at the iteration limit (options.maxIterations)",
  };
  if (!converged && on === "throw") {
    throw new DpmError("NOT_CONVERGED", `${FN}: no solution within ${maxIterations} active-set changes; raise options.maxIterations (or pass { onNotConverged: "return" } for the current feasible point).`, {
      details: { x: Array.from(x), value, iterations },
    });
  }
  return result;
}
