import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { assertInteger, DpmError, modelFromJson, type DpmErrorCode } from "@dpm/core";
import { SimulationEngine, type ChunkResult } from "./engine.js";
import { buildResult, type SimulationResult } from "./SimulationResult.js";
import { buildSimulationPlan, type SimulateOptions } from "./simulationPlan.js";

/**
 * Options of {@link simulateParallel}: those of `simulate` plus the number of worker threads.
 *
 * @category Simulation
 */
export interface SimulateParallelOptions extends SimulateOptions {
  /** Worker threads (default: `os.availableParallelism()`, at most one per chunk). */
  readonly workers?: number;
  /** Where the worker script is (default: `worker.js` next to this module); for bundlers that move files. */
  readonly workerUrl?: URL | string;
}

type Reply = { job: number; result?: ChunkResult; error?: { message: string; code?: string; path?: string } };

// Idle workers, kept (unref'd, so they never hold the process open) for the next call: a warm
// JIT and no start-up cost for repeated simulations.
const idle = new Map<string, Worker[]>();
let jobs = 0;

const LOADER = /^(--import|--require|-r|--loader|--experimental-loader)$/;
const LOADER_EQ = /^(--import|--require|--loader|--experimental-loader)=/;

/**
 * Starts a worker. The worker script is plain JavaScript, so loader flags of the parent (tsx,
 * ts-node, …) are not passed on — they would only slow every worker down; other flags are
 * inherited as Node does by default (or dropped if Node refuses them for a worker).
 */
function spawn(url: URL | string): Worker {
  const args = process.execArgv;
  if (!args.some((a) => LOADER.test(a) || LOADER_EQ.test(a))) return new Worker(url);
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (LOADER.test(a)) i++;
    else if (!LOADER_EQ.test(a)) kept.push(a);
  }
  try {
    return new Worker(url, { execArgv: kept });
  } catch {
    return new Worker(url, { execArgv: [] });
  }
}

function acquire(url: URL | string, count: number): Worker[] {
  const key = String(url);
  const pool = idle.get(key) ?? [];
  idle.set(key, pool);
  const got = pool.splice(0, count);
  while (got.length < count) got.push(spawn(url));
  for (const w of got) w.ref();
  return got;
}

function release(url: URL | string, workers: readonly Worker[]): void {
  const pool = idle.get(String(url)) ?? [];
  for (const w of workers) {
    w.removeAllListeners("message");
    w.removeAllListeners("error");
    w.unref();
    if (pool.length < availableParallelism()) pool.push(w);
    else void w.terminate();
  }
  idle.set(String(url), pool);
}

/**
 * `simulate`, split across worker threads — with results **bit-identical** to the single-threaded
 * run for the same seed and chunk size, whatever the number of workers: iterations are cut into
 * fixed chunks whose random streams derive from the seed and the chunk index only
 * (`rng.fork(chunk)`, never the worker), each worker returns per-chunk statistics, and the main
 * thread merges them in chunk order with the same arithmetic as `simulate`.
 *
 * The model crosses the thread boundary as its JSON definition (`modelFromJson`), so it cannot
 * contain TypeScript function nodes (`deps` + `compute`): write them as formula strings.
 * Distributions travel as their JSON. Overrides must be numbers or arrays of numbers. Workers are
 * kept (unreferenced) after a call and reused by the next one.
 *
 * @param definition - the model definition as JSON text or a parsed object (formulas as strings)
 * @param options - as for `simulate`, plus `workers`
 * @returns a promise of the same result `simulate` returns
 * @throws {@link @dpm/core!DpmError} every error of `modelFromJson` and `simulate` (rejected promise), and
 *   the worker's error when a chunk fails (e.g. `NON_FINITE` from the model)
 *
 * @example
 * ```ts
 * import { normal } from "@dpm/montecarlo";
 * import { simulateParallel } from "@dpm/montecarlo/node";
 *
 * const definition = {
 *   start: "2026",
 *   periods: 1,
 *   nodes: { units: { input: 100 }, revenue: { formula: "units * 12" } },
 * };
 * const result = await simulateParallel(definition, { inputs: { units: normal(100, 10) }, iterations: 1000, workers: 2, chunkSize: 250 });
 * result.summary("revenue").count; // => 1000
 * ```
 *
 * @category Simulation
 */
export async function simulateParallel(definition: string | object, options: SimulateParallelOptions): Promise<SimulationResult> {
  const fn = "simulateParallel";
  const text = typeof definition === "string" ? definition : JSON.stringify(definition);
  const model = modelFromJson(text);
  const { workers: requested, workerUrl, ...rest } = options ?? ({} as SimulateParallelOptions);
  const plan = buildSimulationPlan(model, rest, fn);
  for (const [name, value] of Object.entries(plan.overrides ?? {})) {
    if (!(typeof value === "number" || Array.isArray(value))) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: overrides.${name} must be a number or an array of numbers to cross to worker threads.`, { path: `overrides.${name}` });
    }
  }
  const count = requested ?? availableParallelism();
  assertInteger(count, "workers", fn, 1, 1024);
  const engine = new SimulationEngine(plan);
  const chunks = plan.sampling.chunks;
  const url = workerUrl ?? new URL("./worker.js", import.meta.url);
  const pool = acquire(url, Math.min(count, chunks));
  const job = ++jobs;
  let failed = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const ready = new Map<number, ChunkResult>();
      let nextToSend = 0;
      const send = (w: Worker) => {
        if (nextToSend < chunks && engine.running) w.postMessage({ type: "chunk", job, chunk: nextToSend++ });
      };
      const fail = (error: unknown) => {
        failed = true;
        reject(error);
      };
      for (const w of pool) {
        w.on("message", (msg: Reply) => {
          if (msg.job !== job) return; // late result of an earlier, early-stopped job
          if (msg.error !== undefined) {
            const e = msg.error;
            fail(new DpmError((e.code ?? "INVALID_ARGUMENT") as DpmErrorCode, e.message, e.path === undefined ? {} : { path: e.path }));
            return;
          }
          try {
            const result = msg.result as ChunkResult;
            ready.set(result.chunk, result);
            // Merge strictly in chunk order: the same sequence of operations as simulate.
            while (engine.running && ready.has(engine.chunksDone)) {
              const r = ready.get(engine.chunksDone) as ChunkResult;
              ready.delete(engine.chunksDone);
              engine.addChunk(r);
            }
            if (!engine.running) resolve();
            else send(w);
          } catch (error) {
            fail(error);
          }
        });
        w.on("error", (error) => fail(new DpmError("INVALID_ARGUMENT", `${fn}: a worker failed: ${error.message}`, { cause: error })));
        w.postMessage({ type: "job", job, definition: text, plan: plan.json });
        // Two chunks in flight per worker, so a worker never waits for the main thread.
        send(w);
        send(w);
      }
    });
  } finally {
    if (failed) await Promise.all(pool.map((w) => w.terminate()));
    else release(url, pool);
  }
  return buildResult(engine);
}
