/**
 * Forecasting for business time series: baselines, exponential smoothing / ETS, ARIMA, Theta, regression, decomposition, intervals, backtesting and batch runs.
 *
 * @packageDocumentation
 */

export {};
