import type { Forecast } from "../intervals/Forecast.js";

/**
 * Regressors for {@link regressionForecast}: values over the fitting period (`fit`) and over the
 * forecast horizon (`future`). Either named columns (`{ price: [...], promo: [...] }`) or a matrix
 * with one row per period (`[[price₁, promo₁], [price₂, promo₂], …]`, named `x1`, `x2`, …).
 *
 * @category Regression
 */
export interface Regressors {
  readonly fit: readonly (readonly number[])[] | Readonly<Record<string, ArrayLike<number>>>;
  readonly future: readonly (readonly number[])[] | Readonly<Record<string, ArrayLike<number>>>;
}

/**
 * The fitted linear model behind a {@link RegressionForecast}.
 *
 * @category Regression
 */
export interface RegressionModel {
  /** Column names in order: `"(Intercept)"`, `"trend"`, `"season2"`…, `"S1-12"`, `"C1-12"`…, then regressors. */
  readonly columns: readonly string[];
  /** Least-squares coefficients, one per column. */
  readonly coefficients: Float64Array;
  /** Their standard errors √(σ²·[(X'X)⁻¹]ⱼⱼ). */
  readonly standardErrors: Float64Array;
  /** Residual variance RSS / (n − k). */
  readonly sigma2: number;
  /** Residual degrees of freedom n − k. */
  readonly df: number;
  readonly rSquared: number;
  readonly adjustedRSquared: number;
}

/**
 * What {@link regressionForecast} returns.
 *
 * @category Regression
 */
export interface RegressionForecast extends Forecast {
  readonly model: RegressionModel;
}
