import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue, toFiniteArray } from "../errors/validate.js";
import { type CoefficientRow, coefficientRows, findRow, formatRows } from "./CoefficientRow.js";
import { type CheckedDesign, checkDesign, type LinearDesign } from "./LinearDesign.js";
import { qrLeastSquares } from "./qrLeastSquares.js";

/**
 * How {@link fitLinearModel} estimates the coefficients' covariance:
 * `classical` (σ²(X'X)⁻¹), the heteroskedasticity-consistent `HC0`–`HC3` (as `sandwich::vcovHC`),
 * or cluster-robust `CR0` (no small-sample factor) and `CR1` (Stata's G/(G−1)·(n−1)/(n−k), as
 * `sandwich::vcovCL(type = "HC1")` and `estimatr::lm_robust(se_type = "stata")`).
 *
 * @category Linear models
 */
export type CovarianceType = "classical" | "HC0" | "HC1" | "HC2" | "HC3" | "CR0" | "CR1";

const COVARIANCES: readonly CovarianceType[] = ["classical", "HC0", "HC1", "HC2", "HC3", "CR0", "CR1"];

/**
 * Options of {@link fitLinearModel}.
 *
 * @category Linear models
 */
export interface LinearModelOptions {
  /** Prepend an intercept column named `"(Intercept)"` (default true, as R's `lm`). */
  readonly intercept?: boolean;
  /** Weighted least squares: one weight ≥ 0 per observation (R `lm` semantics; zero drops the row from the degrees of freedom). */
  readonly weights?: ArrayLike<number>;
  /** Covariance estimator (default `"classical"`, or `"CR1"` when `clusters` is given). */
  readonly covariance?: CovarianceType;
  /** Cluster id of each observation, for `CR0`/`CR1`. */
  readonly clusters?: ArrayLike<string | number>;
  /** Confidence level of the intervals (default 0.95). */
  readonly level?: number;
  /**
   * Parameters absorbed before the fit (e.g. fixed effects removed by demeaning): they count
   * against the residual degrees of freedom and in the CR1 factor's k. Default 0.
   */
  readonly absorbedDf?: number;
}

const KNOWN = ["intercept", "weights", "covariance", "clusters", "level", "absorbedDf"];

/**
 * A fitted linear model: coefficient table, covariance, residuals and fit statistics.
 *
 * @category Linear models
 */
export interface LinearModelFit {
  /** Column names, including `"(Intercept)"` when fitted. */
  readonly names: readonly string[];
  readonly estimates: Float64Array;
  readonly stdErrors: Float64Array;
  /** One row per coefficient (t statistics with {@link LinearModelFit.inferenceDf} degrees of freedom). */
  readonly coefficients: readonly CoefficientRow[];
  /** Coefficient covariance, p × p row-major. */
  readonly vcov: Float64Array;
  /** y − fitted (unweighted, as R's `residuals`). */
  readonly residuals: Float64Array;
  readonly fitted: Float64Array;
  /** Residual standard error √(Σ w e² / dfResidual). */
  readonly sigma: number;
  readonly rSquared: number;
  readonly adjRSquared: number;
  /** Observations with non-zero weight. */
  readonly n: number;
  /** Number of coefficients. */
  readonly p: number;
  readonly dfResidual: number;
  readonly covariance: CovarianceType;
  /** Number of clusters (cluster-robust covariance only). */
  readonly clusterCount: number | undefined;
  /** Degrees of freedom of the t tests and intervals: dfResidual, or G − 1 with clusters (as Stata). */
  readonly inferenceDf: number;
  readonly level: number;
  /** The row of one coefficient; throws `INVALID_ARGUMENT` for an unknown name. */
  coefficient(name: string): CoefficientRow;
  /** A plain-text coefficient table. */
  toString(): string;
}

const FN = "fitLinearModel";

/**
 * Ordinary or weighted least squares with a named coefficient table, classical,
 * heteroskedasticity-robust (HC0–HC3) or cluster-robust (CR0/CR1) standard errors, t tests and
 * confidence intervals — the numbers of R's `lm` + `sandwich`. Solved by Householder QR; a
 * rank-deficient design is an error that names the collinear columns rather than a silent NA.
 *
 * @param y - the response, one finite value per observation (not mutated)
 * @param design - named regressor columns (see {@link LinearDesign}); an intercept is added unless `intercept: false`
 * @param options - weights, covariance type, clusters, confidence level
 * @returns the fit, with `coefficients`, `vcov`, `residuals`, `fitted`, `sigma`, `rSquared`…
 * @throws {@link DpmError} `SINGULAR` when columns are collinear (message and `details.collinear` name them);
 *   `TOO_SHORT` with no residual degrees of freedom; `LENGTH_MISMATCH`, `NON_FINITE`, `INVALID_ARGUMENT` for bad input
 *
 * @example
 * ```ts
 * import { fitLinearModel } from "@dpm/core";
 *
 * const fit = fitLinearModel([3.1, 4.9, 7.2, 8.8, 11.1], { price: [1, 2, 3, 4, 5] });
 * Math.round(fit.coefficient("price").estimate * 100) / 100; // => 1.99
 * fit.names; // => ["(Intercept)", "price"]
 * const robust = fitLinearModel([3.1, 4.9, 7.2, 8.8, 11.1], { price: [1, 2, 3, 4, 5] }, { covariance: "HC1" });
 * robust.covariance; // => "HC1"
 * ```
 *
 * @category Linear models
 */
export function fitLinearModel(y: ArrayLike<number>, design: LinearDesign, options?: LinearModelOptions): LinearModelFit {
  const opts = checkOptions(options, KNOWN, FN, '{ covariance: "HC1" }');
  const yy = toFiniteArray(y, "y", FN);
  const n = yy.length;
  const d = checkDesign(design, n, opts.intercept ?? true, FN);
  const level = readLevel(opts.level, FN);
  const absorbed = opts.absorbedDf ?? 0;
  if (!(Number.isInteger(absorbed) && absorbed >= 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.absorbedDf must be a whole number ≥ 0, got ${describeValue(absorbed)}.`, { path: "options.absorbedDf" });
  }
  const w = opts.weights === undefined ? undefined : readWeights(opts.weights, n, FN);
  const clusters = opts.clusters === undefined ? undefined : readClusters(opts.clusters, n, FN);
  const covariance = opts.covariance ?? (clusters === undefined ? "classical" : "CR1");
  if (!COVARIANCES.includes(covariance)) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.covariance must be one of ${COVARIANCES.join(", ")}, got ${describeValue(covariance)}.`, {
      path: "options.covariance",
    });
  }
  if ((covariance === "CR0" || covariance === "CR1") && clusters === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: covariance "${covariance}" needs options.clusters (one cluster id per observation).`, { path: "options.clusters" });
  }
  return fitChecked(yy, d, { w, clusters, covariance, level, absorbed });
}

/** @internal Reads a confidence level in (0, 1). */
export function readLevel(level: unknown, fn: string): number {
  if (level === undefined) return 0.95;
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.level must be a probability strictly between 0 and 1 such as 0.95, got ${describeValue(level)}.`, {
      path: "options.level",
    });
  }
  return level;
}

/** @internal Reads weights ≥ 0 with at least one positive. */
export function readWeights(weights: unknown, n: number, fn: string): Float64Array {
  const w = toFiniteArray(weights, "options.weights", fn);
  if (w.length !== n) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: options.weights has ${w.length} values but y has ${n}; give one weight per observation.`, { path: "options.weights" });
  }
  let positive = 0;
  for (let i = 0; i < n; i++) {
    if (w[i]! < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: options.weights[${i}] is ${w[i]}; weights must be ≥ 0.`, { path: `options.weights[${i}]` });
    if (w[i]! > 0) positive++;
  }
  if (positive === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: every weight is 0; at least some observations need a positive weight.`, { path: "options.weights" });
  return w;
}

/** @internal Maps cluster ids to 0..G−1. */
export function readClusters(clusters: unknown, n: number, fn: string): { readonly index: Int32Array; readonly count: number } {
  if (!(Array.isArray(clusters) || ArrayBuffer.isView(clusters))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.clusters must be an array of cluster ids, got ${describeValue(clusters)}.`, { path: "options.clusters" });
  }
  const ids = clusters as ArrayLike<unknown>;
  if (ids.length !== n) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: options.clusters has ${ids.length} ids but y has ${n}; give one cluster id per observation.`, { path: "options.clusters" });
  }
  const map = new Map<unknown, number>();
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    if (!(typeof id === "string" || (typeof id === "number" && Number.isFinite(id)))) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.clusters[${i}] is ${describeValue(id)}; cluster ids must be strings or finite numbers.`, { path: `options.clusters[${i}]` });
    }
    let g = map.get(id);
    if (g === undefined) {
      g = map.size;
      map.set(id, g);
    }
    index[i] = g;
  }
  if (map.size < 2) {
    throw new DpmError("TOO_SHORT", `${fn}: cluster-robust standard errors need at least 2 clusters, got ${map.size}.`, { path: "options.clusters" });
  }
  return { index, count: map.size };
}

/** @internal The collinearity error naming the columns. */
export function singularError(names: readonly string[], dropped: readonly number[], dependencies: readonly Float64Array[], fn: string): DpmError {
  const parts = dropped.map((j, k) => {
    const dep = dependencies[k]!;
    let scale = 0;
    for (let i = 0; i < dep.length; i++) scale = Math.max(scale, Math.abs(dep[i]!));
    const partners = names.filter((_, i) => i !== j && Math.abs(dep[i]!) > 1e-8 * Math.max(1, scale));
    return partners.length === 0 ? `"${names[j]}" is all zeros` : `"${names[j]}" is a linear combination of ${partners.map((s) => `"${s}"`).join(", ")}`;
  });
  const collinear = [...new Set(dropped.flatMap((j, k) => [names[j]!, ...names.filter((_, i) => i !== j && Math.abs(dependencies[k]![i]!) > 1e-8)]))];
  return new DpmError("SINGULAR", `${fn}: the design is rank deficient: ${parts.join("; ")}. Drop one of the collinear columns (or the intercept).`, {
    path: "design",
    details: { collinear, dropped: dropped.map((j) => names[j]!) },
  });
}

interface FitSettings {
  readonly w: Float64Array | undefined;
  readonly clusters: { readonly index: Int32Array; readonly count: number } | undefined;
  readonly covariance: CovarianceType;
  readonly level: number;
  readonly absorbed: number;
}

function fitChecked(y: Float64Array, d: CheckedDesign, s: FitSettings): LinearModelFit {
  const { names, columns, n } = d;
  const p = columns.length;
  const w = s.w;
  const sw = w === undefined ? undefined : w.map(Math.sqrt);
  const xs = sw === undefined ? columns : columns.map((c) => c.map((v, i) => v * sw[i]!));
  const ys = sw === undefined ? y : y.map((v, i) => v * sw[i]!);
  let nEff = n;
  if (w !== undefined) {
    nEff = 0;
    for (let i = 0; i < n; i++) if (w[i]! > 0) nEff++;
  }
  const dfResidual = nEff - p - s.absorbed;
  if (dfResidual <= 0) {
    throw new DpmError("TOO_SHORT", `${FN}: ${nEff} observations cannot estimate ${p + s.absorbed} parameters; at least ${p + s.absorbed + 1} are needed.`, {
      path: "y",
      details: { n: nEff, parameters: p + s.absorbed },
    });
  }
  const qr = qrLeastSquares(xs, ys);
  if (qr.rank < p) throw singularError(names, Array.from(qr.pivot.subarray(qr.rank)), qr.dependencies, FN);
  const beta = qr.coef;
  const fitted = new Float64Array(n);
  for (let j = 0; j < p; j++) {
    const c = columns[j]!;
    const b = beta[j]!;
    for (let i = 0; i < n; i++) fitted[i] = fitted[i]! + b * c[i]!;
  }
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) residuals[i] = y[i]! - fitted[i]!;
  const rss = qr.rss; // Σ w e²
  const sigma2 = rss / dfResidual;
  const bread = qr.xtxInverse;
  // Weighted residuals ũ = √w e, the scores' building block.
  const u = sw === undefined ? residuals : residuals.map((e, i) => e * sw[i]!);
  const k = p + s.absorbed;
  let vcov: Float64Array;
  let inferenceDf = dfResidual;
  if (s.covariance === "classical") {
    vcov = bread.map((v) => v * sigma2);
  } else if (s.covariance === "CR0" || s.covariance === "CR1") {
    const { index, count } = s.clusters!;
    const scores = new Float64Array(count * p);
    for (let j = 0; j < p; j++) {
      const c = xs[j]!;
      for (let i = 0; i < n; i++) scores[index[i]! * p + j] = scores[index[i]! * p + j]! + c[i]! * u[i]!;
    }
    const meat = new Float64Array(p * p);
    for (let g = 0; g < count; g++) {
      for (let a = 0; a < p; a++) {
        const sa = scores[g * p + a]!;
        if (sa === 0) continue;
        for (let b = 0; b < p; b++) meat[a * p + b] = meat[a * p + b]! + sa * scores[g * p + b]!;
      }
    }
    const factor = s.covariance === "CR1" ? (count / (count - 1)) * ((nEff - 1) / (nEff - k)) : 1;
    vcov = sandwich(bread, meat, p, factor);
    inferenceDf = count - 1;
  } else {
    const omega = new Float64Array(n);
    if (s.covariance === "HC2" || s.covariance === "HC3") {
      for (let i = 0; i < n; i++) {
        let h = 0;
        for (let a = 0; a < p; a++) {
          const xa = xs[a]![i]!;
          if (xa === 0) continue;
          let t = 0;
          for (let b = 0; b < p; b++) t += bread[a * p + b]! * xs[b]![i]!;
          h += xa * t;
        }
        const e2 = u[i]! * u[i]!;
        omega[i] = h >= 1 - 1e-12 ? 0 : s.covariance === "HC2" ? e2 / (1 - h) : e2 / ((1 - h) * (1 - h));
      }
    } else {
      for (let i = 0; i < n; i++) omega[i] = u[i]! * u[i]!;
    }
    const meat = new Float64Array(p * p);
    for (let a = 0; a < p; a++) {
      const ca = xs[a]!;
      for (let b = a; b < p; b++) {
        const cb = xs[b]!;
        let t = 0;
        for (let i = 0; i < n; i++) t += ca[i]! * omega[i]! * cb[i]!;
        meat[a * p + b] = t;
        meat[b * p + a] = t;
      }
    }
    vcov = sandwich(bread, meat, p, s.covariance === "HC1" ? nEff / (nEff - k) : 1);
  }
  const stdErrors = new Float64Array(p);
  for (let j = 0; j < p; j++) stdErrors[j] = Math.sqrt(Math.max(vcov[j * p + j]!, 0));
  const coefficients = coefficientRows(names, beta, stdErrors, inferenceDf, s.level);
  // R²: weighted, centred when there is an intercept column (constant non-zero column).
  const hasIntercept = columns.some((c) => c.every((v) => v === c[0]) && c[0] !== 0) || s.absorbed > 0;
  let mss = 0;
  if (hasIntercept) {
    let sw0 = 0;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const wi = w === undefined ? 1 : w[i]!;
      sw0 += wi;
      m += wi * fitted[i]!;
    }
    m /= sw0;
    for (let i = 0; i < n; i++) mss += (w === undefined ? 1 : w[i]!) * (fitted[i]! - m) ** 2;
  } else {
    for (let i = 0; i < n; i++) mss += (w === undefined ? 1 : w[i]!) * fitted[i]! ** 2;
  }
  const rSquared = mss + rss > 0 ? mss / (mss + rss) : 0;
  const dfInt = hasIntercept ? 1 : 0;
  const adjRSquared = 1 - ((1 - rSquared) * (nEff - dfInt)) / dfResidual;
  const label = s.clusters === undefined || (s.covariance !== "CR0" && s.covariance !== "CR1") ? undefined : s.clusters.count;
  return {
    names,
    estimates: beta,
    stdErrors,
    coefficients,
    vcov,
    residuals,
    fitted,
    sigma: Math.sqrt(sigma2),
    rSquared,
    adjRSquared,
    n: nEff,
    p,
    dfResidual,
    covariance: s.covariance,
    clusterCount: label,
    inferenceDf,
    level: s.level,
    coefficient: (name: string) => findRow(coefficients, name, "LinearModelFit.coefficient"),
    toString: () =>
      `Linear model (${w === undefined ? "OLS" : "WLS"}, n = ${nEff}, ${s.covariance} standard errors${label === undefined ? "" : `, ${label} clusters`})\n` +
      `${formatRows(coefficients, "t", s.level)}\n` +
      `σ = ${Math.sqrt(sigma2).toPrecision(4)} on ${dfResidual} df, R² = ${rSquared.toFixed(4)}, adj. R² = ${adjRSquared.toFixed(4)}`,
  };
}

/** @internal bread · meat · bread × factor (all p × p row-major). */
export function sandwich(bread: Float64Array, meat: Float64Array, p: number, factor: number): Float64Array {
  const tmp = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = 0; b < p; b++) {
      let t = 0;
      for (let c = 0; c < p; c++) t += bread[a * p + c]! * meat[c * p + b]!;
      tmp[a * p + b] = t;
    }
  }
  const out = new Float64Array(p * p);
  for (let a = 0; a < p; a++) {
    for (let b = a; b < p; b++) {
      let t = 0;
      for (let c = 0; c < p; c++) t += tmp[a * p + c]! * bread[c * p + b]!;
      out[a * p + b] = t * factor;
      out[b * p + a] = t * factor;
    }
  }
  return out;
}
