// Worker-thread entry of `forecastBatchParallel` (bundled as dist/batchWorker.(c)js). It only
// listens: every message is a chunk of validated series; every reply, their results.
import { parentPort } from "node:worker_threads";
import { runBatchTask, type BatchItemResult, type BatchTask, type NormalizedBatchOptions } from "./batchTask.js";

/** @internal Message from the pool to a worker. */
export interface WorkerRequest {
  readonly id: number;
  readonly options: NormalizedBatchOptions;
  readonly tasks: readonly BatchTask[];
}

/** @internal Reply from a worker. */
export interface WorkerReply {
  readonly id: number;
  readonly results: readonly BatchItemResult[];
}

/** @internal Buffers of a result's typed arrays, to transfer instead of copying. */
export function resultBuffers(results: readonly BatchItemResult[]): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const add = (a: Float64Array | undefined) => {
    if (a !== undefined && a.buffer instanceof ArrayBuffer) out.add(a.buffer);
  };
  for (const r of results) {
    if (!r.ok) continue;
    add(r.forecast.point);
    for (const i of r.forecast.intervals) {
      add(i.lower);
      add(i.upper);
    }
    add(r.forecast.paths?.values);
  }
  return [...out];
}

/** @internal Starts answering requests on `parentPort` (called by the worker entry). */
export function serveBatchRequests(): void {
  const port = parentPort;
  if (port === null) return;
  port.on("message", (request: WorkerRequest) => {
    const results = request.tasks.map((task) => runBatchTask(task, request.options, "forecastBatchParallel"));
    const reply: WorkerReply = { id: request.id, results };
    port.postMessage(reply, resultBuffers(results));
  });
}
