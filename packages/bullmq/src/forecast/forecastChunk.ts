import { DpmError, addPeriods, checkOptions, createRng, formatPeriod, isDpmError, isFrequency, timeSeries, toPeriod, type Frequency, type Seed } from "@dpm/core";
import { autoForecast, driftForecast, meanForecast, naiveForecast, seasonalNaiveForecast, type Forecast } from "@dpm/forecast";

/**
 * The forecasting method applied to every series of a chunk.
 * - `"auto"`: `autoForecast`'s default (ETS chosen by AICc; naive for very short series)
 * - `"ets"`, `"arima"`, `"theta"`: that family alone (`autoForecast` with `methods: [family]`)
 * - `"combine"`: the equal-weight combination of ETS, Theta and ARIMA
 * - `"naive"`, `"seasonalNaive"`, `"drift"`, `"mean"`: the baselines
 *
 * @category Forecast
 */
export type ChunkMethod = "auto" | "ets" | "arima" | "theta" | "combine" | "naive" | "seasonalNaive" | "drift" | "mean";

/** Every {@link ChunkMethod}, for validating user input. */
export const CHUNK_METHODS: readonly ChunkMethod[] = ["auto", "ets", "arima", "theta", "combine", "naive", "seasonalNaive", "drift", "mean"];

/**
 * One regular series of a chunk, as plain JSON-safe data (it travels through Redis).
 *
 * @category Forecast
 */
export interface ChunkSeries {
  /** Position of the series in the whole input (0-based): its seed is forked by this index. */
  readonly index: number;
  /** The id column values, e.g. `["store 4", "bread"]`. */
  readonly key: readonly string[];
  /** Frequency of the series. */
  readonly freq: Frequency;
  /** Label of the first period, e.g. `"2025-03-01"` (day) or `"2025-03"` (month). */
  readonly start: string;
  /** The observations, one per period. */
  readonly values: readonly number[];
}

/**
 * A unit of work: consecutive series of the input.
 *
 * @category Forecast
 */
export interface ForecastChunk {
  /** Chunk number, 0-based, in input order. */
  readonly id: number;
  readonly series: readonly ChunkSeries[];
}

/**
 * Options for {@link forecastChunk}.
 *
 * @category Forecast
 */
export interface ForecastChunkOptions {
  /** Periods to forecast (an integer from 1 to 10,000). */
  readonly horizon: number;
  /** Method (default `"auto"`). */
  readonly method?: ChunkMethod;
  /** Interval levels in percent (default `[80, 95]`). */
  readonly levels?: readonly number[];
  /** Base seed (default 42); series `i` uses `createRng(seed).fork(i)`. */
  readonly seed?: Seed;
}

/**
 * The forecast of one series, or why it failed.
 *
 * @category Forecast
 */
export type SeriesOutcome =
  | {
      readonly index: number;
      readonly key: readonly string[];
      readonly ok: true;
      /** The method used, e.g. `"ETS(A,N,A)"`. */
      readonly method: string;
      /** The label of each forecast period. */
      readonly periods: readonly string[];
      readonly point: readonly number[];
      /** One row per level (in the order of `levels`): lower bounds per period. */
      readonly lower: readonly (readonly number[])[];
      readonly upper: readonly (readonly number[])[];
    }
  | { readonly index: number; readonly key: readonly string[]; readonly ok: false; readonly code: string; readonly message: string };

/**
 * What {@link forecastChunk} returns: one outcome per series of the chunk, in chunk order.
 *
 * @category Forecast
 */
export interface ForecastChunkResult {
  readonly id: number;
  readonly outcomes: readonly SeriesOutcome[];
}

const KNOWN = ["horizon", "method", "levels", "seed"];

/** @internal Validated options. */
export interface NormalizedChunkOptions {
  readonly horizon: number;
  readonly method: ChunkMethod;
  readonly levels: readonly number[];
  readonly seed: Seed;
}

/** @internal */
export function normalizeChunkOptions(options: ForecastChunkOptions, fn: string): NormalizedChunkOptions {
  const o = checkOptions(options, KNOWN, fn, "{ horizon: 28 }");
  const horizon = o.horizon;
  if (typeof horizon !== "number" || !Number.isInteger(horizon) || horizon < 1 || horizon > 10_000) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: horizon must be a whole number from 1 to 10000, such as { horizon: 28 }.`, { path: "options.horizon" });
  }
  const method = o.method ?? "auto";
  if (!CHUNK_METHODS.includes(method)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: method must be one of ${CHUNK_METHODS.join(", ")}; got ${JSON.stringify(method)}.`, { path: "options.method" });
  }
  const levels = o.levels ?? [80, 95];
  if (!Array.isArray(levels) || levels.some((l) => typeof l !== "number" || !(l > 0 && l < 100))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: levels must be percentages between 0 and 100, such as [80, 95].`, { path: "options.levels" });
  }
  const seed = o.seed ?? 42;
  createRng(seed);
  return { horizon, method, levels: [...levels], seed };
}

/**
 * Forecasts every series of a chunk — the one function behind `dpm forecast`, its local worker
 * pool and the BullMQ workers, so that a run gives the same numbers however it is split. Never
 * throws for a bad series: the series becomes a failed outcome with the error's code and message.
 * Deterministic: series `i` draws from `createRng(seed).fork(i)` whichever process runs it.
 *
 * @param chunk - consecutive series of the input
 * @param options - horizon, method, levels, seed
 * @returns one outcome per series, in chunk order
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad options (a caller bug, not a series')
 *
 * @example
 * ```ts
 * import { forecastChunk } from "@dpm/bullmq";
 *
 * const result = forecastChunk(
 *   { id: 0, series: [
 *     { index: 0, key: ["A"], freq: "month", start: "2025-01", values: [10, 12, 11, 13, 12, 14, 13, 15] },
 *     { index: 1, key: ["B"], freq: "month", start: "2025-01", values: [5] },
 *   ] },
 *   { horizon: 2, method: "naive" },
 * );
 * result.outcomes.map((o) => o.ok); // => [true, false]
 * const first = result.outcomes[0];
 * first?.ok === true ? first.periods : []; // => ["2025-09", "2025-10"]
 * ```
 *
 * @category Forecast
 */
export function forecastChunk(chunk: ForecastChunk, options: ForecastChunkOptions): ForecastChunkResult {
  const fn = "forecastChunk";
  const o = normalizeChunkOptions(options, fn);
  if (typeof chunk !== "object" || chunk === null || !Array.isArray(chunk.series)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: chunk must be { id, series: [...] }, got ${chunk === null ? "null" : typeof chunk}.`, { path: "chunk" });
  }
  return { id: chunk.id, outcomes: chunk.series.map((s) => forecastOne(s, o)) };
}

/** @internal Forecasts one series of a chunk; never throws. */
export function forecastOne(s: ChunkSeries, o: NormalizedChunkOptions): SeriesOutcome {
  const key = Array.isArray(s?.key) ? s.key : [];
  const index = s?.index ?? -1;
  try {
    if (!isFrequency(s.freq)) throw new DpmError("INVALID_ARGUMENT", `series ${index}: freq must be day, week, month, quarter or year.`);
    if (!Array.isArray(s.values)) throw new DpmError("INVALID_ARGUMENT", `series ${index}: values must be an array of numbers.`);
    for (let t = 0; t < s.values.length; t++) {
      if (typeof s.values[t] !== "number") throw new DpmError("INVALID_ARGUMENT", `series ${index}: values[${t}] is ${JSON.stringify(s.values[t]) ?? typeof s.values[t]}, not a number; send numbers (parse text values first).`);
    }
    const start = toPeriod(s.start, s.freq);
    const series = timeSeries(start, Float64Array.from(s.values), { freq: s.freq });
    const f = run(series, o, index);
    const first = f.start ?? addPeriods(start, s.values.length);
    const periods: string[] = new Array(o.horizon);
    for (let h = 0; h < o.horizon; h++) periods[h] = formatPeriod(addPeriods(first, h));
    return {
      index,
      key,
      ok: true,
      method: f.method,
      periods,
      point: Array.from(f.point),
      lower: f.intervals.map((iv) => Array.from(iv.lower)),
      upper: f.intervals.map((iv) => Array.from(iv.upper)),
    };
  } catch (error) {
    if (isDpmError(error)) return { index, key, ok: false, code: error.code, message: error.message };
    return { index, key, ok: false, code: "INTERNAL", message: error instanceof Error ? error.message : String(error) };
  }
}

function run(series: ReturnType<typeof timeSeries>, o: NormalizedChunkOptions, index: number): Forecast {
  const base = { horizon: o.horizon, levels: o.levels };
  switch (o.method) {
    case "naive":
      return naiveForecast(series, base);
    case "seasonalNaive":
      return seasonalNaiveForecast(series, base);
    case "drift":
      return driftForecast(series, base);
    case "mean":
      return meanForecast(series, base);
    default: {
      const seed = createRng(o.seed).fork(index).seed;
      if (o.method === "auto") return autoForecast(series, { ...base, seed });
      if (o.method === "combine") return autoForecast(series, { ...base, seed, methods: ["ets", "theta", "arima"], combine: true });
      return autoForecast(series, { ...base, seed, methods: [o.method], select: "aicc" });
    }
  }
}
