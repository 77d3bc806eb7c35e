import { DpmError, createRng, isDpmError, studentTQuantile, type Period, type Seed } from "@dpm/core";
import { autoForecastData } from "../autoForecast.js";
import { lagWalkKernel } from "../baselines/lagWalk.js";
import type { EtsFit } from "../ets/EtsFit.js";
import type { PredictionInterval, SamplePaths } from "../intervals/Forecast.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesData } from "../internal/input.js";

/**
 * The method a batch applies to every series: the automatic choice (`"auto"`, default: the ETS
 * family of {@link autoForecast}, Akaike-weighted — several times faster than autoForecast's default
 * ETS + Theta + ARIMA combination) or a baseline. Names, not functions, so that work can move to other threads.
 *
 * @category Batch
 */
export type BatchMethod = "auto" | "naive" | "seasonalNaive" | "drift" | "mean";

/**
 * Options shared by {@link forecastBatch} and `forecastBatchParallel` (from `@dpm/forecast/node`).
 *
 * @category Batch
 */
export interface BatchOptions {
  /** Periods to forecast for every series (an integer ≥ 1). */
  readonly horizon: number;
  /** Method (default `"auto"`). */
  readonly method?: BatchMethod;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Seasonal period for plain arrays (TimeSeries use their frequency); default 1. */
  readonly period?: number;
  /** Sample paths to return per series (default 0). */
  readonly paths?: number;
  /**
   * Base seed (default 42). Series `i` draws from `createRng(seed).fork(i)`, so results do not
   * depend on how the work is split across threads.
   */
  readonly seed?: Seed;
  /** Keep each fitted ETS model in the results (default false: results stay small). */
  readonly includeModel?: boolean;
  /** Called as series complete: counts so far, and the total once the input is exhausted. */
  readonly onProgress?: (progress: BatchProgress) => void;
}

/**
 * Progress of a batch run.
 *
 * @category Batch
 */
export interface BatchProgress {
  readonly done: number;
  readonly failed: number;
  /** Number of series, when known (arrays, or once an iterable is exhausted). */
  readonly total: number | null;
}

/**
 * One series' forecast in a batch.
 *
 * @category Batch
 */
export interface BatchForecast {
  readonly method: string;
  readonly description: string;
  readonly point: Float64Array;
  readonly intervals: readonly PredictionInterval[];
  readonly intervalMethod: "analytic" | "simulated" | "none";
  readonly start: Period | null;
  readonly paths?: SamplePaths;
  /** The fitted model, with `includeModel: true` and an ETS method. */
  readonly model?: EtsFit | null;
}

/**
 * The outcome for one series: a forecast, or the error that stopped it (the batch goes on).
 *
 * @category Batch
 */
export type BatchItemResult =
  | { readonly index: number; readonly ok: true; readonly forecast: BatchForecast }
  | { readonly index: number; readonly ok: false; readonly error: { readonly code: string; readonly message: string; readonly path?: string } };

/**
 * The result of a batch: one entry per input series, in input order.
 *
 * @category Batch
 */
export interface BatchResult {
  readonly items: readonly BatchItemResult[];
  readonly succeeded: number;
  readonly failed: number;
}

/** @internal Batch options after validation, plain data (sent to workers). */
export interface NormalizedBatchOptions {
  readonly horizon: number;
  readonly method: BatchMethod;
  readonly levels: number[];
  readonly period: number | undefined;
  readonly paths: number;
  readonly seed: Seed;
  readonly includeModel: boolean;
}

/** @internal One unit of work: a validated series. */
export interface BatchTask {
  readonly index: number;
  readonly values: Float64Array;
  readonly period: number;
  readonly next: Period | null;
}

const METHODS: readonly BatchMethod[] = ["auto", "naive", "seasonalNaive", "drift", "mean"];

/** @internal Validates batch options at the public boundary (throws: these are the caller's bug, not a series'). */
export function normalizeBatchOptions(options: BatchOptions, fn: string): NormalizedBatchOptions {
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const method = opts.method ?? "auto";
  if (!METHODS.includes(method)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.method must be one of ${METHODS.join(", ")}.`, { path: "options.method" });
  }
  const paths = opts.paths ?? 0;
  if (!Number.isInteger(paths) || paths < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.paths must be an integer ≥ 0.`, { path: "options.paths" });
  }
  const seed = opts.seed ?? 42;
  createRng(seed); // validates the seed
  if (opts.period !== undefined && !(Number.isInteger(opts.period) && opts.period >= 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.period must be an integer ≥ 1.`, { path: "options.period" });
  }
  if (opts.onProgress !== undefined && typeof opts.onProgress !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.onProgress must be a function.`, { path: "options.onProgress" });
  }
  return { horizon, method, levels, period: opts.period, paths, seed, includeModel: opts.includeModel === true };
}

/** @internal Validates one input series into a task, or returns the error as a failed item. */
export function toTask(input: unknown, index: number, options: NormalizedBatchOptions, fn: string): BatchTask | BatchItemResult {
  try {
    const data = readSeries(input, fn, options.period, `series[${index}]`);
    return { index, values: data.values, period: data.period, next: data.next };
  } catch (error) {
    return failure(index, error);
  }
}

function failure(index: number, error: unknown): BatchItemResult {
  if (isDpmError(error)) {
    return { index, ok: false, error: error.path === undefined ? { code: error.code, message: error.message } : { code: error.code, message: error.message, path: error.path } };
  }
  return { index, ok: false, error: { code: "INTERNAL", message: error instanceof Error ? error.message : String(error) } };
}

/** @internal Forecasts one series; never throws (errors become failed items). Deterministic. */
export function runBatchTask(task: BatchTask, options: NormalizedBatchOptions, fn: string): BatchItemResult {
  try {
    const data: SeriesData = { values: task.values, period: task.period, next: task.next };
    const { horizon, levels } = options;
    if (options.method === "auto") {
      const seed = options.paths > 0 ? createRng(options.seed).fork(task.index).seed : options.seed;
      const f = autoForecastData(data, horizon, levels, options.paths, seed, fn);
      const out: BatchForecast = {
        method: f.method,
        description: f.description,
        point: f.point,
        intervals: f.intervals,
        intervalMethod: f.intervalMethod,
        start: f.start,
        ...(f.paths === undefined ? {} : { paths: f.paths }),
        ...(options.includeModel ? { model: f.model } : {}),
      };
      return { index: task.index, ok: true, forecast: out };
    }
    return { index: task.index, ok: true, forecast: baseline(data, options, fn) };
  } catch (error) {
    return failure(task.index, error);
  }
}

function baseline(data: SeriesData, options: NormalizedBatchOptions, fn: string): BatchForecast {
  const y = data.values;
  const n = y.length;
  const { horizon, levels, method } = options;
  const lag = method === "seasonalNaive" ? data.period : 1;
  const need = method === "seasonalNaive" ? lag + 1 : method === "drift" ? 3 : 2;
  if (n < need) {
    throw new DpmError("TOO_SHORT", `${fn}: series has ${n} value(s) but ${method} needs at least ${need}.`, { path: "series" });
  }
  if (method === "mean") {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i] as number;
    mean /= n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((y[i] as number) - mean) ** 2;
    const point = new Float64Array(horizon).fill(mean);
    const se = new Float64Array(horizon).fill(Math.sqrt(ss / (n - 1)) * Math.sqrt(1 + 1 / n));
    const intervals = normalIntervals(point, se, levels, (p) => studentTQuantile(p, n - 1));
    return { method: "Mean", description: "Mean of the history", point, intervals, intervalMethod: "analytic", start: data.next };
  }
  const r = lagWalkKernel(y, lag, horizon, method === "drift");
  const name = method === "naive" ? "Naive" : method === "drift" ? "Drift" : "Seasonal naive";
  return { method: name, description: name, point: r.point, intervals: normalIntervals(r.point, r.se, levels), intervalMethod: "analytic", start: data.next };
}
