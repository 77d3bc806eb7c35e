import type { Forecast } from "../intervals/Forecast.js";

/**
 * The fitted Theta model behind a {@link ThetaForecast}.
 *
 * @category Theta
 */
export interface ThetaModel {
  /** Smoothing parameter of the simple exponential smoothing (the θ = 2 line). */
  readonly alpha: number;
  /** Final smoothed level of the (seasonally adjusted) series. */
  readonly level: number;
  /** Drift per period: half the slope of a least-squares line through the adjusted series (the θ = 0 line). */
  readonly drift: number;
  /** Residual variance of the SES fit on the adjusted series (Σe²/(n − 2)). */
  readonly sigma2: number;
  /** Whether the 90 % seasonality test passed and the series was seasonally adjusted. */
  readonly seasonal: boolean;
  /** Seasonal period tested. */
  readonly period: number;
  /**
   * Multiplicative seasonal indices of the next `period` forecasts (index 0 = first forecast), or
   * `null` when no seasonal adjustment was made.
   */
  readonly seasonalIndices: Float64Array | null;
}

/**
 * What {@link thetaForecast} returns: a {@link Forecast} plus the fitted model.
 *
 * @category Theta
 */
export interface ThetaForecast extends Forecast {
  readonly model: ThetaModel;
}
