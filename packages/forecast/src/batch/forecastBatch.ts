import { checkOptions, DpmError } from "@dpm/core";
import type { SeriesInput } from "../internal/input.js";
import {
  normalizeBatchOptions,
  runBatchTask,
  toTask,
  type BatchItemResult,
  type BatchOptions,
  type BatchResult,
} from "./batchTask.js";

/** @internal Iterates an array, iterable or async iterable. */
export async function* iterateSeries(series: Iterable<SeriesInput> | AsyncIterable<SeriesInput>): AsyncGenerator<SeriesInput> {
  if (series !== null && typeof series === "object" && Symbol.asyncIterator in series) {
    for await (const s of series as AsyncIterable<SeriesInput>) yield s;
  } else {
    for (const s of series as Iterable<SeriesInput>) yield s;
  }
}

/** @internal Throws unless `series` can be iterated; returns its length when known up front. */
export function assertIterable(series: unknown, fn: string): number | null {
  const ok =
    series !== null &&
    (typeof series === "object" || typeof series === "function") &&
    (Symbol.iterator in (series as object) || Symbol.asyncIterator in (series as object));
  if (!ok) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: series must be an array, an iterable or an async iterable of series.`, { path: "series" });
  }
  return Array.isArray(series) ? series.length : null;
}

/**
 * Forecasts many series in the current thread — the browser-safe batch runner. Every series is
 * validated and forecast on its own: a bad series (NaN, too short…) becomes a failed item with its
 * error, and the batch goes on. For worker threads, use `forecastBatchParallel` from
 * `@dpm/forecast/node`, which returns identical results.
 *
 * @param series - an array, iterable or async iterable of TimeSeries or number arrays
 * @param options - `horizon`, `method`, `levels`, `period`, `paths`, `seed`, `includeModel`, `onProgress`
 * @returns one item per series, in input order, with counts of successes and failures
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad options (not for bad series)
 *
 * @example
 * ```ts
 * import { forecastBatch } from "@dpm/forecast";
 *
 * const result = await forecastBatch([[1, 2, 3, 4, 5, 6], [5, NaN, 7]], { horizon: 2, method: "naive" });
 * result.succeeded; // => 1
 * result.items[1].ok; // => false
 * ```
 *
 * @category Batch
 */
export async function forecastBatch(series: Iterable<SeriesInput> | AsyncIterable<SeriesInput>, options: BatchOptions): Promise<BatchResult> {
  checkOptions(options, ["horizon", "includeModel", "levels", "method", "onProgress", "paths", "period", "seed"], "forecastBatch");
  const fn = "forecastBatch";
  const opts = normalizeBatchOptions(options, fn);
  const total = assertIterable(series, fn);
  const items: BatchItemResult[] = [];
  let failed = 0;
  let index = 0;
  let lastYield = Date.now();
  for await (const input of iterateSeries(series)) {
    const task = toTask(input, index, opts, fn);
    const result = "ok" in task ? task : runBatchTask(task, opts, fn);
    items.push(result);
    if (!result.ok) failed++;
    index++;
    options.onProgress?.({ done: index, failed, total });
    // Let the event loop breathe (timers, UI) about every 50 ms.
    if (Date.now() - lastYield > 50) {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      lastYield = Date.now();
    }
  }
  options.onProgress?.({ done: index, failed, total: index });
  return { items, succeeded: index - failed, failed };
}
