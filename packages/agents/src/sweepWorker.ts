// The worker script `sweepParallel` starts (dist/sweepWorker.js or .cjs, next to node.js; not an
// export): imports the package entry or the user's module, runs its share of the jobs and posts
// back only the time series, as plain arrays with their buffers transferred.
import { parentPort, workerData } from "node:worker_threads";
import type { Frequency } from "@dpm/core";

/** @internal What the worker runs: the package entry's built-in model or a user's module export. */
export interface Target {
  readonly url: string;
  readonly export: string;
  readonly builtIn: boolean;
}

/** @internal One run: its index in the sweep, its parameter set and its seed. */
export interface Job {
  readonly index: number;
  readonly parameters: unknown;
  readonly seed: string;
}

/** @internal A TimeSeries of a run's result, flattened for postMessage. */
export interface PackedSeries {
  readonly path: string;
  readonly name: string | undefined;
  readonly freq: Frequency;
  readonly ordinal: number;
  readonly values: Float64Array<ArrayBuffer>;
}

type RunFunction = (...args: unknown[]) => unknown;

function isSeries(value: unknown): value is { values: Float64Array; name?: string; start: { freq: Frequency; ordinal: number } } {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { values?: unknown; start?: { ordinal?: unknown } };
  return v.values instanceof Float64Array && typeof v.start === "object" && v.start !== null && typeof v.start.ordinal === "number";
}

/** Collects the TimeSeries in a run's result (the result itself, or up to three levels of objects). */
function pack(value: unknown, path: string, depth: number, out: PackedSeries[]): void {
  if (isSeries(value)) {
    out.push({ path, name: value.name, freq: value.start.freq, ordinal: value.start.ordinal, values: value.values.slice() });
    return;
  }
  if (depth > 2 || typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return;
  for (const [k, v] of Object.entries(value)) pack(v, path === "" ? k : `${path}.${k}`, depth + 1, out);
}

async function main(port: NonNullable<typeof parentPort>): Promise<void> {
  const { target, jobs } = workerData as { target: Target; jobs: readonly Job[] };
  if (target.url.endsWith(".ts")) {
    // A user's TypeScript module: load it through tsx (the specifier is a variable so that bundlers
    // leave this optional, development-only import alone).
    const tsx = "tsx/esm/api";
    ((await import(tsx)) as { register: () => void }).register();
  }
  const mod = (await import(target.url)) as Record<string, unknown> & { default?: Record<string, unknown> };
  const fn = mod[target.export] ?? mod.default?.[target.export];
  if (typeof fn !== "function") throw new Error(`sweepParallel: ${target.url} has no exported function ${JSON.stringify(target.export)}`);
  const run = fn as RunFunction;
  for (const job of jobs) {
    const result = target.builtIn ? run({ ...(job.parameters as object), seed: job.seed }) : await run(job.parameters, job.seed);
    const series: PackedSeries[] = [];
    pack(result, "", 0, series);
    port.postMessage({ index: job.index, series }, series.map((s) => s.values.buffer));
  }
}

const port = parentPort;
if (port !== null) {
  main(port).catch((error: unknown) => {
    port.postMessage({ error: String((error instanceof Error && error.stack) || error) });
  });
}
