import { assertInteger, createRng, DpmError, type Seed } from "@dpm/core";
import { implOf, isDistribution, type Distribution, type DistributionImpl } from "../distributions/Distribution.js";
import { normalScoreFactor, type CorrelationScale } from "../sampling/imanConover.js";

/**
 * How an input varies: a distribution (one draw per iteration, held over every period), or
 * `{ distribution, perPeriod: true }` for an independent draw in every period.
 *
 * @category Simulation
 */
export type InputSpec = Distribution | { readonly distribution: Distribution; readonly perPeriod?: boolean };

/**
 * Correlated inputs: their names, the target correlation matrix (rows and columns in the order of
 * `inputs`), the method, and what the matrix measures.
 *
 * - `"imanConover"` (default): rearranges independent draws to the target rank correlation; every
 *   marginal sample is kept exactly (with Latin hypercube it stays stratified).
 * - `"gaussianCopula"`: correlated normal scores mapped through each input's quantile function.
 *
 * The matrix is validated positive semi-definite; when it is not, the error offers the nearest
 * valid matrix. Correlated inputs must all be held over the periods or all be drawn per period
 * (then the correlation applies within each period).
 *
 * @category Simulation
 */
export interface CorrelationSpec {
  readonly inputs: readonly string[];
  readonly matrix: readonly (readonly number[])[];
  readonly method?: "imanConover" | "gaussianCopula";
  /** `"spearman"` (default): rank correlations; `"normal"`: normal-score (copula) correlations. */
  readonly scale?: CorrelationScale;
}

/**
 * Sampling settings shared by `simulate`, {@link sampleInputs} and the scenario comparison.
 *
 * @category Simulation
 */
export interface SamplingOptions {
  /** Number of iterations (draws of every input), ≥ 1. */
  readonly iterations: number;
  /** Seed of every random stream (default 0). */
  readonly seed?: Seed;
  /** `"mc"` (plain Monte Carlo, default) or `"lhs"` (Latin hypercube, stratified per chunk). */
  readonly sampling?: "mc" | "lhs";
  /** Correlated groups of inputs. */
  readonly correlations?: CorrelationSpec | readonly CorrelationSpec[];
  /**
   * Iterations per chunk (default 65,536). Chunk c draws from streams that depend only on the
   * seed, c and the input's name, so results depend on the seed and chunk size — never on how
   * many threads run the chunks. Latin hypercube strata and Iman–Conover rearrangements are per chunk.
   */
  readonly chunkSize?: number;
}

/** @internal One sampled input. */
export interface InputPlan {
  readonly name: string;
  readonly dist: DistributionImpl;
  readonly perPeriod: boolean;
}

/** @internal One correlated group. */
export interface GroupPlan {
  readonly members: readonly number[];
  readonly factor: Float64Array;
  readonly method: "imanConover" | "gaussianCopula";
  readonly key: string;
}

/** @internal Validated sampling settings. */
export interface SamplingPlan {
  readonly inputs: readonly InputPlan[];
  readonly groups: readonly GroupPlan[];
  /** Group index of each input, or −1. */
  readonly groupOf: Int32Array;
  readonly iterations: number;
  readonly chunkSize: number;
  readonly chunks: number;
  readonly seedPath: string;
  readonly sampling: "mc" | "lhs";
  readonly periods: number;
  /** Plain-data form for worker threads (distributions as JSON). */
  readonly json: SamplingPlanJson;
}

/** @internal */
export interface SamplingPlanJson {
  readonly inputs: ReadonlyArray<{ readonly name: string; readonly dist: unknown; readonly perPeriod: boolean }>;
  readonly correlations: readonly CorrelationSpec[];
  readonly iterations: number;
  readonly chunkSize: number;
  readonly seedPath: string;
  readonly sampling: "mc" | "lhs";
  readonly periods: number;
}

/** Default iterations per chunk. */
export const DEFAULT_CHUNK = 1 << 16;

/** @internal Validates inputs and sampling options. `allowed` lists the names inputs may take. */
export function buildSamplingPlan(
  inputs: unknown,
  options: SamplingOptions,
  periods: number,
  fn: string,
  allowed?: readonly string[],
): SamplingPlan {
  if (typeof options !== "object" || options === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with inputs and iterations.`, { path: "options" });
  }
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: inputs must map input names to distributions, e.g. { price: triangular(8, 10, 13) }.`, { path: "inputs" });
  }
  const list: InputPlan[] = [];
  for (const [name, spec] of Object.entries(inputs as Record<string, unknown>)) {
    if (spec === undefined) continue;
    if (allowed !== undefined && !allowed.includes(name)) {
      throw new DpmError("UNKNOWN_NODE", `${fn}: inputs.${name} is not an input of the model; inputs: ${allowed.join(", ")}.`, { path: `inputs.${name}` });
    }
    let dist: unknown = spec;
    let perPeriod = false;
    if (!isDistribution(spec) && typeof spec === "object" && spec !== null && "distribution" in spec) {
      dist = (spec as { distribution: unknown }).distribution;
      perPeriod = (spec as { perPeriod?: unknown }).perPeriod === true;
    }
    if (!isDistribution(dist)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: inputs.${name} must be a distribution (e.g. normal(100, 10)) or { distribution, perPeriod }.`, { path: `inputs.${name}` });
    }
    list.push({ name, dist: implOf(dist), perPeriod });
  }
  if (list.length === 0) {
    throw new DpmError("EMPTY", `${fn}: inputs is empty; give at least one uncertain input, e.g. { units: normal(10000, 1500) }.`, { path: "inputs" });
  }
  const iterations = options.iterations;
  assertInteger(iterations, "iterations", fn, 1);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
  assertInteger(chunkSize, "chunkSize", fn, 1, 1 << 24);
  const sampling = options.sampling ?? "mc";
  if (sampling !== "mc" && sampling !== "lhs") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: sampling must be "mc" (plain Monte Carlo) or "lhs" (Latin hypercube), got ${String(sampling)}.`, { path: "sampling" });
  }
  const seedPath = createRng(options.seed ?? 0).seed;
  const specs: readonly CorrelationSpec[] =
    options.correlations === undefined ? [] : Array.isArray(options.correlations) ? (options.correlations as CorrelationSpec[]) : [options.correlations as CorrelationSpec];
  const groupOf = new Int32Array(list.length).fill(-1);
  const groups = specs.map((spec, g): GroupPlan => {
    const path = specs.length === 1 && !Array.isArray(options.correlations) ? "correlations" : `correlations[${g}]`;
    if (typeof spec !== "object" || spec === null || !Array.isArray(spec.inputs)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { inputs: [names], matrix: [[…]] }.`, { path });
    }
    const members = spec.inputs.map((name, j) => {
      const i = list.findIndex((x) => x.name === name);
      if (i < 0) {
        throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.inputs[${j}] names "${String(name)}", which is not among the uncertain inputs (${list.map((x) => x.name).join(", ")}).`, {
          path: `${path}.inputs[${j}]`,
        });
      }
      if (groupOf[i] !== -1) throw new DpmError("INVALID_ARGUMENT", `${fn}: input "${name}" appears in more than one correlation group or twice in one.`, { path: `${path}.inputs[${j}]` });
      groupOf[i] = g;
      return i;
    });
    const method = spec.method ?? "imanConover";
    if (method !== "imanConover" && method !== "gaussianCopula") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.method must be "imanConover" or "gaussianCopula", got ${String(method)}.`, { path: `${path}.method` });
    }
    const { n, factor } = normalScoreFactor(spec.matrix, spec.scale ?? "spearman", `${path}.matrix`, fn);
    if (n !== members.length) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.matrix is ${n}×${n} but ${members.length} inputs are listed; give one row and column per input, in the same order.`, {
        path: `${path}.matrix`,
      });
    }
    const perPeriod = members.map((i) => (list[i] as InputPlan).perPeriod);
    if (perPeriod.some((p) => p !== perPeriod[0])) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} mixes inputs drawn per period with inputs held over the periods; correlate inputs of one kind.`, { path });
    }
    return { members, factor, method, key: `${method}:${spec.inputs.join(",")}` };
  });
  const json: SamplingPlanJson = {
    inputs: list.map((x) => ({ name: x.name, dist: x.dist.toJSON(), perPeriod: x.perPeriod })),
    correlations: specs.map((s) => ({ inputs: [...s.inputs], matrix: s.matrix.map((r) => [...r]), method: s.method ?? "imanConover", scale: s.scale ?? "spearman" })),
    iterations,
    chunkSize,
    seedPath,
    sampling,
    periods,
  };
  return { inputs: list, groups, groupOf, iterations, chunkSize, chunks: Math.ceil(iterations / chunkSize), seedPath, sampling, periods, json };
}
