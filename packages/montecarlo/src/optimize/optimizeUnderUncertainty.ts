import {
  checkOptions,
  DpmError,
  isDpmError,
  patternSearch,
  runVectorized,
  toPeriod,
  type DecisionVariable,
  type InputValue,
  type Model,
  type PeriodSelector,
  type VectorInput,
} from "@dpm/core";
import { sampleInputs } from "../sampling/sampleInputs.js";
import type { InputSpec, SamplingOptions } from "../simulate/samplingPlan.js";
import { estimateMeasure, pairedStandardError, readMeasure, type Measure, type RiskMeasureSpec } from "./riskMeasure.js";

/**
 * What to optimise under uncertainty: a risk measure of a node (default: its mean), in one period
 * or summed over the periods (the default), maximised or minimised.
 *
 * @category Optimization
 */
export interface UncertainObjective<Name extends string = string> {
  readonly node: Name;
  readonly period?: PeriodSelector;
  readonly measure?: RiskMeasureSpec;
  readonly goal: "maximize" | "minimize";
}

/**
 * A chance constraint: a risk measure of a node kept ≤ or ≥ a value — e.g. P(loss) ≤ 5 % is
 * `{ node: "profit", measure: { probabilityBelow: 0 }, op: "<=", value: 0.05 }`.
 *
 * @category Optimization
 */
export interface ChanceConstraint<Name extends string = string> {
  readonly node: Name;
  readonly period?: PeriodSelector;
  readonly measure?: RiskMeasureSpec;
  readonly op: "<=" | ">=";
  readonly value: number;
}

/**
 * Options of {@link optimizeUnderUncertainty}: the sampling settings of `simulate` plus the
 * decisions, the objective and the chance constraints.
 *
 * @category Optimization
 */
export interface OptimizeUnderUncertaintyOptions<Name extends string, Input extends string> extends SamplingOptions {
  /** The inputs to choose (bounds, integer or step grids). */
  readonly decisions: Partial<Record<Input, DecisionVariable>>;
  /** The uncertain inputs (not decisions): name → distribution. */
  readonly inputs: Partial<Record<Input, InputSpec>>;
  readonly objective: UncertainObjective<NoInfer<Name>>;
  readonly constraints?: readonly ChanceConstraint<NoInfer<Name>>[];
  /** Other inputs fixed for the optimisation. */
  readonly overrides?: Partial<Record<Input, InputValue>>;
  /** Candidate decision vectors evaluated at most (each is `iterations` model runs); default 2,000. */
  readonly maxCandidates?: number;
  /** Final mesh as a share of each decision's range (default 1e-6). */
  readonly tolerance?: number;
  /** All-discrete decision grids with at most this many points are enumerated (default 1,000). */
  readonly exhaustiveLimit?: number;
  /** Called after every batch of candidates. */
  readonly onProgress?: (progress: OptimizationProgress<NoInfer<Input>>) => void;
  /** At the candidate limit: throw `NOT_CONVERGED` with the best so far (default) or return with `converged: false`. */
  readonly onNotConverged?: "throw" | "return";
}

/**
 * Progress of {@link optimizeUnderUncertainty}.
 *
 * @category Optimization
 */
export interface OptimizationProgress<Input extends string = string> {
  /** Candidate decision vectors evaluated. */
  readonly candidates: number;
  /** Model evaluations (candidates × iterations). */
  readonly evaluations: number;
  /** The best feasible objective estimate so far (NaN while none is feasible). */
  readonly best: number;
  readonly decisions: Readonly<Record<Input, number>>;
}

/**
 * A Monte Carlo estimate and its standard error.
 *
 * @category Optimization
 */
export interface UncertainEstimate {
  readonly estimate: number;
  readonly standardError: number;
}

/**
 * Another candidate statistically indistinguishable from the optimum: the paired (common random
 * numbers) difference `difference` (optimum minus it, in the goal's direction, so ≥ 0) is within
 * two of its standard errors.
 *
 * @category Optimization
 */
export interface RunnerUp<Input extends string = string> {
  readonly decisions: Record<Input, number>;
  readonly estimate: number;
  readonly difference: number;
  readonly standardError: number;
}

/**
 * Result of {@link optimizeUnderUncertainty}.
 *
 * @category Optimization
 */
export interface OptimizeUnderUncertaintyResult<Name extends string, Input extends string> {
  readonly decisions: Record<Input, number>;
  /** The objective's estimate at the optimum and its Monte Carlo standard error. */
  readonly objective: UncertainEstimate;
  /** Each chance constraint at the optimum; `binding` when a better candidate was ruled out by it. */
  readonly constraints: ReadonlyArray<UncertainEstimate & { readonly node: Name; readonly op: "<=" | ">="; readonly value: number; readonly binding: boolean }>;
  /** Up to 10 distinct candidates within two paired standard errors of the optimum, best first. */
  readonly runnersUp: readonly RunnerUp<Input>[];
  /** Candidate decision vectors evaluated. */
  readonly candidates: number;
  /** Model evaluations: candidates × iterations. */
  readonly evaluations: number;
  /** Monte Carlo iterations per candidate. */
  readonly iterations: number;
  readonly method: "exhaustive" | "patternSearch";
  readonly converged: boolean;
  readonly message: string;
}

const KEYS = [
  "decisions", "inputs", "objective", "constraints", "overrides", "iterations", "seed", "sampling", "correlations", "chunkSize",
  "maxCandidates", "tolerance", "exhaustiveLimit", "onProgress", "onNotConverged",
];

interface Target {
  readonly node: string;
  readonly t: number; // −1 = sum
  readonly measure: Measure;
}

interface Visited {
  readonly x: Float64Array;
  readonly objective: number; // in the goal's direction: larger is better
  readonly constraints: Float64Array;
  readonly feasible: boolean;
}

/**
 * Optimisation under uncertainty — what @RISK's RISKOptimizer or Crystal Ball's OptQuest do:
 * choose decision inputs to maximise or minimise a risk measure of a node (mean, percentile,
 * probability of reaching a target, CVaR) subject to chance constraints such as P(loss) ≤ 5 %.
 *
 * The uncertain inputs are drawn once (the streams of `simulate`: same seed, same draws) and
 * every candidate decision is evaluated on those same draws — common random numbers — so the
 * search optimises a deterministic sample-average objective and comparisons between candidates
 * are paired, not noise. Candidates are searched like `optimizeModel` does (exhaustively on small
 * grids, else grid start + pattern search). The optimum comes with its Monte Carlo standard
 * error, and the runners-up list the candidates statistically indistinguishable from it.
 * Standard errors are first-order (influence function) estimates: sd/√N for the mean,
 * √(p(1−p)/N) for probabilities, linearised for percentiles and CVaR. Same seed → same answer.
 *
 * @param model - the driver model
 * @param options - decisions, uncertain inputs, objective, chance constraints, sampling settings
 * @returns the optimum with standard errors, binding constraints, runners-up and counts
 * @throws {@link @dpm/core!DpmError} `NO_SOLUTION` when no candidate meets the chance
 *   constraints (naming the most violated), `NOT_CONVERGED` at the candidate limit (details: the
 *   best so far), `UNKNOWN_NODE` for names the model lacks, `INVALID_ARGUMENT` for a decision that
 *   is also uncertain, lower > upper or bad measures, `NON_FINITE` when the model gives NaN/±Infinity
 *
 * @example
 * ```ts
 * import { defineModel } from "@dpm/core";
 * import { normal, optimizeUnderUncertainty } from "@dpm/montecarlo";
 *
 * // A newsvendor: bake q loaves, sell min(q, demand) at 3, cost 1, leftovers lost.
 * const day = defineModel({
 *   start: "2026-01-05",
 *   periods: 1,
 *   freq: "day",
 *   nodes: {
 *     baked: { input: 100 },
 *     demand: { input: 100 },
 *     profit: { formula: "3 * min(baked, demand) - baked" },
 *   },
 * });
 * const best = optimizeUnderUncertainty(day, {
 *   decisions: { baked: { lower: 50, upper: 150, integer: true } },
 *   inputs: { demand: normal(100, 20) },
 *   objective: { node: "profit", goal: "maximize" },
 *   iterations: 20_000,
 *   seed: 1,
 * });
 * // critical fractile (3 − 1)/3: q* = 100 + 20·Φ⁻¹(2/3) ≈ 108.6
 * Math.abs(best.decisions.baked - 108.6) < 2; // => true
 * best.runnersUp.length > 0; // => true
 * ```
 *
 * @category Optimization
 */
export function optimizeUnderUncertainty<Name extends string, Input extends string>(
  model: Model<Name, Input>,
  options: OptimizeUnderUncertaintyOptions<Name, Input>,
): OptimizeUnderUncertaintyResult<Name, Input> {
  const fn = "optimizeUnderUncertainty";
  const m = model as Partial<Model> | null;
  if (typeof m !== "object" || m === null || !Array.isArray(m.inputNames) || !Array.isArray(m.nodeNames) || !Array.isArray(m.periodLabels) || !Number.isInteger(m.periods)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: expected a model made by defineModel or modelFromJson.`, { path: "model" });
  }
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass options with decisions, inputs, objective and iterations.`, { path: "options" });
  const o = checkOptions(options, KEYS, fn, '{ decisions: { q: { lower: 0, upper: 100 } }, inputs: { demand: normal(50, 10) }, objective: { node: "profit", goal: "maximize" }, iterations: 10000 }') as OptimizeUnderUncertaintyOptions<Name, Input>;
  const inputNames = model.inputNames as readonly string[];
  const nodeNames = model.nodeNames as readonly string[];
  const { names, lower, upper, steps, initial } = readDecisionBox(o.decisions, inputNames, fn);
  if (typeof o.inputs !== "object" || o.inputs === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: inputs must map uncertain input names to distributions, e.g. { demand: normal(100, 20) }.`, { path: "inputs" });
  for (const name of Object.keys(o.inputs)) {
    if (!inputNames.includes(name)) throw new DpmError("UNKNOWN_NODE", `${fn}: inputs.${name} is not an input of the model; inputs: ${inputNames.join(", ")}.`, { path: `inputs.${name}` });
    if (names.includes(name)) throw new DpmError("INVALID_ARGUMENT", `${fn}: "${name}" is both a decision and an uncertain input; a decision is chosen, an uncertain input is drawn — pick one.`, { path: `inputs.${name}` });
  }
  const readTarget = (spec: { node?: unknown; period?: unknown; measure?: unknown }, path: string): Target => {
    if (typeof spec.node !== "string" || !nodeNames.includes(spec.node)) {
      throw new DpmError("UNKNOWN_NODE", `${fn}: ${path}.node names ${JSON.stringify(spec.node)}, which the model does not define; nodes: ${nodeNames.join(", ")}.`, { path: `${path}.node` });
    }
    return { node: spec.node, t: resolvePeriod(model, spec.period, `${path}.period`, fn), measure: readMeasure(spec.measure, `${path}.measure`, fn) };
  };
  if (typeof o.objective !== "object" || o.objective === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: objective must be { node, goal, measure? }, e.g. { node: "profit", goal: "maximize" }.`, { path: "objective" });
  const objective = readTarget(o.objective, "objective");
  if (o.objective.goal !== "maximize" && o.objective.goal !== "minimize") throw new DpmError("INVALID_ARGUMENT", `${fn}: objective.goal must be "maximize" or "minimize", got ${JSON.stringify(o.objective.goal)}.`, { path: "objective.goal" });
  const sign = o.objective.goal === "maximize" ? 1 : -1;
  if (o.constraints !== undefined && !Array.isArray(o.constraints)) throw new DpmError("INVALID_ARGUMENT", `${fn}: constraints must be an array of { node, measure, op, value }.`, { path: "constraints" });
  const cons = (o.constraints ?? []).map((c, j) => {
    const path = `constraints[${j}]`;
    if (typeof c !== "object" || c === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { node, measure, op, value }.`, { path });
    const target = readTarget(c, path);
    if (c.op !== "<=" && c.op !== ">=") throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.op must be "<=" or ">=", got ${JSON.stringify(c.op)}.`, { path: `${path}.op` });
    if (typeof c.value !== "number" || !Number.isFinite(c.value)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.value must be a finite number.`, { path: `${path}.value` });
    return { ...target, op: c.op, value: c.value, scale: Math.max(1, Math.abs(c.value)) };
  });
  const maxCandidates = o.maxCandidates ?? 2_000;
  if (!Number.isInteger(maxCandidates) || maxCandidates < 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: maxCandidates must be an integer ≥ 1, got ${String(maxCandidates)}.`, { path: "maxCandidates" });
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") throw new DpmError("INVALID_ARGUMENT", `${fn}: onProgress must be a function.`, { path: "onProgress" });
  const onNotConverged = o.onNotConverged ?? "throw";
  if (onNotConverged !== "throw" && onNotConverged !== "return") throw new DpmError("INVALID_ARGUMENT", `${fn}: onNotConverged must be "throw" or "return".`, { path: "onNotConverged" });

  // Common random numbers: one set of draws for every candidate.
  const T = model.periods;
  const draws = sampleInputs(o.inputs as Record<string, InputSpec>, {
    iterations: o.iterations,
    ...(o.seed === undefined ? {} : { seed: o.seed }),
    ...(o.sampling === undefined ? {} : { sampling: o.sampling }),
    ...(o.correlations === undefined ? {} : { correlations: o.correlations }),
    ...(o.chunkSize === undefined ? {} : { chunkSize: o.chunkSize }),
    periods: T,
  });
  const N = o.iterations;
  const vectorInputs: Record<string, VectorInput> = {};
  for (const [name, values] of Object.entries(draws)) vectorInputs[name] = values.length === N ? values : { perPeriod: values };
  const outputs = [...new Set([objective.node, ...cons.map((c) => c.node)])] as Name[];
  const into: Record<string, Float64Array> = {};
  for (const name of outputs) into[name] = new Float64Array(N * T);
  const scratch = new Map<string, Float64Array>();
  const series = (name: string, t: number): Float64Array => {
    const key = `${name}@${t}`;
    let y = scratch.get(key);
    if (y === undefined) scratch.set(key, (y = new Float64Array(N)));
    const all = into[name] as Float64Array;
    if (t >= 0) y.set(all.subarray(t * N, (t + 1) * N));
    else {
      y.fill(0);
      for (let p = 0; p < T; p++) for (let i = 0; i < N; i++) y[i] = (y[i] as number) + (all[p * N + i] as number);
    }
    return y;
  };
  const record = (x: ArrayLike<number>): Record<Input, number> => {
    const r: Record<string, number> = {};
    names.forEach((name, i) => Object.defineProperty(r, name, { value: x[i], enumerable: true, writable: true, configurable: true }));
    return r as Record<Input, number>;
  };
  const simulateAt = (x: ArrayLike<number>): void => {
    const overrides: Record<string, InputValue> = { ...(o.overrides as Record<string, InputValue> | undefined) };
    names.forEach((name, i) => (overrides[name] = x[i] as number));
    try {
      runVectorized(model, { count: N, inputs: vectorInputs as never, overrides: overrides as never, outputs, into: into as never });
    } catch (error) {
      if (isDpmError(error) && error.code === "NON_FINITE") {
        throw new DpmError("NON_FINITE", `${fn}: at decisions ${JSON.stringify(record(x))}: ${error.message}`, { details: { decisions: record(x), ...error.details }, cause: error });
      }
      throw error;
    }
  };

  const visited: Visited[] = [];
  let bestSoFar: Visited | undefined;
  const evaluate = (points: Float64Array, count: number, objOut: Float64Array, violOut: Float64Array): void => {
    const n = names.length;
    for (let k = 0; k < count; k++) {
      const x = points.slice(k * n, (k + 1) * n);
      simulateAt(x);
      const f = sign * estimateMeasure(series(objective.node, objective.t), objective.measure, false).estimate;
      const cv = Float64Array.from(cons, (c) => estimateMeasure(series(c.node, c.t), c.measure, false).estimate);
      let v = 0;
      cons.forEach((c, j) => {
        const e = cv[j] as number;
        v += Math.max(0, c.op === "<=" ? e - c.value : c.value - e) / c.scale;
      });
      if (!Number.isFinite(f)) throw new DpmError("NON_FINITE", `${fn}: the objective is ${f} at decisions ${JSON.stringify(record(x))}.`, { details: { decisions: record(x) } });
      const entry: Visited = { x, objective: f, constraints: cv, feasible: v <= 0 };
      visited.push(entry);
      if (bestSoFar === undefined || (entry.feasible && (!bestSoFar.feasible || f > bestSoFar.objective))) bestSoFar = entry;
      objOut[k] = -f;
      violOut[k] = v;
    }
    if (o.onProgress !== undefined && bestSoFar !== undefined) {
      o.onProgress({ candidates: visited.length, evaluations: visited.length * N, best: bestSoFar.feasible ? sign * bestSoFar.objective : Number.NaN, decisions: record(bestSoFar.x) });
    }
  };
  const search = patternSearch(evaluate, {
    lower,
    upper,
    steps,
    ...(initial === undefined ? {} : { x0: initial }),
    tolerance: o.tolerance ?? 1e-6,
    exhaustiveLimit: o.exhaustiveLimit ?? 1_000,
    maxEvaluations: maxCandidates,
    maxIterations: 10 * maxCandidates,
  });
  const x = search.x;
  const decisions = record(x);

  if (search.violation > 0) {
    const best = visited.reduce((b, v) => (violation(v) < violation(b) ? v : b));
    let worst = 0;
    let worstV = -Infinity;
    cons.forEach((c, j) => {
      const e = best.constraints[j] as number;
      const v = (c.op === "<=" ? e - c.value : c.value - e) / c.scale;
      if (v > worstV) [worst, worstV] = [j, v];
    });
    const c = cons[worst] as (typeof cons)[number];
    throw new DpmError(
      "NO_SOLUTION",
      `${fn}: no candidate decisions meet every chance constraint; the closest (${JSON.stringify(record(best.x))}, of ${visited.length} tried) has the measure of "${c.node}" at ${best.constraints[worst]}, which should be ${c.op} ${c.value}. Relax that constraint or widen the decisions' bounds.`,
      { details: { decisions: record(best.x), constraint: { node: c.node, op: c.op, value: c.value, estimate: best.constraints[worst] } } },
    );
  }
  function violation(v: Visited): number {
    let s = 0;
    cons.forEach((c, j) => {
      const e = v.constraints[j] as number;
      s += Math.max(0, c.op === "<=" ? e - c.value : c.value - e) / c.scale;
    });
    return s;
  }

  // The optimum's influence values (common random numbers: the same draws give the same runs).
  simulateAt(x);
  const objAt = estimateMeasure(series(objective.node, objective.t), objective.measure, true);
  const psiBest = Float64Array.from(objAt.influence as Float64Array);
  const constraints = cons.map((c, j) => {
    const e = estimateMeasure(series(c.node, c.t), c.measure, true);
    const ruledOut = visited.some((v) => !v.feasible && v.objective > sign * objAt.estimate && violatesOnly(v, j));
    return { node: c.node as Name, op: c.op, value: c.value, estimate: e.estimate, standardError: pairedStandardError(e.influence as Float64Array), binding: ruledOut };
  });
  function violatesOnly(v: Visited, j: number): boolean {
    return cons.every((c, i) => {
      const e = v.constraints[i] as number;
      const bad = (c.op === "<=" ? e - c.value : c.value - e) > 0;
      return i === j ? bad : !bad;
    });
  }

  // Runners-up: the best distinct feasible candidates, paired with the optimum.
  const distinctKey = (p: Float64Array): string => Array.from(p, (v, i) => (steps[i] as number) > 0 ? String(v) : String(Math.round(((v - (lower[i] as number)) / Math.max(1e-300, (upper[i] as number) - (lower[i] as number))) * 1000))).join(",");
  const seen = new Set([distinctKey(x)]);
  const pool: Visited[] = [];
  for (const v of [...visited].filter((v) => v.feasible).sort((a, b) => b.objective - a.objective)) {
    const key = distinctKey(v.x);
    if (seen.has(key)) continue;
    seen.add(key);
    pool.push(v);
    if (pool.length >= 20) break;
  }
  const runnersUp: RunnerUp<Input>[] = [];
  for (const v of pool) {
    simulateAt(v.x);
    const e = estimateMeasure(series(objective.node, objective.t), objective.measure, true);
    const difference = sign * (objAt.estimate - e.estimate);
    const se = pairedStandardError(psiBest, e.influence as Float64Array);
    if (difference <= 2 * se && runnersUp.length < 10) runnersUp.push({ decisions: record(v.x), estimate: e.estimate, difference, standardError: se });
  }
  const candidates = visited.length + 1 + pool.length;
  const converged = search.status === "converged";
  const message = converged
    ? search.method === "exhaustive"
      ? `searched all ${visited.length} candidate decisions on common random numbers`
      : `converged after ${visited.length} candidate decisions (${search.iterations} polls) on common random numbers`
    : `stopped at the candidate limit (${maxCandidates}) before the search converged`;
  if (!converged && onNotConverged === "throw") {
    throw new DpmError("NOT_CONVERGED", `${fn}: ${message}; raise maxCandidates, loosen tolerance or pass onNotConverged: "return". Best so far: ${JSON.stringify(decisions)} with estimate ${objAt.estimate}.`, {
      details: { decisions, objective: objAt.estimate, candidates },
    });
  }
  return {
    decisions,
    objective: { estimate: objAt.estimate, standardError: pairedStandardError(psiBest) },
    constraints,
    runnersUp,
    candidates,
    evaluations: candidates * N,
    iterations: N,
    method: search.method,
    converged,
    message,
  };
}

function resolvePeriod(model: Model, sel: unknown, path: string, fn: string): number {
  if (sel === undefined || sel === "sum") return -1;
  let t: number;
  if (typeof sel === "number") t = sel;
  else {
    try {
      t = toPeriod(sel as never, model.freq).ordinal - model.start.ordinal;
    } catch (cause) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be a period index, a label of the model's periods (${model.periodLabels[0]}…) or "sum"; got ${JSON.stringify(sel)}.`, { path, cause });
    }
  }
  if (!Number.isInteger(t) || t < 0 || t >= model.periods) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} ${JSON.stringify(sel)} is outside the model's periods ${model.periodLabels[0]}…${model.periodLabels[model.periods - 1]}.`, { path });
  }
  return t;
}

function readDecisionBox(decisions: unknown, inputs: readonly string[], fn: string) {
  if (typeof decisions !== "object" || decisions === null || Array.isArray(decisions)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: decisions must map input names to { lower, upper }, e.g. { orderQuantity: { lower: 0, upper: 500 } }.`, { path: "decisions" });
  }
  const names: string[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const steps: number[] = [];
  const initial: number[] = [];
  for (const [name, d] of Object.entries(decisions as Record<string, DecisionVariable | undefined>)) {
    if (d === undefined) continue;
    const path = `decisions.${name}`;
    if (!inputs.includes(name)) throw new DpmError("UNKNOWN_NODE", `${fn}: ${path} is not an input of the model; inputs: ${inputs.join(", ")}.`, { path });
    checkOptions(d, ["lower", "upper", "step", "integer", "initial"], `${fn} (${path})`, "{ lower: 0, upper: 100 }");
    for (const k of ["lower", "upper"] as const) {
      if (typeof d[k] !== "number" || !Number.isFinite(d[k])) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.${k} must be a finite number, got ${String(d[k])}.`, { path: `${path}.${k}` });
    }
    let lo = d.lower;
    let step = d.step ?? 0;
    if (typeof step !== "number" || !Number.isFinite(step) || step < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.step must be a number ≥ 0 (0 = continuous).`, { path: `${path}.step` });
    if (d.integer === true) {
      step = Math.max(1, Math.round(step));
      lo = Math.ceil(lo);
    }
    if (lo > d.upper) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} has lower ${d.lower} above upper ${d.upper}; swap the bounds or widen the range.`, { path, details: { lower: d.lower, upper: d.upper } });
    if (d.initial !== undefined) initial.push(d.initial);
    names.push(name);
    lower.push(lo);
    upper.push(d.upper);
    steps.push(step);
  }
  if (names.length === 0) throw new DpmError("EMPTY", `${fn}: decisions is empty; name at least one input to choose.`, { path: "decisions" });
  return { names, lower, upper, steps, initial: initial.length === names.length ? initial : undefined };
}
