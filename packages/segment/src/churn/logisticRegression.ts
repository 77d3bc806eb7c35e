import { DpmError } from "@dpm/core";
import { toMatrix } from "../kmeans/points.js";
import type { Points } from "../kmeans/points.js";
import { checkScoresLabels } from "./labels.js";

/**
 * Options of {@link logisticRegression}.
 *
 * @category Churn
 */
export interface LogisticRegressionOptions {
  /** Features per row for `Float64Array` input. */
  readonly dimensions?: number;
  /** L2 penalty on the standardised coefficients (not the intercept). Default 1e-3. */
  readonly l2?: number;
  /** Newton (IRLS) iterations. Default 100. */
  readonly maxIterations?: number;
  /** Stop when the largest coefficient step is below this. Default 1e-10. */
  readonly tolerance?: number;
}

/**
 * A fitted logistic regression on standardised features.
 *
 * @category Churn
 */
export interface LogisticModel {
  /** Intercept on the standardised scale. */
  readonly intercept: number;
  /** Coefficients per standardised feature. */
  readonly coefficients: Float64Array;
  /** Feature means used for standardisation. */
  readonly center: Float64Array;
  /** Feature standard deviations used for standardisation (1 for constant features). */
  readonly scale: Float64Array;
  /** Newton iterations used. */
  readonly iterations: number;
}

function solve(A: Float64Array, b: Float64Array, m: number): Float64Array {
  const a = A.slice();
  const x = b.slice();
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r * m + c]!) > Math.abs(a[p * m + c]!)) p = r;
    if (Math.abs(a[p * m + c]!) < 1e-300) throw new DpmError("SINGULAR", "logisticRegression: the Hessian is singular; add an l2 penalty", { path: "options.l2" });
    if (p !== c) {
      for (let j = 0; j < m; j++) [a[c * m + j], a[p * m + j]] = [a[p * m + j]!, a[c * m + j]!];
      [x[c], x[p]] = [x[p]!, x[c]!];
    }
    for (let r = c + 1; r < m; r++) {
      const f = a[r * m + c]! / a[c * m + c]!;
      for (let j = c; j < m; j++) a[r * m + j] = a[r * m + j]! - f * a[c * m + j]!;
      x[r] = x[r]! - f * x[c]!;
    }
  }
  for (let r = m - 1; r >= 0; r--) {
    let s = x[r]!;
    for (let j = r + 1; j < m; j++) s -= a[r * m + j]! * x[j]!;
    x[r] = s / a[r * m + r]!;
  }
  return x;
}

const FN = "logisticRegression";

/**
 * L2-regularised logistic regression (churn propensity) fitted by Newton's method (IRLS) on
 * z-scored features.
 *
 * @param features - rows of features, or row-major data with `options.dimensions` (not mutated)
 * @param labels - 1 = churned, 0 = stayed
 * @param options - penalty and convergence
 * @returns the model; score new rows with {@link predictProbability}
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` for labels other than 0/1 or only one class; `NOT_CONVERGED`; `SINGULAR`
 *
 * @example
 * ```ts
 * import { logisticRegression, predictProbability } from "@dpm/segment";
 *
 * const m = logisticRegression([[1], [2], [3], [4], [5], [6]], [0, 0, 1, 0, 1, 1]);
 * predictProbability(m, [[6]])[0] > 0.5; // => true
 * ```
 *
 * @category Churn
 */
export function logisticRegression(features: Points, labels: ArrayLike<number>, options: LogisticRegressionOptions = {}): LogisticModel {
  const { data, n, d } = toMatrix(features, options.dimensions, FN);
  checkScoresLabels(new Float64Array(n), labels, FN);
  let ones = 0;
  for (let i = 0; i < n; i++) ones += labels[i]!;
  if (ones === 0 || ones === n) throw new DpmError("INVALID_ARGUMENT", `${FN}: labels must contain both classes (0 and 1)`, { path: "labels" });
  const l2 = options.l2 ?? 1e-3;
  if (!(Number.isFinite(l2) && l2 >= 0)) throw new DpmError("INVALID_ARGUMENT", `${FN}: options.l2 must be finite and ≥ 0`, { path: "options.l2" });
  const maxIter = options.maxIterations ?? 100;
  const tol = options.tolerance ?? 1e-10;
  const center = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += data[i * d + j]!;
    center[j] = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (data[i * d + j]! - center[j]!) ** 2;
    scale[j] = v > 0 ? Math.sqrt(v / n) : 1;
  }
  const m = d + 1;
  const w = new Float64Array(m);
  const z = new Float64Array(m);
  let it = 0;
  for (; it < maxIter; it++) {
    const g = new Float64Array(m);
    const H = new Float64Array(m * m);
    for (let i = 0; i < n; i++) {
      z[0] = 1;
      for (let j = 0; j < d; j++) z[j + 1] = (data[i * d + j]! - center[j]!) / scale[j]!;
      let eta = 0;
      for (let j = 0; j < m; j++) eta += w[j]! * z[j]!;
      const p = 1 / (1 + Math.exp(-eta));
      const r = labels[i]! - p;
      const wt = p * (1 - p);
      for (let j = 0; j < m; j++) {
        g[j] = g[j]! + r * z[j]!;
        for (let k = 0; k < m; k++) H[j * m + k] = H[j * m + k]! + wt * z[j]! * z[k]!;
      }
    }
    for (let j = 1; j < m; j++) {
      g[j] = g[j]! - l2 * n * w[j]!;
      H[j * m + j] = H[j * m + j]! + l2 * n;
    }
    const step = solve(H, g, m);
    let big = 0;
    for (let j = 0; j < m; j++) {
      w[j] = w[j]! + step[j]!;
      big = Math.max(big, Math.abs(step[j]!));
    }
    if (!w.every(Number.isFinite)) break;
    if (big < tol) {
      it++;
      return { intercept: w[0]!, coefficients: w.slice(1), center, scale, iterations: it };
    }
  }
  throw new DpmError("NOT_CONVERGED", `${FN}: Newton iterations did not converge in ${maxIter} steps (classes may be perfectly separable); raise options.l2`, { details: { lastCoefficients: Array.from(w) } });
}
