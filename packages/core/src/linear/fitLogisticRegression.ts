import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue, toFiniteArray } from "../errors/validate.js";
import { type CoefficientRow, coefficientRows, findRow, formatRows } from "./CoefficientRow.js";
import { checkDesign, type LinearDesign } from "./LinearDesign.js";
import { readLevel, readWeights, sandwich, singularError } from "./fitLinearModel.js";
import { qrLeastSquares } from "./qrLeastSquares.js";

/**
 * Options of {@link fitLogisticRegression}.
 *
 * @category Linear models
 */
export interface LogisticRegressionOptions {
  /** Prepend an intercept column `"(Intercept)"` (default true). */
  readonly intercept?: boolean;
  /** Prior weights ≥ 0, one per observation (as `glm`'s `weights`). */
  readonly weights?: ArrayLike<number>;
  /** IRLS iteration limit (default 25, as `glm`; at most 1000). */
  readonly maxIterations?: number;
  /** Convergence: |Δdeviance| / (|deviance| + 0.1) below this (default 1e-8, as `glm`). */
  readonly tolerance?: number;
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
  /** `"classical"` (inverse Fisher information, as `summary.glm`) or sandwich `"HC0"`/`"HC1"` (default classical). */
  readonly covariance?: "classical" | "HC0" | "HC1";
  /**
   * Ridge (L2) penalty, default 0 (plain maximum likelihood, as `glm`). With `l2 > 0` the fit
   * maximises the penalised log-likelihood Σ wᵢ ℓᵢ(β) − (l2 / 2) · (Σ wᵢ) · Σⱼ βⱼ² over every
   * coefficient except `"(Intercept)"` — glmnet's `alpha = 0` convention (mean log-likelihood minus
   * l2/2 · ‖β‖²), so `l2` is glmnet's `lambda` on the columns as given (standardise them first for
   * a scale-free penalty). At most 1e6.
   */
  readonly l2?: number;
}

const KNOWN = ["intercept", "weights", "maxIterations", "tolerance", "level", "covariance", "l2"];
/** Largest accepted `l2` penalty. */
const MAX_L2 = 1e6;

/**
 * A fitted logistic regression.
 *
 * @category Linear models
 */
export interface LogisticRegressionFit {
  readonly names: readonly string[];
  readonly estimates: Float64Array;
  readonly stdErrors: Float64Array;
  /** z statistics and normal p values, as `summary.glm`. */
  readonly coefficients: readonly CoefficientRow[];
  /** Coefficient covariance, p × p row-major. */
  readonly vcov: Float64Array;
  /** Fitted probabilities. */
  readonly fitted: Float64Array;
  readonly linearPredictor: Float64Array;
  readonly deviance: number;
  readonly nullDeviance: number;
  readonly aic: number;
  readonly iterations: number;
  readonly n: number;
  readonly covariance: "classical" | "HC0" | "HC1";
  readonly level: number;
  /** The ridge penalty used (0 for plain maximum likelihood). */
  readonly l2: number;
  /** The row of one coefficient; throws `INVALID_ARGUMENT` for an unknown name. */
  coefficient(name: string): CoefficientRow;
  /** Probabilities for new rows given as the same named columns (without the intercept). */
  predict(design: LinearDesign): Float64Array;
  toString(): string;
}

const FN = "fitLogisticRegression";

/**
 * Logistic regression by iteratively reweighted least squares — the same start, steps and
 * stopping rule as R's `glm(family = binomial)`, so estimates, standard errors, deviance and AIC
 * agree with it. Perfect or quasi-complete separation is detected and reported (naming a
 * separating column when one alone separates) instead of returning huge coefficients.
 *
 * With `options.l2 > 0` it fits ridge-penalised logistic regression by penalised IRLS (Newton on
 * the penalised log-likelihood, see {@link LogisticRegressionOptions.l2}); the optimum then always
 * exists, so there is no separation error. `deviance` and `aic` stay the unpenalised ones, and
 * `vcov`/`stdErrors` are the inverse of the penalised information (X'WX + l2·Σw·I)⁻¹.
 *
 * @param y - outcomes, each 0 or 1 (or a proportion in [0, 1] with `weights` as trials)
 * @param design - named regressor columns (see {@link LinearDesign})
 * @param options - intercept, weights, iteration limit, tolerance, level, covariance, l2 penalty
 * @returns coefficients with z tests, covariance, fitted probabilities, deviance and AIC
 * @throws {@link DpmError} `NO_SOLUTION` under separation (`details.separation: true`);
 *   `NOT_CONVERGED` when the iteration limit is reached; `SINGULAR` for collinear columns;
 *   `INVALID_ARGUMENT` for outcomes outside [0, 1] or a single class, or `l2` negative,
 *   non-finite or above 1e6
 *
 * @example
 * ```ts
 * import { fitLogisticRegression } from "@dpm/core";
 *
 * const spend = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
 * const bought = [0, 0, 1, 0, 0, 1, 1, 0, 1, 1];
 * const fit = fitLogisticRegression(bought, { spend });
 * fit.coefficient("spend").estimate > 0; // => true
 * fit.fitted.length; // => 10
 *
 * // ridge: the penalty shrinks the slope towards 0
 * const ridge = fitLogisticRegression(bought, { spend }, { l2: 0.5 });
 * Math.abs(ridge.coefficient("spend").estimate) < Math.abs(fit.coefficient("spend").estimate); // => true
 * ridge.l2; // => 0.5
 * ```
 *
 * @category Linear models
 */
export function fitLogisticRegression(y: ArrayLike<number>, design: LinearDesign, options?: LogisticRegressionOptions): LogisticRegressionFit {
  const opts = checkOptions(options, KNOWN, FN, "{ maxIterations: 50 }");
  const yy = toFiniteArray(y, "y", FN);
  const n = yy.length;
  const intercept = opts.intercept ?? true;
  const d = checkDesign(design, n, intercept, FN);
  const level = readLevel(opts.level, FN);
  const prior = opts.weights === undefined ? new Float64Array(n).fill(1) : readWeights(opts.weights, n, FN);
  const maxIt = opts.maxIterations ?? 25;
  if (!(Number.isInteger(maxIt) && maxIt >= 1 && maxIt <= 1000)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.maxIterations must be a whole number from 1 to 1000, got ${describeValue(maxIt)}.`, { path: "options.maxIterations" });
  }
  const tol = opts.tolerance ?? 1e-8;
  if (!(typeof tol === "number" && tol > 0 && tol < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.tolerance must be in (0, 1) such as 1e-8, got ${describeValue(tol)}.`, { path: "options.tolerance" });
  }
  const covariance = opts.covariance ?? "classical";
  if (!["classical", "HC0", "HC1"].includes(covariance)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.covariance must be "classical", "HC0" or "HC1", got ${describeValue(covariance)}.`, { path: "options.covariance" });
  }
  const l2 = opts.l2 ?? 0;
  if (!(typeof l2 === "number" && Number.isFinite(l2) && l2 >= 0 && l2 <= MAX_L2)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.l2 must be a number from 0 to ${MAX_L2} such as 0.001 (0 = no penalty), got ${describeValue(l2)}.`, { path: "options.l2" });
  }
  let ones = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const v = yy[i]!;
    if (v < 0 || v > 1) throw new DpmError("INVALID_ARGUMENT", `${FN}: y[${i}] is ${v}; outcomes must be 0 or 1 (or proportions in [0, 1]).`, { path: `y[${i}]` });
    if (prior[i]! > 0) {
      if (v > 0) ones++;
      if (v < 1) zeros++;
    }
  }
  if (ones === 0 || zeros === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: every outcome is ${ones === 0 ? 0 : 1}; logistic regression needs both classes.`, { path: "y" });
  }
  const { names, columns } = d;
  const p = columns.length;
  let nEff = 0;
  for (let i = 0; i < n; i++) if (prior[i]! > 0) nEff++;
  if (l2 === 0 && nEff <= p) {
    throw new DpmError("TOO_SHORT", `${FN}: ${nEff} observations cannot estimate ${p} coefficients; at least ${p + 1} are needed.`, { path: "y" });
  }

  // glm's start: mustart = (w y + 0.5) / (w + 1).
  const mu = new Float64Array(n);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    mu[i] = (prior[i]! * yy[i]! + 0.5) / (prior[i]! + 1);
    eta[i] = Math.log(mu[i]! / (1 - mu[i]!));
  }
  // Penalised IRLS: the Newton system (X'WX + Λ) β = X'W z is the least-squares problem of X√W
  // stacked over √Λ (one extra row per penalised column, response 0), Λ = l2 · Σw on every
  // coefficient but the intercept.
  let sumW = 0;
  for (let i = 0; i < n; i++) sumW += prior[i]!;
  const lambda = l2 * sumW;
  const penalised = l2 > 0 ? p - (intercept ? 1 : 0) : 0;
  const rows = n + penalised;
  const penaltyOf = (b: Float64Array): number => {
    let s = 0;
    for (let j = intercept ? 1 : 0; j < p; j++) s += b[j]! * b[j]!;
    return lambda * s;
  };
  let devOld = deviance(yy, mu, prior);
  const z = new Float64Array(rows);
  const sw = new Float64Array(n);
  const xs = columns.map(() => new Float64Array(rows));
  if (penalised > 0) {
    const root = Math.sqrt(lambda);
    for (let j = intercept ? 1 : 0, r = n; j < p; j++, r++) xs[j]![r] = root;
  }
  let beta: Float64Array = new Float64Array(p);
  let bread: Float64Array = new Float64Array(p * p);
  const workW = new Float64Array(n);
  let iterations = 0;
  let converged = false;
  let dev = devOld;
  for (let it = 1; it <= maxIt; it++) {
    iterations = it;
    for (let i = 0; i < n; i++) {
      const m = mu[i]!;
      const v = m * (1 - m);
      z[i] = eta[i]! + (yy[i]! - m) / v;
      const wi = prior[i]! * v;
      workW[i] = wi;
      sw[i] = Math.sqrt(wi);
      z[i] = z[i]! * sw[i]!;
    }
    for (let j = 0; j < p; j++) {
      const c = columns[j]!;
      const x = xs[j]!;
      for (let i = 0; i < n; i++) x[i] = c[i]! * sw[i]!;
    }
    const qr = qrLeastSquares(xs, z, Math.min(1e-11, tol));
    if (qr.rank < p) throw singularError(names, Array.from(qr.pivot.subarray(qr.rank)), qr.dependencies, FN);
    beta = qr.coef;
    bread = qr.xtxInverse;
    eta.fill(0);
    for (let j = 0; j < p; j++) {
      const c = columns[j]!;
      const b = beta[j]!;
      for (let i = 0; i < n; i++) eta[i] = eta[i]! + b * c[i]!;
    }
    for (let i = 0; i < n; i++) mu[i] = logistic(eta[i]!);
    dev = deviance(yy, mu, prior);
    if (!Number.isFinite(dev)) break;
    // With a penalty the criterion is on the penalised deviance (the objective IRLS minimises).
    const obj = penalised > 0 ? dev + penaltyOf(beta) : dev;
    if (Math.abs(obj - devOld) / (Math.abs(obj) + 0.1) < tol) {
      converged = true;
      break;
    }
    devOld = obj;
  }
  // Separation: fitted probabilities numerically 0 or 1 (glm's warning threshold is 10ε; we use the
  // linear predictor, |η| > 30 ⇔ p within 1e-13 of 0 or 1), or divergence without convergence.
  let extreme = 0;
  for (let i = 0; i < n; i++) if (prior[i]! > 0 && Math.abs(eta[i]!) > 30) extreme++;
  if (penalised === 0 && (extreme > 0 || (!converged && !Number.isFinite(dev)))) {
    const sep = separatingColumns(yy, columns, names, prior, intercept);
    const which = sep.length > 0 ? `column ${sep.map((s) => `"${s}"`).join(", ")} separates the outcomes on its own` : "a combination of columns separates the outcomes";
    throw new DpmError(
      "NO_SOLUTION",
      `${FN}: perfect or quasi-complete separation — ${which}, so ${extreme} fitted probabilities are 0 or 1 and the maximum-likelihood estimates do not exist. Drop or coarsen the separating columns, or use a penalised fit.`,
      { path: "design", details: { separation: true, separatingColumns: sep, extremeFits: extreme } },
    );
  }
  if (!converged) {
    throw new DpmError("NOT_CONVERGED", `${FN}: IRLS did not converge in ${maxIt} iterations; raise options.maxIterations${penalised > 0 ? " or options.l2" : ""} or rescale the columns.`, {
      path: "options.maxIterations",
      details: { lastCoefficients: Array.from(beta), deviance: dev },
    });
  }
  let vcov: Float64Array;
  if (covariance === "classical") {
    vcov = bread;
  } else {
    // Sandwich as sandwich::estfun.glm: working residual × working weight of the last IRLS step
    // (≈ prior · (y − μ) at convergence), bread = the last step's (X'WX)⁻¹.
    const meat = new Float64Array(p * p);
    for (let i = 0; i < n; i++) {
      const r = (workW[i]! * (yy[i]! - mu[i]!)) / (mu[i]! * (1 - mu[i]!));
      if (r === 0) continue;
      for (let a = 0; a < p; a++) {
        const sa = columns[a]![i]! * r;
        for (let b = 0; b < p; b++) meat[a * p + b] = meat[a * p + b]! + sa * columns[b]![i]! * r;
      }
    }
    const f = covariance === "HC1" ? nEff / (nEff - p) : 1;
    vcov = sandwich(bread, meat, p, f);
  }
  const stdErrors = new Float64Array(p);
  for (let j = 0; j < p; j++) stdErrors[j] = Math.sqrt(Math.max(vcov[j * p + j]!, 0));
  const coefficients = coefficientRows(names, beta, stdErrors, Infinity, level);
  // Null deviance: intercept-only fit (weighted mean) or μ = ½ without an intercept.
  let sy = 0;
  let sw0 = 0;
  for (let i = 0; i < n; i++) {
    sy += prior[i]! * yy[i]!;
    sw0 += prior[i]!;
  }
  const mu0 = new Float64Array(n).fill(intercept ? sy / sw0 : 0.5);
  const nullDeviance = deviance(yy, mu0, prior);
  // AIC as binomial()$aic for 0/1 data: deviance + 2p (the saturated log-likelihood is 0).
  let aicCorr = 0;
  for (let i = 0; i < n; i++) {
    const m = prior[i]!;
    const yi = yy[i]!;
    if (m > 0 && yi > 0 && yi < 1) aicCorr += -2 * m * (yi * Math.log(yi) + (1 - yi) * Math.log(1 - yi));
  }
  const aic = dev - aicCorr + 2 * p;
  const fitted = mu;
  const fittedNames = intercept ? names.slice(1) : names;
  return {
    names,
    estimates: beta,
    stdErrors,
    coefficients,
    vcov,
    fitted,
    linearPredictor: eta,
    deviance: dev,
    nullDeviance,
    aic,
    iterations,
    n: nEff,
    covariance,
    level,
    l2,
    coefficient: (name: string) => findRow(coefficients, name, "LogisticRegressionFit.coefficient"),
    predict: (newDesign: LinearDesign) => {
      const first = Array.isArray(newDesign) ? (newDesign as { values: ArrayLike<number> }[])[0]?.values : Object.values(newDesign as Record<string, ArrayLike<number>>)[0];
      const m = first === undefined ? 0 : first.length;
      const nd = checkDesign(newDesign, m, intercept, "LogisticRegressionFit.predict");
      const got = intercept ? nd.names.slice(1) : nd.names;
      if (got.length !== fittedNames.length || got.some((g, j) => g !== fittedNames[j])) {
        throw new DpmError("INVALID_ARGUMENT", `LogisticRegressionFit.predict: pass the columns ${fittedNames.map((s) => `"${s}"`).join(", ")} in that order, got ${got.map((s) => `"${s}"`).join(", ")}.`, { path: "design" });
      }
      const out = new Float64Array(m);
      for (let i = 0; i < m; i++) {
        let e = 0;
        for (let j = 0; j < p; j++) e += beta[j]! * nd.columns[j]![i]!;
        out[i] = logistic(e);
      }
      return out;
    },
    toString: () =>
      `Logistic regression (n = ${nEff}, ${covariance} standard errors, ${iterations} IRLS iterations)\n` +
      `${formatRows(coefficients, "z", level)}\n` +
      `deviance ${dev.toPrecision(6)} (null ${nullDeviance.toPrecision(6)}), AIC ${aic.toPrecision(6)}`,
  };
}

function logistic(e: number): number {
  // glm's binomial linkinv clamps at ±30 in η (ε-sized probabilities).
  const x = e < -30 ? -30 : e > 30 ? 30 : e;
  return 1 / (1 + Math.exp(-x));
}

function deviance(y: Float64Array, mu: Float64Array, w: Float64Array): number {
  let d = 0;
  for (let i = 0; i < y.length; i++) {
    const yi = y[i]!;
    const m = mu[i]!;
    const a = yi > 0 ? yi * Math.log(yi / m) : 0;
    const b = yi < 1 ? (1 - yi) * Math.log((1 - yi) / (1 - m)) : 0;
    d += 2 * w[i]! * (a + b);
  }
  return d;
}

function separatingColumns(y: Float64Array, columns: Float64Array[], names: readonly string[], w: Float64Array, intercept: boolean): string[] {
  const out: string[] = [];
  for (let j = intercept ? 1 : 0; j < columns.length; j++) {
    const c = columns[j]!;
    let max0 = -Infinity;
    let min0 = Infinity;
    let max1 = -Infinity;
    let min1 = Infinity;
    for (let i = 0; i < y.length; i++) {
      if (w[i]! === 0) continue;
      const v = c[i]!;
      if (y[i]! >= 0.5) {
        max1 = Math.max(max1, v);
        min1 = Math.min(min1, v);
      } else {
        max0 = Math.max(max0, v);
        min0 = Math.min(min0, v);
      }
    }
    if (max0 <= min1 || max1 <= min0) out.push(names[j]!);
  }
  return out;
}
