import { DpmError, checkOptions } from "@dpm/core";
import { Queue } from "bullmq";
import { normalizeChunkOptions, type ForecastChunk, type ForecastChunkOptions, type ForecastChunkResult } from "../forecast/forecastChunk.js";
import { decodeResult, encodeChunk } from "./codec.js";
import { CONSUMED, bullConnection, checkRedisUrl, jobId, openRedis, resultKey } from "./connection.js";
import type { ForecastJobData } from "./startWorker.js";

/**
 * Options for {@link forecastOnQueue}.
 *
 * @category Queue
 */
export interface ForecastOnQueueOptions {
  /** Redis URL, e.g. `"redis://10.0.0.5:6380"`. */
  readonly connection: string;
  /** Queue name (default `"dpm"`). */
  readonly queue?: string;
  /** Run id, unique per run (default: time and a counter); chunk job ids are `<run>-<chunk>`. */
  readonly run?: string;
  /** The forecast every worker applies. */
  readonly forecast: ForecastChunkOptions;
  /** Chunks queued but not yet read back (default 64): bounds the producer's memory. */
  readonly inFlight?: number;
  /** Attempts per chunk before its series are reported failed (default 5). */
  readonly attempts?: number;
  /** First retry delay in ms (default 1000), doubling at each further attempt (BullMQ's exponential backoff). */
  readonly backoff?: number;
  /** How often to look for finished chunks (ms, default 25). */
  readonly pollInterval?: number;
  /** Called each time a chunk's result is read back. */
  readonly onProgress?: (progress: QueueProgress) => void;
  /** When it returns true, no more chunks are queued; the chunks in flight are still read back. */
  readonly stopped?: () => boolean;
}

/**
 * Progress of a queued run.
 *
 * @category Queue
 */
export interface QueueProgress {
  readonly chunksDone: number;
  readonly seriesDone: number;
  readonly failed: number;
  readonly chunksQueued: number;
}

const KNOWN = ["connection", "queue", "run", "forecast", "inFlight", "attempts", "backoff", "pollInterval", "onProgress", "stopped"];
let runs = 0;

interface Pending {
  readonly chunk: ForecastChunk;
  lastCheck: number;
}

/**
 * The producer side: queues each chunk as a BullMQ job (`attempts` with exponential backoff) and
 * yields the chunk results **in input order** as workers ({@link startWorker}, `dpm worker`) store
 * them, replacing each result by a small tombstone once read. Results are those {@link forecastChunk} gives in one
 * process. A chunk whose job was lost (a Redis restart without its last writes) is queued again;
 * a chunk whose attempts are exhausted yields failed outcomes with the last error.
 *
 * @param chunks - the input, split into consecutive chunks numbered 0, 1, 2, …
 * @param options - Redis URL, queue name, forecast options, flow control
 * @returns the chunk results in chunk order
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad options or chunks out of order
 *
 * @example
 * ```ts
 * import { forecastOnQueue } from "@dpm/bullmq";
 *
 * // Needs a Redis server and workers; this only shows the call.
 * async function produce(url: string, chunks: AsyncIterable<import("@dpm/bullmq").ForecastChunk>) {
 *   for await (const result of forecastOnQueue(chunks, { connection: url, forecast: { horizon: 28 } })) {
 *     console.log(result.id, result.outcomes.length);
 *   }
 * }
 * typeof produce; // => "function"
 * ```
 *
 * @category Queue
 */
export async function* forecastOnQueue(
  chunks: Iterable<ForecastChunk> | AsyncIterable<ForecastChunk>,
  options: ForecastOnQueueOptions,
): AsyncGenerator<ForecastChunkResult, void, undefined> {
  const fn = "forecastOnQueue";
  const o = checkOptions(options, KNOWN, fn, '{ connection: "redis://127.0.0.1:6380", forecast: { horizon: 28 } }');
  const url = checkRedisUrl(o.connection, fn);
  const forecast = o.forecast as ForecastChunkOptions;
  normalizeChunkOptions(forecast, fn);
  const name = o.queue ?? "dpm";
  const run = o.run ?? `${Date.now().toString(36)}${(runs++).toString(36)}${process.pid.toString(36)}`;
  const inFlight = o.inFlight ?? 64;
  const attempts = o.attempts ?? 5;
  const poll = o.pollInterval ?? 25;
  const backoff = o.backoff ?? 1000;
  if (!Number.isInteger(backoff) || backoff < 0 || backoff > 3_600_000) throw new DpmError("INVALID_ARGUMENT", `${fn}: backoff must be a whole number of milliseconds from 0 to 3600000.`, { path: "options.backoff" });
  if (!Number.isInteger(poll) || poll < 1 || poll > 60_000) throw new DpmError("INVALID_ARGUMENT", `${fn}: pollInterval must be a whole number of milliseconds from 1 to 60000.`, { path: "options.pollInterval" });
  if (!Number.isInteger(inFlight) || inFlight < 1 || inFlight > 100_000) throw new DpmError("INVALID_ARGUMENT", `${fn}: inFlight must be a whole number from 1 to 100000.`, { path: "options.inFlight" });
  if (!Number.isInteger(attempts) || attempts < 1 || attempts > 100) throw new DpmError("INVALID_ARGUMENT", `${fn}: attempts must be a whole number from 1 to 100.`, { path: "options.attempts" });
  if (!/^[A-Za-z0-9_.]+$/.test(run)) throw new DpmError("INVALID_ARGUMENT", `${fn}: run must be letters, digits, "_" or ".", got ${JSON.stringify(run)}.`, { path: "options.run" });

  const queue = new Queue<ForecastJobData>(name, { connection: bullConnection(url) });
  queue.on("error", () => {});
  const redis = openRedis(url);
  const pending = new Map<number, Pending>();
  const iterator = (Symbol.asyncIterator in chunks ? (chunks as AsyncIterable<ForecastChunk>)[Symbol.asyncIterator]() : (chunks as Iterable<ForecastChunk>)[Symbol.iterator]()) as
    | AsyncIterator<ForecastChunk>
    | Iterator<ForecastChunk>;
  let exhausted = false;
  let nextId = 0;
  let nextOut = 0;
  let seriesDone = 0;
  let failed = 0;
  const add = (chunk: ForecastChunk) =>
    queue.add("forecast", { run, chunk: encodeChunk(chunk), options: forecast }, { jobId: jobId(run, chunk.id), attempts, backoff: { type: "exponential", delay: backoff }, removeOnComplete: true, removeOnFail: { age: 24 * 3600 } });
  try {
    while (true) {
      while (!exhausted && pending.size < inFlight && !(o.stopped?.() ?? false)) {
        const step = await iterator.next();
        if (step.done === true) {
          exhausted = true;
          break;
        }
        const chunk = step.value;
        if (chunk.id !== nextId) throw new DpmError("INVALID_ARGUMENT", `${fn}: chunk ids must run 0, 1, 2, … in order; got ${chunk.id} where ${nextId} was expected.`, { path: "chunks" });
        nextId++;
        await add(chunk);
        pending.set(chunk.id, { chunk, lastCheck: Date.now() });
      }
      if (o.stopped?.() === true) exhausted = true;
      if (pending.size === 0) break;
      const head = pending.get(nextOut) as Pending;
      const text = await redis.get(resultKey(name, run, nextOut));
      if (text !== null) {
        const result = decodeResult(text);
        // A tombstone, not a delete: a late retry of this chunk still finds the key and does no work.
        await redis.set(resultKey(name, run, nextOut), CONSUMED, "EX", 24 * 3600);
        pending.delete(nextOut);
        nextOut++;
        seriesDone += result.outcomes.length;
        for (const x of result.outcomes) if (!x.ok) failed++;
        o.onProgress?.({ chunksDone: nextOut, seriesDone, failed, chunksQueued: nextId });
        yield result;
        continue;
      }
      const now = Date.now();
      if (now - head.lastCheck > 2000) {
        head.lastCheck = now;
        const state = await queue.getJobState(jobId(run, nextOut));
        if (state === "failed") {
          const job = await queue.getJob(jobId(run, nextOut));
          const reason = job?.failedReason ?? "the chunk failed on every attempt";
          const result: ForecastChunkResult = {
            id: nextOut,
            outcomes: head.chunk.series.map((s) => ({ index: s.index, key: s.key, ok: false as const, code: "WORKER_FAILED", message: `chunk ${nextOut} failed ${attempts} times: ${reason}` })),
          };
          pending.delete(nextOut);
          nextOut++;
          seriesDone += result.outcomes.length;
          failed += result.outcomes.length;
          o.onProgress?.({ chunksDone: nextOut, seriesDone, failed, chunksQueued: nextId });
          yield result;
          continue;
        }
        // Lost with a Redis restart (or removed before its result was written): queue it again.
        if (state === "unknown" && (await redis.exists(resultKey(name, run, nextOut))) === 0) await add(head.chunk);
      }
      await new Promise((r) => setTimeout(r, poll));
    }
  } finally {
    await queue.close().catch(() => {});
    redis.disconnect();
  }
}
