import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { DpmError, period, timeSeries, type TimeSeries } from "@dpm/core";
import { assertCount } from "../engine/validate.js";
import type { Job, PackedSeries, Target } from "../sweepWorker.js";
import { makeSweepResult, planSweep, type SweepOptions, type SweepResult, type SweepRun } from "../runs/sweep.js";

/**
 * The built-in models a worker can run by name: each is called as `model({ ...parameters, seed })`.
 *
 * @category Runs
 */
export type BuiltInModel = "bassAdoption" | "brandSwitching" | "customerLifecycle";

/**
 * A run function that workers load from a module: `export function run(parameters, seed)` returning
 * an object of `TimeSeries` (as for `sweep`).
 *
 * @category Runs
 */
export interface ModuleRun {
  /** Absolute path or `file:` URL of an ES module (or CommonJS file) that workers can import. */
  readonly module: string;
  /** Name of the exported function (default `"default"`). */
  readonly export?: string;
}

/**
 * Options for {@link sweepParallel}.
 *
 * @category Runs
 */
export interface SweepParallelOptions<P> extends SweepOptions<P> {
  /** Number of worker threads (default: the available cores, at most one per run). */
  readonly workers?: number;
}

/**
 * {@link sweep} across worker threads (Node only: import from `@dpm/agents/node`).
 *
 * Runs are dealt to the workers round-robin. Replication r receives the seed
 * `createRng(seed).fork(r).seed` — the same as in `sweep` and independent of which worker runs it
 * or how many there are — so the result is identical to `sweep` with the same options.
 *
 * @param run - a built-in model name (called as `model({ ...parameters, seed })`) or a module
 *   exporting `(parameters, seed) => result`
 * @param options - parameter sets, replications, base seed, number of workers
 * @returns the same tidy result as `sweep`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown model, a bad worker count or bad sweep
 *   options; the run's own error (with the worker's stack) when a run fails
 *
 * @example
 * ```ts
 * import { sweepParallel } from "@dpm/agents/node";
 *
 * const result = await sweepParallel("bassAdoption", {
 *   parameters: [{ size: 2000, p: 0.03, q: 0.38, steps: 10 }],
 *   replications: 4,
 *   workers: 2,
 *   seed: 1,
 * });
 * result.runs.length; // => 4
 * ```
 *
 * @category Runs
 */
export async function sweepParallel<P>(run: BuiltInModel | ModuleRun, options: SweepParallelOptions<P>): Promise<SweepResult<P>> {
  const fn = "sweepParallel";
  const target = resolveTarget(run, fn);
  const { sets, replications, seeds } = planSweep(() => undefined, options, fn, ["workers"]);
  const jobs: Job[] = [];
  sets.forEach((parameters, set) => {
    for (let r = 0; r < replications; r++) jobs.push({ index: set * replications + r, parameters, seed: seeds[r] as string });
  });
  const cores = Math.max(1, availableParallelism());
  const workers = options.workers ?? Math.min(cores, jobs.length);
  assertCount(workers, "workers", fn, 1, 256);
  const shares: Job[][] = Array.from({ length: Math.min(workers, jobs.length) }, () => []);
  jobs.forEach((job, k) => (shares[k % shares.length] as Job[]).push(job));

  const packed = new Array<PackedSeries[] | undefined>(jobs.length);
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker({ target, jobs: share });
          let done = 0;
          let failed = false;
          worker.on("message", (message: { index?: number; series?: PackedSeries[]; error?: string }) => {
            if (message.error !== undefined) {
              failed = true;
              void worker.terminate();
              reject(new DpmError("INVALID_ARGUMENT", `${fn}: a run failed in a worker: ${message.error}`, { path: "run" }));
              return;
            }
            packed[message.index as number] = message.series;
            if (++done === share.length) void worker.terminate().then(() => resolve());
          });
          worker.on("error", (error) => {
            failed = true;
            reject(new DpmError("INVALID_ARGUMENT", `${fn}: a worker failed: ${error.message}`, { path: "run", cause: error }));
          });
          worker.on("exit", () => {
            if (!failed && done < share.length) reject(new DpmError("INVALID_ARGUMENT", `${fn}: a worker exited before finishing its runs.`, { path: "run" }));
          });
        }),
    ),
  );

  const runs: SweepRun<P>[] = jobs.map((job) => {
    const series = packed[job.index] as PackedSeries[];
    if (series.length === 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: the run returned no TimeSeries; return the model's result or an object of series.`, { path: "run" });
    }
    const metrics: Record<string, TimeSeries> = {};
    for (const s of series) {
      metrics[s.path] = timeSeries(period(s.freq, s.ordinal), s.values, s.name === undefined ? {} : { name: s.name });
    }
    const set = Math.floor(job.index / replications);
    return { set, parameters: job.parameters as P, replication: job.index % replications, seed: job.seed, metrics };
  });
  return makeSweepResult(sets, replications, runs);
}

const BUILT_IN: readonly BuiltInModel[] = ["bassAdoption", "brandSwitching", "customerLifecycle"];

function resolveTarget(run: BuiltInModel | ModuleRun, fn: string): Target {
  if (typeof run === "string") {
    if (!BUILT_IN.includes(run)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown model ${JSON.stringify(run)}; use one of ${BUILT_IN.join(", ")} or { module, export }.`, {
        path: "run",
      });
    }
    return { url: entryUrl(), export: run, builtIn: true };
  }
  if (typeof run !== "object" || run === null || typeof run.module !== "string" || run.module === "") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: run must be a built-in model name or { module: "/abs/path/run.js", export: "run" }.`, { path: "run" });
  }
  const url = run.module.startsWith("file:") ? run.module : pathToFileURL(run.module).href;
  return { url, export: run.export ?? "default", builtIn: false };
}

declare const __filename: string | undefined;

/** The URL of the running file: dist/node.js or .cjs, or src/node/sweepParallel.ts in tests. */
function here(): string {
  return typeof __filename === "string" ? pathToFileURL(__filename).href : import.meta.url;
}

/** The URL of this package's main entry, next to the running file (dist) or in src (tests). */
function entryUrl(): string {
  const self = here();
  if (self.endsWith(".ts")) return new URL("../index.ts", self).href;
  return new URL(self.endsWith(".cjs") ? "./index.cjs" : "./index.js", self).href;
}

/** Starts the worker script: the built file next to this one, or (from the sources) through tsx. */
function startWorker(workerData: unknown): Worker {
  const self = here();
  if (self.endsWith(".ts")) {
    return new Worker(new URL("../../../../scripts/tsWorker.mjs", self), { argv: [new URL("../sweepWorker.ts", self).href], workerData });
  }
  return new Worker(new URL(self.endsWith(".cjs") ? "./sweepWorker.cjs" : "./sweepWorker.js", self), { workerData });
}
