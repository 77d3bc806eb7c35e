import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { assertInteger, describeValue, readFiniteArray } from "../errors/validate.js";
import type { ReadonlyFloat64Array } from "../time/TimeSeries.js";
import { evaluatePlan, type InputFeed } from "./evaluatePlan.js";
import { overrideFeeds } from "./feeds.js";
import { nodeIndex, planOf, type InputValue, type Model } from "./Model.js";

/**
 * Values of one input across many runs: one value per vector held over every period
 * (`Float64Array` / array of length `count`), or `{ perPeriod }` with one value per vector and
 * period, period-major (`perPeriod[t * count + i]`, length `count × periods`).
 *
 * @category Model
 */
export type VectorInput = ArrayLike<number> | { readonly perPeriod: ArrayLike<number> };

/**
 * Options for {@link runVectorized}.
 *
 * @category Model
 */
export interface RunVectorizedOptions<Name extends string, Input extends string> {
  /** Number of input vectors (runs). */
  readonly count: number;
  /** Inputs that vary between vectors. */
  readonly inputs: Partial<Record<Input, VectorInput>>;
  /** Inputs fixed to another value than the model's for every vector. */
  readonly overrides?: Partial<Record<Input, InputValue>>;
  /** The nodes to keep (default: all). Fewer outputs, less memory. */
  readonly outputs?: readonly NoInfer<Name>[];
  /**
   * The evaluator: `"wasm"` (default) compiles the model to WebAssembly — a per-vector loop over
   * the periods with every node in a register, close to hand-written code — and falls back to
   * `"columns"` where WebAssembly is unavailable (e.g. a Content-Security-Policy without
   * `wasm-unsafe-eval`) or the model has TypeScript function nodes. `"columns"` evaluates node by
   * node over blocks of vectors in plain JavaScript. Results are bit-identical either way.
   */
  readonly engine?: "wasm" | "columns";
  /**
   * Result buffers to write into instead of allocating new ones (each `count × periods` long,
   * period-major). Reusing them across runs — chunked Monte Carlo, repeated what-ifs — saves the
   * allocation and its page faults, which on large runs cost more than the evaluation itself.
   * Nodes named here are added to the outputs.
   */
  readonly into?: Partial<Record<NoInfer<Name>, Float64Array>>;
}

/**
 * Results of a vectorized run: per node, `count × periods` values, period-major.
 *
 * @category Model
 */
export interface VectorRun<Name extends string> {
  readonly count: number;
  readonly periods: number;
  /** All values of a node: vector i in period t is at `[t * count + i]`. */
  values(name: Name): ReadonlyFloat64Array;
  /** The `count` values of a node in period t (a view, no copy). */
  column(name: Name, t: number): ReadonlyFloat64Array;
}

/**
 * Runs a model for many input vectors at once — what Monte Carlo and sensitivity analysis need.
 * Nodes that do not depend on a varying input are computed once per period; the rest are
 * evaluated column-wise over blocks of vectors by allocation-free kernels on `Float64Array`s.
 *
 * @param model - the model
 * @param options - the vector count, the varying inputs, optional fixed overrides and outputs
 * @returns the values of the requested nodes
 * @throws {@link DpmError} `LENGTH_MISMATCH` for an input of the wrong length, `NON_FINITE` naming
 *   the input (and index) or the node, period and vector where NaN/±Infinity appeared
 *
 * @example
 * ```ts
 * import { defineModel, runVectorized } from "@dpm/core";
 *
 * const model = defineModel({
 *   start: "2025-01",
 *   periods: 2,
 *   nodes: {
 *     units: { input: 100 },
 *     price: { input: 10 },
 *     revenue: { formula: "units * price" },
 *   },
 * });
 * const run = runVectorized(model, { count: 3, inputs: { price: [9, 10, 11] }, outputs: ["revenue"] });
 * Array.from(run.column("revenue", 1)); // => [900, 1000, 1100]
 * ```
 *
 * @category Model
 */
export function runVectorized<Name extends string, Input extends string>(
  model: Model<Name, Input>,
  options: RunVectorizedOptions<Name, Input>,
): VectorRun<Name> {
  const fn = "runVectorized";
  const plan = planOf(model, fn);
  if (typeof options !== "object" || options === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with count and inputs.`, { path: "options" });
  }
  checkOptions(options, ["count", "engine", "inputs", "into", "outputs", "overrides"], fn, "{ count: 1000, inputs: { … } }");
  const { count } = options;
  assertInteger(count, "count", fn, 1);
  const T = plan.periods;
  const feeds: Map<number, InputFeed> = overrideFeeds(plan, options.overrides, "overrides", fn);
  if (typeof options.inputs !== "object" || options.inputs === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: inputs must be an object mapping input names to per-vector values.`, { path: "inputs" });
  }
  for (const [name, input] of Object.entries(options.inputs as Record<string, VectorInput | undefined>)) {
    if (input === undefined) continue;
    const i = nodeIndex(plan, name, `inputs.${name}`, fn, true);
    const perPeriod = typeof input === "object" && input !== null && "perPeriod" in input;
    const values = readFiniteArray(perPeriod ? input.perPeriod : input, `inputs.${name}${perPeriod ? ".perPeriod" : ""}`, fn);
    const expected = perPeriod ? count * T : count;
    if (values.length !== expected) {
      throw new DpmError(
        "LENGTH_MISMATCH",
        `${fn}: inputs.${name} has ${values.length} values; expected ${expected} (${perPeriod ? `count ${count} × ${T} periods, period-major` : `one per vector, count ${count}`}).`,
        { path: `inputs.${name}` },
      );
    }
    feeds.set(i, { kind: perPeriod ? "vectorPeriod" : "vector", values });
  }
  const outputs = options.outputs ?? (model.nodeNames as readonly Name[]);
  if (!Array.isArray(outputs) || outputs.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: outputs must be a non-empty array of node names, got ${describeValue(outputs)}.`, { path: "outputs" });
  }
  const record = [...new Set(outputs.map((name, k) => nodeIndex(plan, name, `outputs[${k}]`, fn)))];
  const into = new Map<number, Float64Array>();
  for (const [name, buffer] of Object.entries((options.into ?? {}) as Record<string, Float64Array | undefined>)) {
    if (buffer === undefined) continue;
    const i = nodeIndex(plan, name, `into.${name}`, fn);
    if (!(buffer instanceof Float64Array) || buffer.length !== count * T) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: into.${name} must be a Float64Array of count × periods = ${count * T} values, got ${describeValue(buffer)}${buffer instanceof Float64Array ? ` of length ${buffer.length}` : ""}.`, { path: `into.${name}` });
    }
    if ([...feeds.values()].some((f) => f.values.buffer === buffer.buffer)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: into.${name} shares memory with an input; give results their own buffer.`, { path: `into.${name}` });
    }
    into.set(i, buffer);
    if (!record.includes(i)) record.push(i);
  }
  const engine = options.engine ?? "wasm";
  if (engine !== "wasm" && engine !== "columns") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: engine must be "wasm" or "columns", got ${describeValue(engine)}.`, { path: "engine" });
  }
  const values = evaluatePlan(plan, { count, feeds, record, describeVector: (i) => `vector ${i}`, fn, engine, into });
  const get = (name: Name): Float64Array => {
    const v = values.get(nodeIndex(plan, name, "name", fn));
    if (v === undefined) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: node "${name}" was not among the outputs kept; add it to options.outputs.`, { path: "name" });
    }
    return v;
  };
  return {
    count,
    periods: T,
    values: get,
    column: (name, t) => {
      assertInteger(t, "t", fn, 0, T - 1);
      return get(name).subarray(t * count, (t + 1) * count);
    },
  };
}
