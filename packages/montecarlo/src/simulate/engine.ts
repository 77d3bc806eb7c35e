import { normalPdf, runVectorized, type VectorInput } from "@dpm/core";
import { ndtri } from "../distributions/Distribution.js";
import { ColumnStats, PartBuilder, type ColumnConfig, type ColumnPart } from "../stats/ColumnStats.js";
import { QuantileSketch, type SketchState } from "../stats/QuantileSketch.js";
import { BLOCK, ChunkSampler } from "./sampleChunk.js";
import type { SimulationPlan } from "./simulationPlan.js";

/** @internal What one chunk contributes (computed on the main thread or in a worker). */
export interface ChunkResult {
  readonly chunk: number;
  readonly n: number;
  /** One part per output column (output-major, then period). */
  readonly parts: ColumnPart[];
  /** The chunk's samples when kept: per output n × periods (period-major), per input n or n × periods. */
  readonly outputs?: Float64Array[];
  readonly inputs?: Float64Array[];
  /** The tracked column's values in the fine convergence sketch. */
  readonly track?: SketchState;
}

/** @internal A point of the convergence history. */
export interface ConvergencePoint {
  readonly iterations: number;
  readonly mean: number;
  readonly standardError: number;
  readonly percentiles: ReadonlyArray<{ readonly p: number; readonly value: number; readonly standardError: number }>;
}

/** Resolution of the convergence sketch: fine enough to measure a percentile's standard error. */
const TRACK_ALPHA = 1e-4;
const TRACK_BINS = 1 << 18;

function trackSketch(plan: SimulationPlan): QuantileSketch {
  return new QuantileSketch(Math.min(plan.alpha, TRACK_ALPHA), TRACK_BINS);
}

/** Adds values[0..n) to a sketch. */
function addAll(sketch: QuantileSketch, values: ArrayLike<number>, n: number): void {
  let min = Infinity;
  let max = -Infinity;
  let minPos = Infinity;
  let maxNeg = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x > 0 && x < minPos) minPos = x;
    if (x < 0 && x > maxNeg) maxNeg = x;
  }
  sketch._addRange(values, 0, n, min, max, minPos, maxNeg);
}

/**
 * @internal Hall–Sheather bandwidth for estimating the sparsity 1/f(Q(p)) (as R's quantreg uses
 * for quantile standard errors), for a 95% interval.
 */
export function hallSheather(p: number, n: number): number {
  const z = ndtri(p);
  const f = normalPdf(z);
  return n ** (-1 / 3) * 1.959963984540054 ** (2 / 3) * ((1.5 * f * f) / (2 * z * z + 1)) ** (1 / 3);
}

/** @internal */
export function columnConfig(plan: SimulationPlan): ColumnConfig {
  return { targets: plan.targets, alpha: plan.alpha, maxBins: plan.maxBins };
}

/**
 * @internal Computes chunk c: draws and evaluates it in blocks of {@link BLOCK} iterations (so the
 * working set stays in cache) and summarises each output column into a {@link ColumnPart}.
 * `collect` keeps the chunk's samples. Used unchanged by `simulate`, the scenario comparison and
 * the worker threads — which is what makes their results identical.
 */
export function computeChunk(plan: SimulationPlan, sampler: ChunkSampler, c: number, collect: boolean): ChunkResult {
  const s = plan.sampling;
  const n = Math.min(s.chunkSize, s.iterations - c * s.chunkSize);
  const T = plan.periods;
  const config = columnConfig(plan);
  const builders = plan.outputs.flatMap(() => Array.from({ length: T }, () => new PartBuilder(config)));
  const conv = plan.convergence;
  const track = conv === undefined ? undefined : trackSketch(plan);
  const outputs = collect ? plan.outputs.map(() => new Float64Array(n * T)) : undefined;
  const inputs = collect ? s.inputs.map((x) => new Float64Array(n * (x.perPeriod ? T : 1))) : undefined;
  const feed: Record<string, VectorInput> = {};
  sampler.begin(c, n);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    const m = to - from;
    const draws = sampler.block(from, to);
    s.inputs.forEach((input, i) => {
      const values = draws[i] as Float64Array;
      feed[input.name] = input.perPeriod ? { perPeriod: values } : values;
      if (inputs !== undefined) {
        for (let t = 0; t < (input.perPeriod ? T : 1); t++) (inputs[i] as Float64Array).set(values.subarray(t * m, (t + 1) * m), t * n + from);
      }
    });
    const run = runVectorized(plan.model, {
      count: m,
      inputs: feed,
      outputs: plan.outputs,
      ...(plan.overrides === undefined ? {} : { overrides: plan.overrides }),
    });
    plan.outputs.forEach((name, o) => {
      for (let t = 0; t < T; t++) {
        const col = run.column(name, t);
        (builders[o * T + t] as PartBuilder).addBlock(col, m);
        if (outputs !== undefined) (outputs[o] as Float64Array).set(col, t * n + from);
      }
    });
    if (track !== undefined && conv !== undefined) addAll(track, run.column(conv.output, conv.period), m);
  }
  return {
    chunk: c,
    n,
    parts: builders.map((b) => b.part()),
    ...(track === undefined ? {} : { track: track._state() }),
    ...(outputs === undefined ? {} : { outputs, inputs: inputs as Float64Array[] }),
  };
}

/**
 * @internal Accumulates chunks in chunk order — computed here (`runNext`) or in a worker
 * (`addChunk`) — with identical arithmetic either way, so any number of threads gives the same
 * bits. Tracks convergence and decides when to stop.
 */
export class SimulationEngine {
  readonly columns: ColumnStats[];
  readonly keptOutputs: Float64Array[] | undefined;
  readonly keptInputs: Float64Array[] | undefined;
  readonly history: ConvergencePoint[] = [];
  iterations = 0;
  chunksDone = 0;
  converged = false;
  private sampler: ChunkSampler | undefined;
  private readonly track: QuantileSketch | undefined;

  constructor(readonly plan: SimulationPlan) {
    const config = columnConfig(plan);
    this.columns = Array.from({ length: plan.outputs.length * plan.periods }, () => new ColumnStats(config));
    const N = plan.sampling.iterations;
    const T = plan.periods;
    if (plan.convergence !== undefined) this.track = trackSketch(plan);
    if (plan.keepSamples) {
      this.keptOutputs = plan.outputs.map(() => new Float64Array(N * T));
      this.keptInputs = plan.sampling.inputs.map((x) => new Float64Array(N * (x.perPeriod ? T : 1)));
    }
  }

  /** Whether the run should continue with another chunk. */
  get running(): boolean {
    return !this.converged && this.chunksDone < this.plan.sampling.chunks;
  }

  /** Computes the next chunk on this thread and adds it; returns it (with samples when `collect`). */
  runNext(collect = false): ChunkResult {
    this.sampler ??= new ChunkSampler(this.plan.sampling);
    const result = computeChunk(this.plan, this.sampler, this.chunksDone, collect || this.plan.keepSamples);
    this.addChunk(result);
    return result;
  }

  /** Adds the next chunk, computed here or elsewhere. */
  addChunk(result: ChunkResult): void {
    result.parts.forEach((part, k) => (this.columns[k] as ColumnStats).addPart(part));
    if (this.plan.keepSamples) this.keep(result);
    if (result.track !== undefined) this.track?.merge(result.track);
    this.iterations += result.n;
    this.chunksDone++;
    this.checkConvergence();
  }

  private keep(result: ChunkResult): void {
    const N = this.plan.sampling.iterations;
    const T = this.plan.periods;
    const n = result.n;
    const first = result.chunk * this.plan.sampling.chunkSize;
    const copy = (target: Float64Array, values: Float64Array, periods: number) => {
      for (let t = 0; t < periods; t++) target.set(values.subarray(t * n, (t + 1) * n), t * N + first);
    };
    (result.outputs ?? []).forEach((v, o) => copy((this.keptOutputs as Float64Array[])[o] as Float64Array, v, T));
    (result.inputs ?? []).forEach((v, i) => copy((this.keptInputs as Float64Array[])[i] as Float64Array, v, this.plan.sampling.inputs[i]?.perPeriod ? T : 1));
  }

  private checkConvergence(): void {
    const conv = this.plan.convergence;
    if (conv === undefined) return;
    const col = this.columns[conv.column] as ColumnStats;
    const N = col.n;
    const sd = N > 1 ? Math.sqrt(col.m2 / (N - 1)) : 0;
    const se = sd / Math.sqrt(N);
    const fine = this.track as QuantileSketch;
    const percentiles = conv.percentiles.map((p) => {
      const value = fine.quantile(p);
      if (p <= 0 || p >= 1 || N < 2) return { p, value, standardError: 0 };
      const h = hallSheather(p, N);
      const lo = Math.max(0, p - h);
      const hi = Math.min(1, p + h);
      const sparsity = (fine.quantile(hi) - fine.quantile(lo)) / (hi - lo);
      return { p, value, standardError: Math.sqrt((p * (1 - p)) / N) * sparsity };
    });
    this.history.push({ iterations: N, mean: col.mean, standardError: se, percentiles });
    const meets = (estimate: number, error: number) =>
      (conv.standardError === Infinity || error <= conv.standardError) && (conv.relativeStandardError === Infinity || error <= conv.relativeStandardError * Math.abs(estimate));
    if (
      (conv.standardError !== Infinity || conv.relativeStandardError !== Infinity) &&
      N >= conv.minIterations &&
      meets(col.mean, se) &&
      percentiles.every((q) => meets(q.value, q.standardError))
    ) {
      this.converged = true;
    }
  }
}
