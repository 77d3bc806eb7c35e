import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { checkOptions, DpmError } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import {
  normalizeBatchOptions,
  runBatchTask,
  toTask,
  type BatchItemResult,
  type BatchOptions,
  type BatchResult,
  type BatchTask,
  type NormalizedBatchOptions,
} from "./batchTask.js";
import type { WorkerReply, WorkerRequest } from "./batchWorker.js";
import { assertIterable, iterateSeries } from "./forecastBatch.js";

/**
 * Options for {@link forecastBatchParallel}.
 *
 * @category Batch
 */
export interface ParallelBatchOptions extends BatchOptions {
  /** Worker threads (default: the machine's available parallelism); 0 runs in this thread. */
  readonly workers?: number;
  /** Series sent to a worker at a time (default 32). */
  readonly chunkSize?: number;
}

/**
 * How to start a worker: the bundled worker file next to this module (dist/batchWorker.js or
 * .cjs). Run from TypeScript sources (tests), the worker loads the sources through tsx.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const entry = new URL("../batchWorker.ts", here).href;
    const tsconfig = new URL("../../tsconfig.source.json", here).pathname;
    return new Worker(new URL("../../../../scripts/tsWorker.mjs", here), { argv: [entry, tsconfig] });
  }
  const file = new URL(here.endsWith(".cjs") ? "./batchWorker.cjs" : "./batchWorker.js", here);
  return new Worker(file);
}

/**
 * Forecasts many series on worker threads: the input (an array, iterable or async iterable) is
 * validated here and sent to the workers in chunks; a bad series becomes a failed item and never
 * stops the batch. Results are identical to {@link forecastBatch} in one thread — every series
 * is forecast by the same deterministic code, with its random stream forked from the seed by its
 * index, whichever worker runs it.
 *
 * @param series - TimeSeries or number arrays
 * @param options - the {@link BatchOptions} plus `workers` and `chunkSize`
 * @returns one item per series, in input order
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad options; rejects if a worker thread dies
 *
 * @example
 * ```ts
 * import { forecastBatchParallel } from "@dpm/forecast/node";
 *
 * const series = Array.from({ length: 8 }, (_, k) => [10 + k, 12 + k, 11 + k, 13 + k, 12 + k, 14 + k]);
 * const result = await forecastBatchParallel(series, { horizon: 3, workers: 2 });
 * result.succeeded; // => 8
 * ```
 *
 * @category Batch
 */
export async function forecastBatchParallel(
  series: Iterable<SeriesInput> | AsyncIterable<SeriesInput>,
  options: ParallelBatchOptions,
): Promise<BatchResult> {
  checkOptions(options, ["chunkSize", "horizon", "includeModel", "levels", "method", "onProgress", "paths", "period", "seed", "workers"], "forecastBatchParallel");
  const fn = "forecastBatchParallel";
  const opts = normalizeBatchOptions(options, fn);
  const workers = options.workers ?? availableParallelism();
  const chunkSize = options.chunkSize ?? 32;
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.workers must be an integer between 0 and 256.`, { path: "options.workers" });
  }
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.chunkSize must be an integer ≥ 1.`, { path: "options.chunkSize" });
  }
  const knownTotal = assertIterable(series, fn);
  const items: BatchItemResult[] = [];
  let done = 0;
  let failed = 0;
  const record = (r: BatchItemResult) => {
    items[r.index] = r;
    done++;
    if (!r.ok) failed++;
  };
  const progress = (total: number | null) => options.onProgress?.({ done, failed, total });

  if (workers === 0) {
    let index = 0;
    for await (const input of iterateSeries(series)) {
      const task = toTask(input, index++, opts, fn);
      record("ok" in task ? task : runBatchTask(task, opts, fn));
      progress(knownTotal);
    }
    progress(index);
    return { items, succeeded: done - failed, failed };
  }
  return runPool(series, opts, workers, chunkSize, fn, knownTotal, record, progress).then(() => ({ items, succeeded: done - failed, failed }));
}

async function runPool(
  series: Iterable<SeriesInput> | AsyncIterable<SeriesInput>,
  opts: NormalizedBatchOptions,
  size: number,
  chunkSize: number,
  fn: string,
  knownTotal: number | null,
  record: (r: BatchItemResult) => void,
  progress: (total: number | null) => void,
): Promise<void> {
  const pool: Worker[] = [];
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const pending = new Map<number, { resolve: () => void; reject: (e: unknown) => void }>();
  let failure: unknown = null;
  let nextId = 0;
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next !== undefined) next(w);
    else idle.push(w);
  };
  const acquire = (): Promise<Worker> => {
    if (failure !== null) return Promise.reject(failure);
    const w = idle.pop();
    if (w !== undefined) return Promise.resolve(w);
    if (pool.length < size) {
      const worker = startWorker();
      worker.on("message", (reply: WorkerReply) => {
        for (const r of reply.results) record(r);
        progress(knownTotal);
        pending.get(reply.id)?.resolve();
        pending.delete(reply.id);
        release(worker);
      });
      worker.on("error", (error) => {
        failure = new DpmError("NOT_CONVERGED", `${fn}: a worker thread failed: ${error.message}`, { cause: error });
        for (const p of pending.values()) p.reject(failure);
        pending.clear();
        for (const wait of waiting.splice(0)) wait(worker);
      });
      pool.push(worker);
      return Promise.resolve(worker);
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const inFlight: Promise<void>[] = [];
  const dispatch = async (tasks: BatchTask[]) => {
    const worker = await acquire();
    if (failure !== null) throw failure;
    const id = nextId++;
    const request: WorkerRequest = { id, options: opts, tasks };
    const done = new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
    worker.postMessage(request, tasks.map((t) => t.values.buffer as ArrayBuffer));
    inFlight.push(done);
  };
  try {
    let index = 0;
    let chunk: BatchTask[] = [];
    for await (const input of iterateSeries(series)) {
      const task = toTask(input, index++, opts, fn);
      if ("ok" in task) {
        record(task);
        progress(knownTotal);
        continue;
      }
      chunk.push(task);
      if (chunk.length >= chunkSize) {
        await dispatch(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await dispatch(chunk);
    await Promise.all(inFlight);
    if (failure !== null) throw failure;
    progress(index);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
