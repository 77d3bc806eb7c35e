import { checkOptions, createRng, DpmError, formatPeriod, isTimeSeries, periodAt, type Seed, type TimeSeries } from "@dpm/core";
import { assertCount, MAX_RUNS } from "../engine/validate.js";

/**
 * One simulation in a sweep: which parameter set, which replication, its seed and its series.
 *
 * @category Runs
 */
export interface SweepRun<P> {
  /** Index of the parameter set. */
  readonly set: number;
  /** The parameters of this run. */
  readonly parameters: P;
  /** Replication index (0-based). */
  readonly replication: number;
  /** The seed the run received. */
  readonly seed: string;
  /** Every time series the run returned, by name (nested records flattened as `shares.K`). */
  readonly metrics: Readonly<Record<string, TimeSeries>>;
}

/**
 * One tidy row: one value of one metric in one period of one run.
 *
 * @category Runs
 */
export interface TidyRow {
  readonly set: number;
  readonly replication: number;
  readonly seed: string;
  readonly metric: string;
  readonly step: number;
  readonly period: string;
  readonly value: number;
  /** The parameters, spread in. */
  readonly [parameter: string]: unknown;
}

/**
 * The result of {@link sweep}.
 *
 * @category Runs
 */
export interface SweepResult<P> {
  /** The parameter sets, in order. */
  readonly parameters: readonly P[];
  /** Replications per set. */
  readonly replications: number;
  /** Every run: set-major, replication-minor. */
  readonly runs: readonly SweepRun<P>[];
  /** The whole sweep as tidy rows (parameters, replication, seed, metric, period, value). */
  rows(metric?: string): TidyRow[];
}

/**
 * Options for {@link sweep}.
 *
 * @category Runs
 */
export interface SweepOptions<P> {
  /** Parameter sets: a list, or `parameterGrid({...})` for a grid. */
  readonly parameters: readonly P[];
  /** Replications per parameter set (default 1). */
  readonly replications?: number;
  /** Base seed (default 0). */
  readonly seed?: Seed;
}

/**
 * Runs a model for every parameter set × replication and collects its series.
 *
 * Replication r of every parameter set receives the seed `createRng(seed).fork(r).seed` — derived
 * from the base seed and the replication index only, never from the order or place of execution.
 * So results are reproducible, the parallel runner in `@dpm/agents/node` gives identical numbers,
 * and parameter sets are compared under common random numbers.
 *
 * @param run - runs one simulation: `(parameters, seed) => result`; every `TimeSeries` field of the
 *   result (and of nested records such as `shares`) is collected
 * @param options - parameter sets, replications, base seed
 * @returns runs plus tidy rows
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for no parameter sets, a bad replication count, or a
 *   run that returns no time series
 *
 * @example
 * ```ts
 * import { bassAdoption, parameterGrid, sweep } from "@dpm/agents";
 *
 * const result = sweep(
 *   (params, seed) => bassAdoption({ size: 1000, steps: 5, ...params, seed }),
 *   { parameters: parameterGrid({ p: [0.01, 0.03], q: [0.38] }), replications: 3, seed: 42 },
 * );
 * result.runs.length; // => 6
 * result.runs[0].seed === result.runs[3].seed; // => true
 * result.rows("fraction").length; // => 36
 * ```
 *
 * @category Runs
 */
export function sweep<P>(run: (parameters: P, seed: string) => unknown, options: SweepOptions<P>): SweepResult<P> {
  const { sets, replications, seeds } = planSweep(run, options, "sweep");
  const runs: SweepRun<P>[] = [];
  sets.forEach((parameters, set) => {
    for (let r = 0; r < replications; r++) {
      const seed = seeds[r] as string;
      runs.push({ set, parameters, replication: r, seed, metrics: collectSeries(run(parameters, seed), "sweep") });
    }
  });
  return makeSweepResult(sets, replications, runs);
}

/** @internal Validates sweep options and derives the replication seeds. */
export function planSweep<P>(
  run: unknown,
  options: SweepOptions<P>,
  fn: string,
  extraKeys: readonly string[] = [],
): { sets: readonly P[]; replications: number; seeds: string[] } {
  if (typeof run !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: run must be a function (parameters, seed) => result.`, { path: "run" });
  }
  if (typeof options !== "object" || options === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options must be an object with parameters.`, { path: "options" });
  }
  const sets = options.parameters;
  if (!Array.isArray(sets) || sets.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: parameters must be a non-empty list of parameter sets (see parameterGrid).`, { path: "parameters" });
  }
  checkOptions(options, ["parameters", "replications", "seed", ...extraKeys], fn, "{ parameters: parameterGrid({ p: [0.01, 0.03] }), replications: 10 }");
  const replications = options.replications ?? 1;
  assertCount(replications, "replications", fn, 1, MAX_RUNS);
  if (sets.length * replications > MAX_RUNS) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${sets.length} parameter sets × ${replications} replications = ${sets.length * replications} runs is over the limit of ${MAX_RUNS}; use fewer replications or a coarser grid.`, {
      path: "replications",
      details: { limit: MAX_RUNS },
    });
  }
  const base = createRng(options.seed ?? 0);
  const seeds = Array.from({ length: replications }, (_, r) => base.fork(r).seed);
  return { sets, replications, seeds };
}

/** @internal Every TimeSeries in a run's result, nested records flattened with dots. */
export function collectSeries(result: unknown, fn: string): Record<string, TimeSeries> {
  const out: Record<string, TimeSeries> = {};
  const visit = (value: unknown, prefix: string, depth: number) => {
    if (isTimeSeries(value)) {
      out[prefix] = value;
      return;
    }
    if (depth > 2 || typeof value !== "object" || value === null || ArrayBuffer.isView(value)) return;
    for (const [k, v] of Object.entries(value)) visit(v, prefix === "" ? k : `${prefix}.${k}`, depth + 1);
  };
  visit(result, "", 0);
  if (Object.keys(out).length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: the run returned no TimeSeries; return the model's result or an object of series.`, {
      path: "run",
    });
  }
  return out;
}

/** @internal */
export function makeSweepResult<P>(sets: readonly P[], replications: number, runs: SweepRun<P>[]): SweepResult<P> {
  return {
    parameters: sets,
    replications,
    runs,
    rows(metric?: string) {
      const rows: TidyRow[] = [];
      for (const r of runs) {
        for (const [name, series] of Object.entries(r.metrics)) {
          if (metric !== undefined && name !== metric) continue;
          for (let t = 0; t < series.length; t++) {
            rows.push({
              ...(r.parameters as object),
              set: r.set,
              replication: r.replication,
              seed: r.seed,
              metric: name,
              step: t,
              period: formatPeriod(periodAt(series, t)),
              value: series.values[t] as number,
            });
          }
        }
      }
      return rows;
    },
  };
}
