import { checkOptions, DpmError, fitLogisticRegression, isDpmError } from "@dpm/core";
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
  /**
   * L2 penalty on the standardised coefficients (not the intercept): the fit maximises the mean
   * log-likelihood minus (l2 / 2) · Σ βⱼ² (glmnet's `alpha = 0` convention). Default 1e-3; 0 gives
   * plain maximum likelihood (R `glm` on the z-scored features). At most 1e6.
   */
  readonly l2?: number;
  /** IRLS iterations, 1 to 1000. Default 100. */
  readonly maxIterations?: number;
  /** Stop when the relative change of the penalised deviance is below this, in (0, 1). Default 1e-12. */
  readonly tolerance?: number;
}

const KNOWN = ["dimensions", "l2", "maxIterations", "tolerance"];

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
  /** IRLS iterations used. */
  readonly iterations: number;
}

const FN = "logisticRegression";

/**
 * L2-regularised logistic regression (churn propensity) on z-scored features, fitted by
 * `@dpm/core`'s {@link @dpm/core!fitLogisticRegression} (penalised IRLS, as R's `glm` when `l2` is 0).
 *
 * @param features - rows of features, or row-major data with `options.dimensions` (not mutated)
 * @param labels - 1 = churned, 0 = stayed
 * @param options - penalty and convergence
 * @returns the model; score new rows with {@link predictProbability}
 * @throws {@link @dpm/core!DpmError} `LENGTH_MISMATCH`; `INVALID_ARGUMENT` for labels other than 0/1,
 *   only one class or a bad option; `NO_SOLUTION` for perfectly separable classes with `l2: 0`;
 *   `NOT_CONVERGED`; `SINGULAR` for a constant or collinear feature with `l2: 0`
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
export function logisticRegression(features: Points, labels: ArrayLike<number>, options?: LogisticRegressionOptions): LogisticModel {
  const opts = checkOptions(options, KNOWN, FN, "{ l2: 0.001 }");
  const { data, n, d } = toMatrix(features, opts.dimensions, FN);
  checkScoresLabels(new Float64Array(n), labels, FN);
  let ones = 0;
  for (let i = 0; i < n; i++) ones += labels[i]!;
  if (ones === 0 || ones === n) throw new DpmError("INVALID_ARGUMENT", `${FN}: labels must contain both classes (0 and 1); add customers of the missing class.`, { path: "labels" });
  const center = new Float64Array(d);
  const scale = new Float64Array(d);
  const columns: { name: string; values: Float64Array }[] = [];
  for (let j = 0; j < d; j++) {
    let s = 0;
    for (let i = 0; i < n; i++) s += data[i * d + j]!;
    const c = s / n;
    let v = 0;
    for (let i = 0; i < n; i++) v += (data[i * d + j]! - c) ** 2;
    const sd = v > 0 ? Math.sqrt(v / n) : 1;
    center[j] = c;
    scale[j] = sd;
    const z = new Float64Array(n);
    for (let i = 0; i < n; i++) z[i] = (data[i * d + j]! - c) / sd;
    if (!z.every(Number.isFinite)) throw new DpmError("NON_FINITE", `${FN}: feature ${j} overflows when standardised (values near ±1e308); rescale it.`, { path: `features[*][${j}]` });
    columns.push({ name: `x${j + 1}`, values: z });
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[i] = labels[i]!;
  try {
    const fit = fitLogisticRegression(y, columns, {
      l2: opts.l2 ?? 1e-3,
      maxIterations: opts.maxIterations ?? 100,
      tolerance: opts.tolerance ?? 1e-12,
    });
    return { intercept: fit.estimates[0]!, coefficients: fit.estimates.slice(1), center, scale, iterations: fit.iterations };
  } catch (error) {
    if (!isDpmError(error)) throw error;
    // Name this function and its argument paths, not core's.
    const hint = error.code === "NO_SOLUTION" || error.code === "NOT_CONVERGED" || error.code === "SINGULAR" ? " With this function, pass options.l2 > 0 (default 0.001)." : "";
    const path = error.path === "y" ? "labels" : error.path === "design" ? "features" : error.path;
    throw new DpmError(error.code, `${error.message.replaceAll("fitLogisticRegression", FN)}${hint}`, { ...(path === undefined ? {} : { path }), ...(error.details === undefined ? {} : { details: error.details }), cause: error });
  }
}
