/**
 * Forecasting for business time series: baselines, exponential smoothing / ETS with automatic
 * model selection, prediction intervals (analytic or simulated), accuracy measures, rolling-origin
 * backtesting and batch runs. Start with {@link autoForecast}.
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
