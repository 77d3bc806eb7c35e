import type { InputFeed, RunValues } from "../evaluatePlan.js";
import type { ModelPlan } from "../plan.js";
import { compileWasm, IMPORT_FUNCTIONS, type WasmProgram } from "./compileWasm.js";
import { wasmApi, type WasmApi, type WasmMemory } from "./wasmApi.js";

/** Outcome of a WebAssembly run: finished, saw a NaN/±Infinity somewhere, or not possible here. @internal */
export type WasmOutcome = "done" | "non-finite" | "unavailable";

const PAGE = 65536;
/** Memory kept between runs (so repeated runs do not fault fresh pages in); larger runs get their own. */
const KEEP_BYTES = 256 * 2 ** 20;
/** Vectors per call: many short calls let V8 swap in its optimised tier after the first ones. */
const CHUNK = 4096;
const MAX_CACHED_PROGRAMS = 8;

let kept: WasmMemory | undefined;
const programs = new WeakMap<ModelPlan, Map<string, WasmProgram | undefined>>();

/**
 * Runs the varying part of a plan compiled to WebAssembly and copies recorded results into `out`.
 * @internal
 */
export function runWasm(
  plan: ModelPlan,
  feeds: ReadonlyMap<number, InputFeed>,
  varying: readonly boolean[],
  uniform: Float64Array,
  n: number,
  out: RunValues,
): WasmOutcome {
  const api = wasmApi();
  if (api === undefined) return "unavailable";
  const record = [...out.keys()];
  let program: WasmProgram | undefined;
  try {
    program = cachedProgram(plan, feeds, varying, record, n);
  } catch {
    return "unavailable"; // e.g. a Content-Security-Policy without 'wasm-unsafe-eval'
  }
  if (program === undefined) return "unavailable";
  const { layout } = program;
  const memory = memoryFor(api, layout.bytes);
  const instance = new api.Instance(program.module, { m: { memory, ...IMPORT_FUNCTIONS } });
  const run = instance.exports.run as (first: number, end: number) => number;

  const heap = memory.buffer;
  for (const [i, offset] of layout.inputs) {
    const values = (feeds.get(i) as InputFeed).values;
    new Float64Array(heap, offset, values.length).set(values);
  }
  new Float64Array(heap, layout.uniform, uniform.length).set(uniform);

  let z = 0;
  for (let first = 0; first < n; first += CHUNK) z += run(first, Math.min(n, first + CHUNK));
  if (z !== 0) return "non-finite";
  const T = plan.periods;
  for (const [i, offset] of layout.outputs) (out.get(i) as Float64Array).set(new Float64Array(heap, offset, T * n));
  return "done";
}

function cachedProgram(
  plan: ModelPlan,
  feeds: ReadonlyMap<number, InputFeed>,
  varying: readonly boolean[],
  record: readonly number[],
  n: number,
): WasmProgram | undefined {
  const key = `${n}|${[...feeds].map(([i, f]) => `${i}:${f.kind}`).join(",")}|${record.join(",")}`;
  let cache = programs.get(plan);
  if (cache === undefined) programs.set(plan, (cache = new Map()));
  if (!cache.has(key)) {
    if (cache.size >= MAX_CACHED_PROGRAMS) cache.delete(cache.keys().next().value as string);
    cache.set(key, compileWasm(plan, feeds, varying, record, n));
  }
  return cache.get(key);
}

function memoryFor(api: WasmApi, bytes: number): WasmMemory {
  const pages = Math.max(1, Math.ceil(bytes / PAGE));
  if (bytes > KEEP_BYTES) return new api.Memory({ initial: pages });
  if (kept === undefined) kept = new api.Memory({ initial: pages });
  const have = kept.buffer.byteLength / PAGE;
  if (have < pages) kept.grow(pages - have);
  return kept;
}
