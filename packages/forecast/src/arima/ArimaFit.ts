import type { Period } from "@dpm/core";

/**
 * The orders of a seasonal ARIMA(p,d,q)(P,D,Q)[period].
 *
 * @category ARIMA
 */
export interface ArimaOrder {
  readonly p: number;
  readonly d: number;
  readonly q: number;
  readonly P: number;
  readonly D: number;
  readonly Q: number;
  /** Seasonal period m (1 for a non-seasonal model). */
  readonly period: number;
}

/**
 * A fitted ARIMA model, as returned by {@link fitArima} and {@link autoArima}; pass it to
 * {@link forecastArima}.
 *
 * Estimates, σ², log-likelihood and information criteria follow R's `forecast::Arima`
 * (`stats::arima` underneath): `sigma2` is the unbiased Σ e² / (n − d − D·m − k) that
 * `forecast` reports and uses for intervals, and `aicc`/`bic` use n − d − D·m observations.
 *
 * @category ARIMA
 */
export interface ArimaFit {
  /** The model in R's notation, e.g. `"ARIMA(0,1,1)(0,1,1)[12]"`, `"ARIMA(2,0,0) with non-zero mean"`, `"ARIMA(0,1,1) with drift"`. */
  readonly name: string;
  readonly order: ArimaOrder;
  /** Coefficients with R's names: `ar1…`, `ma1…`, `sar1…`, `sma1…`, `intercept`, `drift`. */
  readonly coefficients: Readonly<Record<string, number>>;
  /** Innovation variance (unbiased, as `forecast::Arima`). */
  readonly sigma2: number;
  /** Gaussian log-likelihood of the differenced data (NaN for `method: "CSS"`, which has none; R reports a pseudo value there). */
  readonly logLik: number;
  /** AIC, AICc and BIC (NaN for `method: "CSS"`, as R's `NA`). */
  readonly aic: number;
  readonly aicc: number;
  readonly bic: number;
  /**
   * Innovations on the (Box–Cox transformed) scale: the standardised one-step errors of the
   * Kalman filter, as R's `residuals()`; the first d + D·m are near 0 (diffuse start).
   */
  readonly residuals: Float64Array;
  /** One-step in-sample fitted values on the original scale (back-transformed when `lambda` is set). */
  readonly fitted: Float64Array;
  /** Number of observations in the series. */
  readonly n: number;
  /** Observations used by the likelihood, n − d − D·m. */
  readonly nUsed: number;
  /** Box–Cox parameter, or null. */
  readonly lambda: number | null;
  /** Estimation method used for the final fit. */
  readonly method: "CSS-ML" | "ML" | "CSS";
  /** The period of the first forecast when the input was a TimeSeries, else `null`. */
  readonly next: Period | null;
  /** @internal State needed by {@link forecastArima}. */
  readonly state: ArimaForecastState;
}

/**
 * @internal What {@link forecastArima} needs: the filtered state of the full state-space model
 * (ARMA block + differencing states), and the regression part.
 *
 * @category ARIMA
 */
export interface ArimaForecastState {
  readonly phi: Float64Array;
  readonly theta: Float64Array;
  readonly delta: Float64Array;
  readonly r: number;
  readonly rd: number;
  readonly a: Float64Array;
  readonly P: Float64Array;
  /** The original series (for residuals on its scale). */
  readonly data: Float64Array;
  /** Regressor names (`intercept`, `drift`) with their coefficients. */
  readonly regressors: readonly { readonly name: string; readonly coef: number }[];
}
