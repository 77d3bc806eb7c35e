import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue, toFiniteArray } from "../errors/validate.js";
import { checkDesign, INTERCEPT, type LinearDesign } from "./LinearDesign.js";
import { readWeights } from "./fitLinearModel.js";
import { qrLeastSquares } from "./qrLeastSquares.js";

/**
 * Options of {@link fitRidge}.
 *
 * @category Linear models
 */
export interface RidgeOptions {
  /** Penalty λ ≥ 0 on the squared coefficients (not on the intercept). */
  readonly lambda: number;
  /** Fit an unpenalised intercept `"(Intercept)"` (default true). */
  readonly intercept?: boolean;
  /** Observation weights ≥ 0. */
  readonly weights?: ArrayLike<number>;
  /** Scale each column to unit (weighted, 1/n) standard deviation before penalising; coefficients are returned on the original scale (default false). */
  readonly standardize?: boolean;
}

const KNOWN = ["lambda", "intercept", "weights", "standardize"];

/**
 * A ridge fit.
 *
 * @category Linear models
 */
export interface RidgeFit {
  readonly names: readonly string[];
  readonly estimates: Float64Array;
  readonly fitted: Float64Array;
  readonly residuals: Float64Array;
  /** Trace of the hat matrix (including 1 for the intercept). */
  readonly effectiveDf: number;
  readonly lambda: number;
  /** The estimate of one coefficient; throws `INVALID_ARGUMENT` for an unknown name. */
  coefficient(name: string): number;
}

const FN = "fitRidge";

/**
 * Ridge regression: minimises Σ wᵢ (yᵢ − b₀ − xᵢ'b)² + λ‖b‖², with the intercept unpenalised (the
 * columns are centred first), solved stably by QR of the design augmented with √λ·I. Collinear
 * columns are fine for λ > 0 — the penalty makes the problem well posed.
 *
 * @param y - the response (not mutated)
 * @param design - named regressor columns (see {@link LinearDesign})
 * @param options - `lambda` (required), intercept, weights, standardize
 * @returns coefficients, fitted values, residuals and effective degrees of freedom
 * @throws {@link DpmError} `INVALID_ARGUMENT` for a negative or missing lambda; `SINGULAR` when λ = 0 and columns are collinear
 *
 * @example
 * ```ts
 * import { fitRidge } from "@dpm/core";
 *
 * const x = [1, 2, 3, 4, 5];
 * const ols = fitRidge([2, 4, 6, 8, 10], { x }, { lambda: 0 });
 * Math.round(ols.coefficient("x") * 1e9) / 1e9; // => 2
 * fitRidge([2, 4, 6, 8, 10], { x }, { lambda: 10 }).coefficient("x"); // => 1
 * ```
 *
 * @category Linear models
 */
export function fitRidge(y: ArrayLike<number>, design: LinearDesign, options: RidgeOptions): RidgeFit {
  const opts = checkOptions(options, KNOWN, FN, "{ lambda: 1 }");
  const lambda = opts.lambda;
  if (typeof lambda !== "number" || !(lambda >= 0) || lambda === Infinity) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.lambda must be a finite number ≥ 0 such as 1, got ${describeValue(lambda)}.`, { path: "options.lambda" });
  }
  const yy = toFiniteArray(y, "y", FN);
  const n = yy.length;
  const intercept = opts.intercept ?? true;
  const d = checkDesign(design, n, false, FN);
  const w = opts.weights === undefined ? new Float64Array(n).fill(1) : readWeights(opts.weights, n, FN);
  const p = d.columns.length;
  let sw = 0;
  for (let i = 0; i < n; i++) sw += w[i]!;
  const center = new Float64Array(p);
  let ym = 0;
  if (intercept) {
    for (let i = 0; i < n; i++) ym += w[i]! * yy[i]!;
    ym /= sw;
    for (let j = 0; j < p; j++) {
      const c = d.columns[j]!;
      let m = 0;
      for (let i = 0; i < n; i++) m += w[i]! * c[i]!;
      center[j] = m / sw;
    }
  }
  const scale = new Float64Array(p).fill(1);
  if (opts.standardize === true) {
    for (let j = 0; j < p; j++) {
      const c = d.columns[j]!;
      let v = 0;
      for (let i = 0; i < n; i++) v += w[i]! * (c[i]! - center[j]!) ** 2;
      const sd = Math.sqrt(v / sw);
      scale[j] = sd > 0 ? sd : 1;
    }
  }
  const root = Math.sqrt(lambda);
  const cols = d.columns.map((c, j) => {
    const out = new Float64Array(n + p);
    for (let i = 0; i < n; i++) out[i] = (Math.sqrt(w[i]!) * (c[i]! - center[j]!)) / scale[j]!;
    out[n + j] = root;
    return out;
  });
  const target = new Float64Array(n + p);
  for (let i = 0; i < n; i++) target[i] = Math.sqrt(w[i]!) * (yy[i]! - ym);
  const qr = qrLeastSquares(cols, target, 1e-10);
  if (qr.rank < p) {
    const dropped = Array.from(qr.pivot.subarray(qr.rank), (j) => d.names[j]!);
    throw new DpmError("SINGULAR", `${FN}: with lambda = 0 the columns ${dropped.map((s) => `"${s}"`).join(", ")} are collinear with the others; use lambda > 0.`, {
      path: "design",
      details: { collinear: dropped },
    });
  }
  const b = qr.coef.map((v, j) => v / scale[j]!);
  let b0 = ym;
  for (let j = 0; j < p; j++) b0 -= b[j]! * center[j]!;
  // tr(H) = tr((A + λI)⁻¹ A) = p − λ tr((A + λI)⁻¹) on the scaled, centred columns.
  let tr = 0;
  for (let j = 0; j < p; j++) tr += qr.xtxInverse[j * p + j]!;
  const effectiveDf = (intercept ? 1 : 0) + p - lambda * tr;
  const fitted = new Float64Array(n).fill(intercept ? b0 : 0);
  for (let j = 0; j < p; j++) {
    const c = d.columns[j]!;
    for (let i = 0; i < n; i++) fitted[i] = fitted[i]! + b[j]! * c[i]!;
  }
  const residuals = yy.map((v, i) => v - fitted[i]!);
  const names = intercept ? [INTERCEPT, ...d.names] : d.names;
  const estimates = intercept ? Float64Array.from([b0, ...b]) : b;
  return {
    names,
    estimates,
    fitted,
    residuals,
    effectiveDf,
    lambda,
    coefficient: (name: string) => {
      const j = names.indexOf(name);
      if (j < 0) throw new DpmError("INVALID_ARGUMENT", `RidgeFit.coefficient: no coefficient named "${name}"; the model has ${names.map((s) => `"${s}"`).join(", ")}.`, { path: "name" });
      return estimates[j]!;
    },
  };
}
