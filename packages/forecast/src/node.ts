/**
 * The Node-only entry of `@dpm/forecast`: batch forecasting on worker threads. Everything else
 * lives in the main entry, which stays free of Node built-ins so browsers can bundle it.
 *
 * @packageDocumentation
 */

export { forecastBatchParallel } from "./batch/forecastBatchParallel.js";
export type { ParallelBatchOptions } from "./batch/forecastBatchParallel.js";
export type { BatchForecast, BatchItemResult, BatchMethod, BatchOptions, BatchProgress, BatchResult } from "./batch/batchTask.js";
