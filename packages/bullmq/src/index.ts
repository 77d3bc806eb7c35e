/**
 * Runs `@dpm` forecast batches as BullMQ jobs on Redis: a producer ({@link forecastOnQueue})
 * splits the input into chunks, workers ({@link startWorker}) on any number of machines pull
 * them and store each chunk's result exactly once; results equal a single-process run of
 * {@link forecastChunk} for the same seed.
 *
 * @packageDocumentation
 */

export { CHUNK_METHODS, forecastChunk } from "./forecast/forecastChunk.js";
export type { ChunkMethod, ChunkSeries, ForecastChunk, ForecastChunkOptions, ForecastChunkResult, SeriesOutcome } from "./forecast/forecastChunk.js";
export { startWorker } from "./queue/startWorker.js";
export type { DpmWorker, StartWorkerOptions } from "./queue/startWorker.js";
export { forecastOnQueue } from "./queue/forecastOnQueue.js";
export type { ForecastOnQueueOptions, QueueProgress } from "./queue/forecastOnQueue.js";
export type { RedisUrl } from "./queue/connection.js";
