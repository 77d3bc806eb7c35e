import { Worker } from "node:worker_threads";
import { forecastChunk, type ForecastChunk, type ForecastChunkOptions, type ForecastChunkResult } from "@dpm/bullmq";

/** The bundled worker next to this module; from the TypeScript sources (the repo's tests), the sources through tsx. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (here.endsWith(".ts")) {
    const tsconfig = process.env.TSX_TSCONFIG_PATH;
    const argv = [new URL("./poolWorker.ts", here).href, ...(tsconfig === undefined ? [] : [tsconfig])];
    return new Worker(new URL("../../../../scripts/tsWorker.mjs", here), { argv });
  }
  return new Worker(new URL("./poolWorker.js", here));
}

/**
 * Forecasts chunks on `workers` threads (0: in this thread), two chunks in flight per worker,
 * yielding results in chunk order. `stopped()` stops sending new chunks; those in flight finish.
 */
export async function* runLocal(
  chunks: AsyncIterable<ForecastChunk>,
  options: ForecastChunkOptions,
  workers: number,
  stopped: () => boolean,
): AsyncGenerator<ForecastChunkResult> {
  const iterator = chunks[Symbol.asyncIterator]();
  if (workers === 0) {
    while (!stopped()) {
      const step = await iterator.next();
      if (step.done === true) return;
      yield forecastChunk(step.value, options);
      await new Promise((r) => setImmediate(r)); // let signals through
    }
    return;
  }
  const pool = Array.from({ length: workers }, () => startWorker());
  const ready = new Map<number, ForecastChunkResult>();
  let waiting: (() => void) | null = null;
  let failure: unknown = null;
  const wake = () => {
    const w = waiting;
    waiting = null;
    w?.();
  };
  const inFlight = new Map<Worker, number>();
  for (const w of pool) {
    inFlight.set(w, 0);
    w.on("message", (r: ForecastChunkResult) => {
      ready.set(r.id, r);
      inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
      wake();
    });
    w.on("error", (e) => {
      failure = e;
      wake();
    });
  }
  let exhausted = false;
  let sent = 0;
  let next = 0;
  try {
    while (true) {
      for (const w of pool) {
        while (!exhausted && !stopped() && (inFlight.get(w) ?? 0) < 2) {
          const step = await iterator.next();
          if (step.done === true) {
            exhausted = true;
            break;
          }
          w.postMessage({ chunk: step.value, options });
          inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
          sent++;
        }
      }
      if (failure !== null) throw failure;
      while (ready.has(next)) {
        const r = ready.get(next) as ForecastChunkResult;
        ready.delete(next);
        next++;
        yield r;
      }
      if (next === sent && (exhausted || stopped())) return;
      // Sleep only when nothing can happen without a worker's message; the check and the
      // registration are synchronous, so a message that came in while reading is never lost.
      const canSend = !exhausted && !stopped() && pool.some((w) => (inFlight.get(w) ?? 0) < 2);
      if (!ready.has(next) && failure === null && !canSend) {
        await new Promise<void>((r) => {
          waiting = r;
        });
      }
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
