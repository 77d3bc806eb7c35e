/**
 * Forecasting for business time series: baselines, exponential smoothing / ETS with automatic
 * model selection, ARIMA/SARIMA with automatic order search, Theta, regression forecasting,
 * decomposition (classical and STL), anomaly detection, prediction intervals (analytic or
 * simulated), accuracy measures, rolling-origin backtesting and batch runs. Start with
 * {@link autoForecast}.
 *
 * @packageDocumentation
 */

export type { SeriesInput } from "./internal/input.js";
export type { Forecast, PredictionInterval, SamplePaths } from "./intervals/Forecast.js";

export type { BaselineOptions } from "./baselines/BaselineOptions.js";
export { meanForecast } from "./baselines/meanForecast.js";
export { naiveForecast } from "./baselines/naiveForecast.js";
export { seasonalNaiveForecast } from "./baselines/seasonalNaiveForecast.js";
export { driftForecast } from "./baselines/driftForecast.js";

export { me } from "./metrics/me.js";
export { mae } from "./metrics/mae.js";
export { rmse } from "./metrics/rmse.js";
export { mape } from "./metrics/mape.js";
export { smape } from "./metrics/smape.js";
export { mase } from "./metrics/mase.js";
export type { MaseOptions } from "./metrics/mase.js";
export { intervalCoverage } from "./metrics/intervalCoverage.js";
export { winklerScore } from "./metrics/winklerScore.js";
export { msis } from "./metrics/msis.js";
export type { MsisOptions } from "./metrics/msis.js";
export { pinballLoss } from "./metrics/pinballLoss.js";
export type { PinballOptions } from "./metrics/pinballLoss.js";
export { crpsFromPaths } from "./metrics/crpsFromPaths.js";
export { conformalForecast } from "./intervals/conformalForecast.js";
export type { ConformalOptions } from "./intervals/conformalForecast.js";
export { accuracy } from "./metrics/accuracy.js";
export type { AccuracyOptions, AccuracyReport, IntervalAccuracy } from "./metrics/accuracy.js";

export { autoForecast } from "./autoForecast.js";
export type { AutoForecast, AutoForecastOptions } from "./autoForecast.js";

export { fitEts } from "./ets/fitEts.js";
export type { EtsOptions } from "./ets/fitEts.js";
export type { EtsCandidate, EtsFit, EtsInitialStates, EtsParameters } from "./ets/EtsFit.js";
export { etsModelName } from "./ets/EtsSpec.js";
export type { EtsModelString, EtsSpec } from "./ets/EtsSpec.js";
export { forecastEts } from "./ets/forecastEts.js";
export type { EtsForecast, EtsForecastOptions } from "./ets/forecastEts.js";
export { simulateEts } from "./ets/simulateEts.js";
export type { SimulateEtsOptions } from "./ets/simulateEts.js";
export { ses } from "./ets/ses.js";
export type { SesOptions } from "./ets/ses.js";
export { holt } from "./ets/holt.js";
export type { HoltOptions } from "./ets/holt.js";
export { holtWinters } from "./ets/holtWinters.js";
export type { HoltWintersOptions } from "./ets/holtWinters.js";

export { backtest } from "./backtest/backtest.js";
export type { BacktestMethod, BacktestOptions, BacktestOrigin, BacktestResult } from "./backtest/backtest.js";

export { forecastBatch } from "./batch/forecastBatch.js";
export type { BatchForecast, BatchItemResult, BatchMethod, BatchOptions, BatchProgress, BatchResult } from "./batch/batchTask.js";

// --- ARIMA and unit-root tests (part 2) ---
export { fitArima } from "./arima/fitArima.js";
export type { ArimaOptions } from "./arima/fitArima.js";
export type { ArimaFit, ArimaForecastState, ArimaOrder } from "./arima/ArimaFit.js";
export { forecastArima } from "./arima/forecastArima.js";
export type { ArimaForecastOptions } from "./arima/forecastArima.js";
export { autoArima } from "./arima/autoArima.js";
export type { AutoArimaOptions } from "./arima/autoArima.js";
export { fourierTerms } from "./arima/fourierTerms.js";
export type { FourierTermsOptions } from "./arima/fourierTerms.js";
export { kpssTest } from "./unitroot/kpssTest.js";
export type { KpssOptions, KpssResult } from "./unitroot/kpssTest.js";
export { ndiffs } from "./unitroot/ndiffs.js";
export type { NdiffsOptions } from "./unitroot/ndiffs.js";
export { nsdiffs } from "./unitroot/nsdiffs.js";
export type { NsdiffsOptions } from "./unitroot/nsdiffs.js";

// --- Theta, regression, decomposition and anomalies (part 2) ---
export { thetaForecast } from "./theta/thetaForecast.js";
export type { ThetaOptions } from "./theta/thetaForecast.js";
export type { ThetaForecast, ThetaModel } from "./theta/ThetaModel.js";

export { classicalDecomposition } from "./decompose/classicalDecomposition.js";
export type { ClassicalDecompositionOptions } from "./decompose/classicalDecomposition.js";
export { stlDecomposition } from "./decompose/stlDecomposition.js";
export type { StlOptions } from "./decompose/stlDecomposition.js";
export type { Decomposition } from "./decompose/Decomposition.js";
export { mstlDecomposition } from "./mstl/mstlDecomposition.js";
export type { MstlDecomposition, MstlOptions } from "./mstl/mstlDecomposition.js";
export { crostonForecast } from "./intermittent/crostonForecast.js";
export type { CrostonOptions } from "./intermittent/crostonForecast.js";
export { adidaForecast, imapaForecast } from "./intermittent/adidaForecast.js";
export type { AdidaOptions, ImapaOptions } from "./intermittent/adidaForecast.js";
export { classifyDemand } from "./intermittent/classifyDemand.js";
export type { ClassifyDemandOptions, DemandClass } from "./intermittent/classifyDemand.js";
export { seasonalStrength } from "./decompose/seasonalStrength.js";
export { trendStrength } from "./decompose/trendStrength.js";

export { detectAnomalies } from "./anomaly/detectAnomalies.js";
export type { AnomalyOptions } from "./anomaly/detectAnomalies.js";
export type { Anomaly, AnomalyResult } from "./anomaly/Anomaly.js";

export { regressionForecast } from "./regression/regressionForecast.js";
export type { RegressionOptions } from "./regression/regressionForecast.js";
export type { RegressionForecast, RegressionModel, Regressors } from "./regression/RegressionModel.js";

export type { AutoForecastFamily, FamilyScore } from "./autoForecast.js";
