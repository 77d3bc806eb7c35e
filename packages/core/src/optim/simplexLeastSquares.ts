import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { readCount, readOnNotConverged } from "./checkMinimize.js";
import type { ConstrainedLeastSquaresResult } from "./nonNegativeLeastSquares.js";
import { readDesign } from "./readDesign.js";
import type { OnNotConverged } from "./types.js";

/**
 * Options of {@link simplexLeastSquares}.
 *
 * @category Optimization
 */
export interface SimplexLeastSquaresOptions {
  /** Row weights vᵢ ≥ 0 (the diagonal of V; e.g. predictor importances in synthetic control). Default all 1. */
  readonly weights?: ArrayLike<number>;
  /** Limit on active-set changes (default 50·(p + 1)). */
  readonly maxIterations?: number;
  /** Throw `NOT_CONVERGED` (default) or return the current feasible weights at the limit. */
  readonly onNotConverged?: OnNotConverged;
}

const KEYS = ["weights", "maxIterations", "onNotConverged"];
const FN = "simplexLeastSquares";
// Wolfe's tolerances: optimality test (relative to the largest squared point norm) and the floor
// below which a weight counts as 0 when the corral shrinks.
const Z1 = 1e-13;
const Z2 = 1e-15;

/**
 * Least squares with weights on the simplex: minimises Σᵢ vᵢ (yᵢ − (Xw)ᵢ)² subject to w ≥ 0 and
 * Σ w = 1 — the donor weights of a synthetic control, or shares of a budget. Because Σ w = 1 the
 * residual is Σⱼ wⱼ (xⱼ − y), so this is the point of the convex hull of the columns xⱼ − y
 * (scaled by √v) nearest the origin, found exactly by Wolfe's minimum-norm-point algorithm
 * (1976): an active set ("corral") of affinely independent columns, each step an equality-
 * constrained least-squares solve. Works with more columns than rows; when the optimum is unique
 * the weights are accurate to about 1e−10.
 *
 * Complexity: O(n·p) per major step plus O(n·k²) per solve for k active columns.
 *
 * @param X - the candidates, n rows of p numbers (column j = candidate j)
 * @param y - the target, n numbers
 * @param options - row weights and the iteration limit; see {@link SimplexLeastSquaresOptions}
 * @returns the weights (≥ 0, summing to 1), the weighted residual sum of squares and counts
 * @throws {@link DpmError} `EMPTY`, `LENGTH_MISMATCH`, `NON_FINITE`, `INVALID_ARGUMENT` for bad options or
 *   negative weights, `NOT_CONVERGED` (current weights in `details.x`) at the limit
 *
 * @example
 * ```ts
 * import { simplexLeastSquares } from "@dpm/core";
 *
 * // the target (2, 2) is ½ of column (1, 3) plus ½ of column (3, 1)
 * const r = simplexLeastSquares([[1, 3, 0], [3, 1, 0]], [2, 2]);
 * Array.from(r.x, (w) => Math.round(w * 1e12) / 1e12); // => [0.5, 0.5, 0]
 * r.value < 1e-20; // => true
 * ```
 *
 * @category Optimization
 */
export function simplexLeastSquares(X: ReadonlyArray<ArrayLike<number>>, y: ArrayLike<number>, options?: SimplexLeastSquaresOptions): ConstrainedLeastSquaresResult {
  const opts = checkOptions(options, KEYS, FN, "{ weights: [1, 1, 2] }");
  const { A, b, n, p } = readDesign(X, y, FN);
  const maxIterations = readCount(opts.maxIterations, "maxIterations", FN, 50 * (p + 1));
  const on = readOnNotConverged(opts.onNotConverged, FN);
  const sv = new Float64Array(n).fill(1);
  if (opts.weights !== undefined) {
    const v = opts.weights;
    if (v === null || typeof v !== "object" || typeof v.length !== "number") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.weights must be an array of n numbers ≥ 0, got ${describeValue(v)}.`, { path: "options.weights" });
    if (v.length !== n) throw new DpmError("LENGTH_MISMATCH", `${FN}: options.weights has ${v.length} entries but X has ${n} rows; give one weight per row.`, { path: "options.weights" });
    for (let i = 0; i < n; i++) {
      const vi = v[i];
      if (typeof vi !== "number" || !Number.isFinite(vi) || vi < 0) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.weights[${i}] must be a finite number ≥ 0, got ${describeValue(vi)}.`, { path: `options.weights[${i}]` });
      sv[i] = Math.sqrt(vi);
    }
  }
  // the points P_j = √v ⊙ (x_j − y), column-major
  const P = new Float64Array(n * p);
  for (let j = 0; j < p; j++) for (let i = 0; i < n; i++) P[j * n + i] = (sv[i] as number) * ((A[j * n + i] as number) - (b[i] as number));
  const result = minNormPoint(P, n, p, maxIterations);
  const w = result.w;
  let value = 0;
  for (let i = 0; i < n; i++) {
    let fit = 0;
    for (let j = 0; j < p; j++) fit += (A[j * n + i] as number) * (w[j] as number);
    value += ((sv[i] as number) * ((b[i] as number) - fit)) ** 2;
  }
  if (!result.converged && on === "throw") {
    throw new DpmError("NOT_CONVERGED", `${FN}: no solution within ${maxIterations} active-set changes; raise options.maxIterations (or pass { onNotConverged: "return" } for the current feasible weights).`, {
      details: { x: Array.from(w), value, iterations: result.iterations },
    });
  }
  return {
    x: w,
    value,
    residualNorm: Math.sqrt(value),
    iterations: result.iterations,
    evaluations: result.solves,
    converged: result.converged,
    message: result.converged ? "converged: the KKT conditions hold" : "stopped at the iteration limit (options.maxIterations)",
  };
}

// Wolfe's minimum-norm-point algorithm on the columns of the column-major n × p matrix P.
function minNormPoint(P: Float64Array, n: number, p: number, maxIterations: number): { w: Float64Array; iterations: number; solves: number; converged: boolean } {
  const w = new Float64Array(p);
  const x = new Float64Array(n);
  const dot = (j: number, v: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += (P[j * n + i] as number) * (v[i] as number);
    return s;
  };
  const norm2 = new Float64Array(p);
  let j0 = 0;
  for (let j = 0; j < p; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += (P[j * n + i] as number) ** 2;
    norm2[j] = s;
    if (s < (norm2[j0] as number)) j0 = j;
  }
  let S: number[] = [j0];
  let lambda: number[] = [1];
  const setX = (): void => {
    x.fill(0);
    for (let k = 0; k < S.length; k++) {
      const j = S[k] as number;
      const l = lambda[k] as number;
      for (let i = 0; i < n; i++) x[i] = (x[i] as number) + l * (P[j * n + i] as number);
    }
  };
  setX();
  let iterations = 0;
  let solves = 0;
  let converged = false;
  const maxCorral = n + 1;
  const G = new Float64Array(maxCorral * maxCorral);
  const u = new Float64Array(maxCorral);
  for (;;) {
    if (iterations >= maxIterations) break;
    let xx = 0;
    for (let i = 0; i < n; i++) xx += (x[i] as number) ** 2;
    let maxNorm = 0;
    for (const j of S) maxNorm = Math.max(maxNorm, norm2[j] as number);
    if (xx <= Z1 * Z1 * maxNorm) {
      converged = true;
      break;
    }
    let jBest = -1;
    let best = Infinity;
    for (let j = 0; j < p; j++) {
      const d = dot(j, x);
      if (d < best) [best, jBest] = [d, j];
    }
    maxNorm = Math.max(maxNorm, norm2[jBest] as number);
    if (best > xx - Z1 * maxNorm || S.includes(jBest) || S.length >= maxCorral) {
      converged = true;
      break;
    }
    iterations++;
    S.push(jBest);
    lambda.push(0);
    // minor cycles: move towards the affine minimiser of the corral, dropping points whose weight hits 0
    for (;;) {
      const k = S.length;
      solves++;
      const alpha = affineMinimizer(P, n, S, G, u);
      if (alpha === null) {
        // numerically affinely dependent: the new point adds nothing
        S.pop();
        lambda.pop();
        converged = true;
        break;
      }
      let allPositive = true;
      for (let c = 0; c < k; c++) if (!((alpha[c] as number) > 0)) allPositive = false;
      if (allPositive) {
        lambda = Array.from(alpha);
        setX();
        break;
      }
      // move from λ towards α until the first weight reaches 0, and drop it
      let theta = 1;
      let cTheta = -1;
      for (let c = 0; c < k; c++) {
        const a = alpha[c] as number;
        const l = lambda[c] as number;
        if (a <= 0 && l - a > 0 && l / (l - a) < theta) [theta, cTheta] = [l / (l - a), c];
      }
      const nextS: number[] = [];
      const nextL: number[] = [];
      let total = 0;
      for (let c = 0; c < k; c++) {
        const l = theta * (alpha[c] as number) + (1 - theta) * (lambda[c] as number);
        if (c !== cTheta && l > Z2) {
          nextS.push(S[c] as number);
          nextL.push(l);
          total += l;
        }
      }
      if (nextS.length === 0) {
        // cannot happen in exact arithmetic; keep the best single point
        nextS.push(S[0] as number);
        nextL.push(1);
        total = 1;
      }
      S = nextS;
      lambda = nextL.map((l) => l / total);
      setX();
      if (S.length === 1) break;
      if (++iterations >= maxIterations) break;
    }
    if (converged) break;
  }
  for (let k = 0; k < S.length; k++) w[S[k] as number] = lambda[k] as number;
  return { w, iterations, solves, converged };
}

// The affine minimiser of the corral: α ∝ (G + c·11ᵀ)⁻¹ 1 with G the Gram matrix (Cholesky;
// c = the largest diagonal of G keeps the system well scaled). null when G + c11ᵀ is singular.
function affineMinimizer(P: Float64Array, n: number, S: readonly number[], G: Float64Array, u: Float64Array): Float64Array | null {
  const k = S.length;
  let c = 0;
  for (let a = 0; a < k; a++) {
    for (let bb = 0; bb <= a; bb++) {
      let s = 0;
      const ja = S[a] as number;
      const jb = S[bb] as number;
      for (let i = 0; i < n; i++) s += (P[ja * n + i] as number) * (P[jb * n + i] as number);
      G[a * k + bb] = s;
    }
    c = Math.max(c, G[a * k + a] as number);
  }
  if (c === 0) c = 1;
  for (let a = 0; a < k; a++) for (let bb = 0; bb <= a; bb++) G[a * k + bb] = (G[a * k + bb] as number) + c;
  // Cholesky in place (lower triangle)
  for (let a = 0; a < k; a++) {
    for (let bb = 0; bb <= a; bb++) {
      let s = G[a * k + bb] as number;
      for (let m = 0; m < bb; m++) s -= (G[a * k + m] as number) * (G[bb * k + m] as number);
      if (a === bb) {
        if (!(s > 1e-14 * c)) return null;
        G[a * k + a] = Math.sqrt(s);
      } else G[a * k + bb] = s / (G[bb * k + bb] as number);
    }
  }
  // solve L Lᵀ u = 1
  for (let a = 0; a < k; a++) {
    let s = 1;
    for (let m = 0; m < a; m++) s -= (G[a * k + m] as number) * (u[m] as number);
    u[a] = s / (G[a * k + a] as number);
  }
  for (let a = k - 1; a >= 0; a--) {
    let s = u[a] as number;
    for (let m = a + 1; m < k; m++) s -= (G[m * k + a] as number) * (u[m] as number);
    u[a] = s / (G[a * k + a] as number);
  }
  let total = 0;
  for (let a = 0; a < k; a++) total += u[a] as number;
  const alpha = new Float64Array(k);
  for (let a = 0; a < k; a++) alpha[a] = (u[a] as number) / total;
  return alpha;
}
