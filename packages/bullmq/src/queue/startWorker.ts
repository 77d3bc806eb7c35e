import { DpmError, checkOptions } from "@dpm/core";
import { Worker, type Job } from "bullmq";
import { forecastChunk, type ForecastChunk, type ForecastChunkOptions } from "../forecast/forecastChunk.js";
import { decodeChunk, encodeResult } from "./codec.js";
import { bullConnection, checkRedisUrl, openRedis, resultKey } from "./connection.js";

/**
 * Options for {@link startWorker}.
 *
 * @category Queue
 */
export interface StartWorkerOptions {
  /** Redis URL, e.g. `"redis://10.0.0.5:6380"`. */
  readonly connection: string;
  /** Queue name (default `"dpm"`); producers and workers must agree. */
  readonly queue?: string;
  /** Chunks processed at once by this worker (default 1: forecasting is CPU-bound, run one worker process per core). */
  readonly concurrency?: number;
  /**
   * How long a chunk stays locked to this worker without a heartbeat (ms, default 30,000). A
   * worker that dies (SIGKILL, lost machine) loses its lock after this long and the chunk is
   * retried by another worker.
   */
  readonly lockDuration?: number;
  /** How often this worker looks for chunks whose worker died (ms, default 15,000). */
  readonly stalledInterval?: number;
  /** Called after each chunk this worker stores (or finds already stored by an earlier attempt). */
  readonly onChunk?: (info: { readonly run: string; readonly chunk: number; readonly series: number; readonly stored: boolean }) => void;
}

/**
 * A running worker: call `close()` to finish the current chunk and stop.
 *
 * @category Queue
 */
export interface DpmWorker {
  /** Finishes the chunk in hand, then disconnects. */
  close(): Promise<void>;
  /** The underlying BullMQ worker, for events (`"completed"`, `"failed"`, …). */
  readonly worker: Worker;
}

/** @internal The data of a forecast job. */
export interface ForecastJobData {
  readonly run: string;
  readonly chunk: ForecastChunk;
  readonly options: ForecastChunkOptions;
}

const KNOWN = ["connection", "queue", "concurrency", "lockDuration", "stalledInterval", "onChunk"];

/**
 * Starts a BullMQ worker that pulls forecast chunks from Redis, forecasts them with
 * {@link forecastChunk} and stores each chunk's result exactly once (`SET … NX`: a retried chunk
 * — after a crash, a timeout or a Redis restart — finds its result already there and leaves it).
 * Start one per core on as many machines as you like; `dpm worker --queue redis://…` runs one.
 *
 * @param options - the Redis URL, queue name, concurrency and lock timing
 * @returns the running worker
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad options
 *
 * @example
 * ```ts
 * import { startWorker } from "@dpm/bullmq";
 *
 * // Needs a Redis server; this only shows the call (see the guide "Forecast a million series").
 * async function serve(url: string) {
 *   const worker = startWorker({ connection: url, concurrency: 1 });
 *   process.once("SIGTERM", () => void worker.close());
 * }
 * typeof serve; // => "function"
 * ```
 *
 * @category Queue
 */
export function startWorker(options: StartWorkerOptions): DpmWorker {
  const fn = "startWorker";
  const o = checkOptions(options, KNOWN, fn, '{ connection: "redis://127.0.0.1:6380" }');
  const url = checkRedisUrl(o.connection, fn);
  const queue = o.queue ?? "dpm";
  const concurrency = o.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: concurrency must be a whole number from 1 to 256.`, { path: "options.concurrency" });
  }
  for (const k of ["lockDuration", "stalledInterval"] as const) {
    const v = o[k];
    if (v !== undefined && !(Number.isInteger(v) && v >= 100 && v <= 3_600_000)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${k} must be a whole number of milliseconds from 100 to 3600000.`, { path: `options.${k}` });
    }
  }
  const redis = openRedis(url);
  const processor = async (job: Job<ForecastJobData>) => {
    if (job.name !== "forecast") throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown job type ${JSON.stringify(job.name)}.`);
    const { run, chunk, options: forecastOptions } = job.data;
    const key = resultKey(queue, run, chunk.id);
    // A retry of a chunk whose result is already stored does no work.
    if ((await redis.exists(key)) === 1) {
      o.onChunk?.({ run, chunk: chunk.id, series: chunk.series.length, stored: false });
      return { stored: false };
    }
    const result = forecastChunk(decodeChunk(chunk), forecastOptions);
    const set = await redis.set(key, encodeResult(result), "EX", 7 * 24 * 3600, "NX");
    o.onChunk?.({ run, chunk: chunk.id, series: chunk.series.length, stored: set === "OK" });
    return { stored: set === "OK" };
  };
  const worker = new Worker<ForecastJobData>(queue, processor, {
    connection: bullConnection(url),
    concurrency,
    lockDuration: o.lockDuration ?? 30_000,
    stalledInterval: o.stalledInterval ?? 15_000,
    maxStalledCount: 100,
    runRetryDelay: 1000, // after a Redis error (e.g. a restart), try again in 1 s rather than BullMQ's 15 s
    autorun: true,
  });
  worker.on("error", () => {}); // connection errors while Redis restarts: BullMQ reconnects
  return {
    worker,
    async close() {
      await worker.close();
      redis.disconnect();
    },
  };
}
