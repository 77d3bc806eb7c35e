import { checkOptions, DpmError, studentTQuantile } from "@dpm/core";
import { Matrix, QrDecomposition, inverse } from "ml-matrix";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesInput } from "../internal/input.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { deterministicColumns, readSeason } from "./designMatrix.js";
import { readRegressors } from "./readRegressors.js";
import type { RegressionForecast, Regressors } from "./RegressionModel.js";

/**
 * Options for {@link regressionForecast}.
 *
 * @category Regression
 */
export interface RegressionOptions {
  /** How many periods ahead (an integer ≥ 1). */
  readonly horizon: number;
  /** Include a linear trend t = 1, 2, … (default true). */
  readonly trend?: boolean;
  /**
   * Seasonal terms: `"dummies"` (default when the period is > 1: one dummy per season but the
   * first), `{ fourier: K }` (K sine/cosine pairs, 1 ≤ K ≤ m/2) or `"none"`.
   */
  readonly season?: "dummies" | "none" | { readonly fourier: number };
  /** External regressors over the data (`fit`) and the horizon (`future`). */
  readonly regressors?: Regressors;
  /** Seasonal period; default from the TimeSeries frequency (12 for months), 1 for plain arrays. */
  readonly period?: number;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
}

const FN = "regressionForecast";

/**
 * Forecasts with a linear regression on trend, season and your own drivers, as R's
 * `forecast::tslm` + `forecast`: y_t = β₀ + β₁t + seasonal terms + Σ γⱼ x_{j,t} + ε_t, fitted by
 * least squares (QR decomposition, ml-matrix). Prediction intervals use Student's t with n − k
 * degrees of freedom and include the uncertainty of the coefficients:
 * ŷ ± t·σ̂·√(1 + x₀'(X'X)⁻¹x₀).
 *
 * Seasons are numbered from the first value (season 1 = the first period's position in the
 * cycle). The future values of external regressors are yours to supply (e.g. planned prices).
 *
 * @param series - a TimeSeries or an array of numbers (more values than coefficients)
 * @param options - `horizon` (required), `trend`, `season`, `regressors`, `period`, `levels`
 * @returns point forecasts, t-intervals and the fitted model (coefficients, standard errors, R²)
 * @throws {@link @dpm/core!DpmError} `SINGULAR` when a column is a linear combination of others (naming it),
 *   `LENGTH_MISMATCH` when regressors do not have one value per period (n for `fit`, horizon for
 *   `future`), `NON_FINITE` for NaN/±Infinity in the data or a regressor, `TOO_SHORT` when there
 *   are not more values than coefficients, `INVALID_ARGUMENT` for bad options
 *
 * @example
 * ```ts
 * import { regressionForecast } from "@dpm/forecast";
 *
 * // sales respond to price: 100 − 4·price, plus a trend of +1 per period
 * const price = [10, 12, 11, 9, 10, 13, 12, 10];
 * const sales = price.map((p, t) => 100 - 4 * p + (t + 1));
 * const f = regressionForecast(sales, { horizon: 2, regressors: { fit: { price }, future: { price: [11, 8] } } });
 * Array.from(f.point).map((v) => Math.round(v * 1e6) / 1e6); // => [65, 78]
 * f.model.columns; // => ["(Intercept)", "trend", "price"]
 * ```
 *
 * @category Regression
 */
export function regressionForecast(series: SeriesInput, options: RegressionOptions): RegressionForecast {
  checkOptions(options, ["horizon", "levels", "period", "regressors", "season", "trend"], "regressionForecast");
  const opts = readOptions(options, FN);
  const horizon = readHorizon(opts.horizon, FN);
  const levels = readLevels(opts.levels, FN);
  const data = readSeries(series, FN, opts.period);
  const y = data.values;
  const n = y.length;
  const trend = opts.trend ?? true;
  if (typeof trend !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${FN}: options.trend must be true or false.`, { path: "options.trend" });
  const spec = { trend, season: readSeason(opts.season, data.period, FN), period: data.period };
  const past = deterministicColumns(spec, 1, n);
  const ahead = deterministicColumns(spec, n + 1, n + horizon);
  const xreg = readRegressors(opts.regressors, n, horizon, FN);
  const names = [...past.names, ...(xreg?.names ?? [])];
  const fitCols = [...past.columns, ...(xreg?.fit ?? [])];
  const futureCols = [...ahead.columns, ...(xreg?.future ?? [])];
  const k = names.length;
  if (n <= k) {
    throw new DpmError("TOO_SHORT", `${FN}: ${k} coefficients (${names.join(", ")}) need more than ${k} values, got ${n}; drop terms (e.g. season: "none" or fewer Fourier terms) or use more data.`, {
      path: "series",
      details: { length: n, coefficients: k },
    });
  }
  checkRank(fitCols, names);

  const X = new Matrix(n, k);
  for (let j = 0; j < k; j++) {
    const col = fitCols[j] as Float64Array;
    for (let i = 0; i < n; i++) X.set(i, j, col[i] as number);
  }
  const Y = Matrix.columnVector(Array.from(y));
  const beta = new QrDecomposition(X).solve(Y).getColumn(0);
  const V = inverse(X.transpose().mmul(X)); // (X'X)⁻¹, well conditioned after checkRank

  const fitted = new Float64Array(n);
  const residuals = new Float64Array(n);
  let rss = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i] as number;
  mean /= n;
  let tss = 0;
  for (let i = 0; i < n; i++) {
    let f = 0;
    for (let j = 0; j < k; j++) f += (beta[j] as number) * ((fitCols[j] as Float64Array)[i] as number);
    fitted[i] = f;
    residuals[i] = (y[i] as number) - f;
    rss += (residuals[i] as number) ** 2;
    tss += ((y[i] as number) - mean) ** 2;
  }
  const df = n - k;
  const sigma2 = rss / df;
  const point = new Float64Array(horizon);
  const se = new Float64Array(horizon);
  const x0 = new Float64Array(k);
  for (let h = 0; h < horizon; h++) {
    for (let j = 0; j < k; j++) x0[j] = (futureCols[j] as Float64Array)[h] as number;
    let f = 0;
    for (let j = 0; j < k; j++) f += (beta[j] as number) * (x0[j] as number);
    let q = 0;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) q += (x0[a] as number) * V.get(a, b) * (x0[b] as number);
    point[h] = f;
    se[h] = Math.sqrt(sigma2 * (1 + Math.max(0, q)));
  }
  if (!point.every(Number.isFinite) || !se.every(Number.isFinite)) {
    throw new DpmError("NON_FINITE", `${FN}: the forecasts or their standard errors overflow (values near the limit of double precision); rescale the data.`, { path: "series" });
  }
  const standardErrors = Float64Array.from({ length: k }, (_, j) => Math.sqrt(sigma2 * Math.max(0, V.get(j, j))));
  const rSquared = tss > 0 ? 1 - rss / tss : 1;
  return {
    method: `Linear regression (${names.slice(1).join(" + ") || "intercept only"})`,
    point,
    intervals: normalIntervals(point, se, levels, (p) => studentTQuantile(p, df)),
    intervalMethod: "analytic",
    start: data.next,
    fitted,
    residuals,
    model: {
      columns: names,
      coefficients: Float64Array.from(beta),
      standardErrors,
      sigma2,
      df,
      rSquared,
      adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / df,
    },
  };
}

/**
 * Modified Gram–Schmidt over the columns in order: a column whose part orthogonal to the earlier
 * ones is below 1e-9 of its norm is (numerically) a linear combination of them → SINGULAR, naming it.
 */
function checkRank(columns: readonly Float64Array[], names: readonly string[]): void {
  const basis: Float64Array[] = [];
  const kept: string[] = [];
  columns.forEach((col, j) => {
    const v = Float64Array.from(col);
    let norm0 = 0;
    for (const x of v) norm0 += x * x;
    norm0 = Math.sqrt(norm0);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) {
        let d = 0;
        for (let i = 0; i < v.length; i++) d += (q[i] as number) * (v[i] as number);
        for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) - d * (q[i] as number);
      }
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    const name = names[j] as string;
    if (!(norm > 1e-9 * norm0) || norm0 === 0) {
      throw new DpmError(
        "SINGULAR",
        `${FN}: the regression matrix is singular: "${name}" is ${norm0 === 0 ? "all zeros" : `a linear combination of ${kept.join(", ")}`} (e.g. a constant, a duplicated regressor or one that repeats the seasonal pattern); remove it or the terms it duplicates.`,
        { path: j < deterministicCount(names) ? "options.season" : "options.regressors", details: { column: name, collinearWith: [...kept] } },
      );
    }
    for (let i = 0; i < v.length; i++) v[i] = (v[i] as number) / norm;
    basis.push(v);
    kept.push(name);
  });
}

function deterministicCount(names: readonly string[]): number {
  let k = 0;
  while (k < names.length && /^(\(Intercept\)|trend|season\d+|[SC]\d+-\d+)$/.test(names[k] as string)) k++;
  return k;
}
