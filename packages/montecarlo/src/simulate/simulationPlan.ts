import { assertModel } from "./assertModel.js";
import { assertInteger, checkOptions, DpmError, type InputValue, type Model } from "@dpm/core";
import type { SummarySettings } from "../stats/OutputSummary.js";
import { DEFAULT_MAX_BINS } from "../stats/QuantileSketch.js";
import { resolveSummaryOptions, type SummaryOptions } from "../stats/summaryOptions.js";
import { distributionFromJson } from "../distributions/distributionFromJson.js";
import { buildSamplingPlan, type InputSpec, type SamplingOptions, type SamplingPlan, type SamplingPlanJson } from "./samplingPlan.js";

/**
 * When to record and when to stop: the standard error of the mean and of chosen percentiles of
 * one output are recorded after every chunk; with `stopWhen` the run stops at the first chunk
 * boundary where every tracked estimate meets the target (`iterations` is then the maximum).
 *
 * The standard error of a percentile is the asymptotic √(p(1 − p)/n)/f(Qₚ), with the sparsity
 * 1/f(Qₚ) estimated as (Q̂(p + h) − Q̂(p − h))/(2h) for the Hall–Sheather bandwidth h (as R's
 * quantreg does), from a finer sketch of the tracked output (relative accuracy 1e-4) kept for the
 * purpose; the mean's is sd/√n (conservative for Latin hypercube).
 *
 * @category Simulation
 */
export interface ConvergenceOptions<Name extends string = string> {
  /** The output to track (default: the first output). */
  readonly output?: Name;
  /** Its period (default: the last). */
  readonly period?: number;
  /** Percentiles to track besides the mean (default 0.05, 0.5, 0.95). */
  readonly percentiles?: readonly number[];
  /** Stop once the mean and every tracked percentile have SE ≤ `standardError` and/or SE ≤ `relativeStandardError`·|estimate|. */
  readonly stopWhen?: { readonly standardError?: number; readonly relativeStandardError?: number };
  /** No stop before this many iterations (default: one chunk). */
  readonly minIterations?: number;
}

/**
 * Options of `simulate`.
 *
 * @category Simulation
 */
export interface SimulateOptions<Name extends string = string, Input extends string = string> extends SamplingOptions, SummaryOptions {
  /** The uncertain inputs: input name → distribution (or `{ distribution, perPeriod: true }`). */
  readonly inputs: Partial<Record<Input, InputSpec>>;
  /** The nodes to summarise (default: every node that is not an input). */
  readonly outputs?: readonly NoInfer<Name>[];
  /** Inputs fixed to another value than the model's for every iteration. */
  readonly overrides?: Partial<Record<Input, InputValue>>;
  /** Keep every sample of inputs and outputs (exact percentiles, sensitivity analysis); memory grows with iterations. */
  readonly keepSamples?: boolean;
  /** Record convergence and optionally stop early. */
  readonly convergence?: ConvergenceOptions<NoInfer<Name>>;
}

/** @internal Resolved convergence settings. */
export interface ConvergencePlan {
  readonly output: string;
  readonly period: number;
  readonly column: number;
  readonly percentiles: readonly number[];
  readonly standardError: number;
  readonly relativeStandardError: number;
  readonly minIterations: number;
}

/** @internal Everything a run needs, validated. */
export interface SimulationPlan {
  readonly sampling: SamplingPlan;
  readonly model: Model;
  readonly outputs: readonly string[];
  readonly periods: number;
  readonly settings: SummarySettings;
  readonly targets: Float64Array;
  readonly alpha: number;
  readonly maxBins: number;
  readonly keepSamples: boolean;
  readonly overrides: Readonly<Record<string, InputValue>> | undefined;
  readonly convergence: ConvergencePlan | undefined;
  /** Plain-data form of the options for worker threads (without the model). */
  readonly json: SimulationPlanJson;
}

/** @internal */
export interface SimulationPlanJson {
  readonly sampling: SamplingPlanJson;
  readonly outputs: readonly string[];
  readonly summary: SummaryOptions;
  readonly keepSamples: boolean;
  readonly overrides: Readonly<Record<string, InputValue>> | undefined;
  readonly convergence: { readonly output: string; readonly period: number } | undefined;
}

/** @internal Rebuilds a plan from its plain-data form and the model (in a worker thread). */
export function simulationPlanFromJson(model: Model, json: SimulationPlanJson, fn: string): SimulationPlan {
  const s = json.sampling;
  const inputs: Record<string, InputSpec> = {};
  for (const x of s.inputs) inputs[x.name] = { distribution: distributionFromJson(x.dist), perPeriod: x.perPeriod };
  return buildSimulationPlan(
    model,
    {
      ...json.summary,
      inputs,
      iterations: s.iterations,
      chunkSize: s.chunkSize,
      sampling: s.sampling,
      correlations: s.correlations,
      seed: s.seedPath,
      outputs: json.outputs,
      keepSamples: json.keepSamples,
      ...(json.overrides === undefined ? {} : { overrides: json.overrides }),
      ...(json.convergence === undefined ? {} : { convergence: { output: json.convergence.output, period: json.convergence.period } }),
    },
    fn,
  );
}

/** @internal The option keys `simulate` accepts. */
export const SIMULATE_KEYS: readonly string[] = [
  "inputs", "outputs", "overrides", "keepSamples", "convergence",
  "iterations", "seed", "sampling", "correlations", "chunkSize",
  "percentiles", "targets", "riskLevels", "histogramBins", "relativeAccuracy",
];

/** @internal Validates `simulate`'s arguments. */
export function buildSimulationPlan(model: Model, options: SimulateOptions, fn: string): SimulationPlan {
  assertModel(model, fn);
  if (typeof options !== "object" || options === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with inputs and iterations, e.g. { inputs: { units: normal(100, 10) }, iterations: 10000 }.`, { path: "options" });
  }
  checkOptions(options, SIMULATE_KEYS, fn, "{ inputs: { units: normal(100, 10) }, iterations: 10000 }");
  const T = model.periods;
  const sampling = buildSamplingPlan(options.inputs, options, T, fn, model.inputNames);
  const outputs = options.outputs ?? model.nodeNames.filter((n) => !model.inputNames.includes(n));
  if (!Array.isArray(outputs) || outputs.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: outputs must be a non-empty array of node names.`, { path: "outputs" });
  }
  outputs.forEach((name, k) => {
    if (!model.nodeNames.includes(name)) {
      throw new DpmError("UNKNOWN_NODE", `${fn}: outputs[${k}] names "${String(name)}", which the model does not define; nodes: ${model.nodeNames.join(", ")}.`, { path: `outputs[${k}]` });
    }
  });
  const summary: SummaryOptions = {
    ...(options.percentiles === undefined ? {} : { percentiles: options.percentiles }),
    ...(options.targets === undefined ? {} : { targets: options.targets }),
    ...(options.riskLevels === undefined ? {} : { riskLevels: options.riskLevels }),
    ...(options.histogramBins === undefined ? {} : { histogramBins: options.histogramBins }),
    ...(options.relativeAccuracy === undefined ? {} : { relativeAccuracy: options.relativeAccuracy }),
  };
  const settings = resolveSummaryOptions(summary, fn);
  const keepSamples = options.keepSamples === true;
  let convergence: ConvergencePlan | undefined;
  if (options.convergence !== undefined) {
    const c = options.convergence;
    const output = c.output ?? (outputs[0] as string);
    const o = outputs.indexOf(output);
    if (o < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: convergence.output "${String(output)}" is not among the outputs (${outputs.join(", ")}).`, { path: "convergence.output" });
    const period = c.period ?? T - 1;
    assertInteger(period, "convergence.period", fn, 0, T - 1);
    const percentiles = resolveSummaryOptions({ percentiles: c.percentiles ?? [0.05, 0.5, 0.95] }, fn).percentiles;
    const se = c.stopWhen?.standardError ?? Infinity;
    const rse = c.stopWhen?.relativeStandardError ?? Infinity;
    if (!(se > 0) || !(rse > 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: convergence.stopWhen targets must be > 0.`, { path: "convergence.stopWhen" });
    const minIterations = c.minIterations ?? Math.min(sampling.chunkSize, sampling.iterations);
    assertInteger(minIterations, "convergence.minIterations", fn, 1);
    convergence = { output, period, column: o * T + period, percentiles, standardError: se, relativeStandardError: rse, minIterations };
  }
  return {
    sampling,
    model,
    outputs,
    periods: T,
    settings,
    targets: Float64Array.from(settings.targets),
    alpha: settings.alpha,
    maxBins: DEFAULT_MAX_BINS,
    keepSamples,
    overrides: options.overrides as Record<string, InputValue> | undefined,
    convergence,
    json: {
      sampling: sampling.json,
      outputs,
      summary,
      keepSamples,
      overrides: options.overrides as Record<string, InputValue> | undefined,
      convergence: convergence === undefined ? undefined : { output: convergence.output, period: convergence.period },
    },
  };
}
