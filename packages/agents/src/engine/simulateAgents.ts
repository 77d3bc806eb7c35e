import { checkOptions, createRng, DpmError, type Period, type PeriodLike, type Rng, type Seed, type TimeSeries } from "@dpm/core";
import type { Interaction } from "../networks/Network.js";
import { createClock } from "./Clock.js";
import { createDataCollector } from "./DataCollector.js";
import { createPopulation, type Columns, type Population, type Schema } from "./Population.js";
import { shuffleInto } from "./randomOrder.js";
import { assertCount, assertObject, assertWork, describe, MAX_AGENTS, MAX_STEPS } from "./validate.js";

/**
 * How agents are updated within a step.
 *
 * - `"random"` — random activation: agents act one at a time in a fresh random order each step,
 *   and each sees the changes made by the agents before it (`read` and `write` are the same arrays).
 * - `"simultaneous"` — synchronous update: every agent reads the state at the start of the step
 *   (`read`) and writes its new state into a separate buffer (`write`), swapped in at the end.
 *
 * @category Engine
 */
export type Scheduler = "random" | "simultaneous";

/**
 * What an agent's step function sees besides the state arrays.
 *
 * @category Engine
 */
export interface StepContext {
  /** The step being computed (1 for the first step; row 0 of the data is the initial state). */
  readonly step: number;
  /** The period this step ends in. */
  readonly period: Period;
  /** Uniform draws in [0, 1) from the run's stream (hoist into a local in hot loops). */
  readonly next: () => number;
  /** The run's random stream. */
  readonly rng: Rng;
  /** The interaction structure, when one was given. */
  readonly interaction: Interaction | undefined;
  /** Per-step scratch values set by `beforeStep` (e.g. the adopted fraction). */
  readonly scratch: Float64Array;
}

/**
 * A custom agent model for {@link simulateAgents}.
 *
 * @category Engine
 */
export interface AgentModel<S extends Schema> {
  /** Agent attributes and their storage types. */
  readonly schema: S;
  /** Sets the initial state (all attributes start at zero). */
  readonly init?: (population: Population<S>, rng: Rng) => void;
  /** Called once per step before the agents act, e.g. to compute aggregates into `ctx.scratch`. */
  readonly beforeStep?: (population: Population<S>, ctx: StepContext) => void;
  /** Updates agent `i`: read the current state from `read`, write the new state to `write`. */
  readonly agentStep: (i: number, read: Columns<S>, write: Columns<S>, ctx: StepContext) => void;
  /** Model-level metrics recorded after init and after every step. */
  readonly metrics: Readonly<Record<string, (population: Population<S>) => number>>;
  /**
   * Per-group metrics: `{ brand: { column: "brand", groups: 3 } }` records the number of agents with
   * `brand === g` as the series `"brand:0"`, `"brand:1"`, `"brand:2"`.
   */
  readonly groups?: Readonly<Record<string, { readonly column: keyof S & string; readonly groups: number }>>;
}

/**
 * Options for {@link simulateAgents}.
 *
 * @category Engine
 */
export interface SimulateAgentsOptions {
  /** Number of agents. */
  readonly size: number;
  /** Number of steps. */
  readonly steps: number;
  /** Random seed (default 0). Same seed → identical results. */
  readonly seed?: Seed;
  /** Scheduler (default `"random"`). */
  readonly scheduler?: Scheduler;
  /** First period of the clock (default `"2026-01"`). */
  readonly start?: PeriodLike;
  /** Interaction structure passed to the agents through the context. */
  readonly interaction?: Interaction;
  /** Length of `ctx.scratch` (default 8). */
  readonly scratch?: number;
}

/**
 * The result of {@link simulateAgents}.
 *
 * @category Engine
 */
export interface AgentSimulationResult<S extends Schema> {
  /** The final population. */
  readonly population: Population<S>;
  /** Each metric (and each group count, as `"name:g"`) as a series of `steps + 1` values (initial state first) on the period axis. */
  readonly series: Readonly<Record<string, TimeSeries>>;
  /** The seed path used. */
  readonly seed: string;
}

/**
 * Runs a custom agent model: initialise, then for each step call `beforeStep` and every agent's
 * `agentStep` under the chosen scheduler, recording the metrics into core time series.
 *
 * @param model - schema, initialisation, per-agent step, model-level metrics and per-group counts
 * @param options - size, steps, seed, scheduler, start period, interaction
 * @returns the final population and the metric series
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative size or steps, an unknown scheduler,
 *   an interaction of another size, or a metric that is not finite
 *
 * @example
 * ```ts
 * import { simulateAgents } from "@dpm/agents";
 *
 * // Each step, every agent who has not heard the news hears it with probability 0.5.
 * const run = simulateAgents(
 *   {
 *     schema: { heard: "u8" },
 *     agentStep: (i, read, write, ctx) => {
 *       if (read.heard[i] === 0 && ctx.next() < 0.5) write.heard[i] = 1;
 *     },
 *     metrics: { heard: (pop) => pop.count("heard", 1) },
 *   },
 *   { size: 1000, steps: 3, seed: 1, scheduler: "simultaneous" },
 * );
 * run.series.heard.length; // => 4
 * run.series.heard.values[0]; // => 0
 * ```
 *
 * @category Engine
 */
export function simulateAgents<const S extends Schema>(model: AgentModel<S>, options: SimulateAgentsOptions): AgentSimulationResult<S> {
  const fn = "simulateAgents";
  assertObject(model, "model", fn);
  assertObject(options, "options", fn);
  if (typeof model.agentStep !== "function") {
    throw new DpmError("INVALID_ARGUMENT", "simulateAgents: model.agentStep must be a function (i, read, write, ctx) => void.", { path: "model.agentStep" });
  }
  assertObject(model.metrics, "model.metrics", fn);
  const metricNames = Object.keys(model.metrics);
  for (const name of metricNames) {
    if (typeof model.metrics[name] !== "function") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: model.metrics[${describe(name)}] must be a function (population) => number, got ${describe(model.metrics[name])}.`, { path: `model.metrics.${name}` });
    }
  }
  const groupSpecs: { name: string; column: string; groups: number }[] = [];
  if (model.groups !== undefined) {
    assertObject(model.groups, "model.groups", fn);
    for (const [name, spec] of Object.entries(model.groups)) {
      assertObject(spec, `model.groups.${name}`, fn);
      if (!Object.hasOwn(model.schema, spec.column)) {
        throw new DpmError("INVALID_ARGUMENT", `simulateAgents: model.groups.${name}.column ${describe(spec.column)} is not in the schema.`, {
          path: `model.groups.${name}.column`,
        });
      }
      assertCount(spec.groups, `model.groups.${name}.groups`, fn, 1, 10_000);
      groupSpecs.push({ name, column: spec.column, groups: spec.groups });
    }
  }
  const groupNames = groupSpecs.flatMap((g) => Array.from({ length: g.groups }, (_, k) => `${g.name}:${k}`));
  if (metricNames.length + groupNames.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", "simulateAgents: model.metrics (or model.groups) needs at least one metric to record.", { path: "model.metrics" });
  }
  checkOptions(options, ["size", "steps", "seed", "scheduler", "start", "interaction", "scratch"], fn, "{ size: 1000, steps: 12, seed: 1 }");
  const { size, steps } = options;
  assertCount(size, "size", fn, 0, MAX_AGENTS);
  assertCount(steps, "steps", fn, 0, MAX_STEPS);
  assertWork(size, steps, fn);
  if (options.scratch !== undefined) assertCount(options.scratch, "scratch", fn, 0, 1_000_000);
  const scheduler = options.scheduler ?? "random";
  if (scheduler !== "random" && scheduler !== "simultaneous") {
    throw new DpmError("INVALID_ARGUMENT", `simulateAgents: scheduler must be "random" or "simultaneous", got ${describe(scheduler)}.`, {
      path: "scheduler",
    });
  }
  if (options.interaction !== undefined && (typeof options.interaction !== "object" || options.interaction === null || options.interaction.size !== size)) {
    throw new DpmError("INVALID_ARGUMENT", `simulateAgents: interaction must be randomMixing(size) or a network of ${size} agents, got ${describe((options.interaction as { size?: unknown } | null)?.size ?? options.interaction)} agents.`, {
      path: "interaction",
    });
  }
  const rng = createRng(options.seed ?? 0);
  const population = createPopulation(size, model.schema);
  model.init?.(population, rng.fork("init"));
  const stepRng = rng.fork("steps");
  const clock = createClock(options.start ?? "2026-01");
  const collector = createDataCollector(clock.start, [...metricNames, ...groupNames]);
  const groupCounts = new Float64Array(Math.max(0, ...groupSpecs.map((g) => g.groups)));
  const scratch = new Float64Array(options.scratch ?? 8);
  const ctx = {
    step: 0,
    period: clock.period,
    next: stepRng.next,
    rng: stepRng,
    interaction: options.interaction,
    scratch,
  };
  const collect = () => {
    for (const name of metricNames) collector.set(name, (model.metrics[name] as (p: Population<S>) => number)(population));
    for (const g of groupSpecs) {
      const column = population.columns[g.column] as unknown as Float64Array;
      groupCounts.fill(0);
      for (let i = 0; i < size; i++) {
        const v = column[i] as number;
        if (v >= 0 && v < g.groups && Number.isInteger(v)) groupCounts[v] = (groupCounts[v] as number) + 1;
      }
      for (let k = 0; k < g.groups; k++) collector.set(`${g.name}:${k}`, groupCounts[k] as number);
    }
    collector.commit();
  };
  collect();
  const buffer = scheduler === "simultaneous" ? createPopulation(size, model.schema) : undefined;
  const order = scheduler === "random" ? new Uint32Array(size) : undefined;
  const cols = population.columns;
  for (let t = 1; t <= steps; t++) {
    clock.tick();
    ctx.step = t;
    ctx.period = clock.period;
    model.beforeStep?.(population, ctx);
    if (buffer !== undefined) {
      buffer.copyFrom(population);
      const write = buffer.columns;
      for (let i = 0; i < size; i++) model.agentStep(i, cols, write, ctx);
      population.copyFrom(buffer);
    } else if (order !== undefined) {
      shuffleInto(order, size, stepRng.next);
      for (let k = 0; k < size; k++) model.agentStep(order[k] as number, cols, cols, ctx);
    }
    collect();
  }
  return { population, series: collector.toSeries(), seed: rng.seed };
}

/**
 * Former name of {@link simulateAgents}, which it calls.
 *
 * @deprecated Use {@link simulateAgents}: `simulate` collided with `@dpm/montecarlo`'s `simulate` when both were imported.
 * @param model - as for {@link simulateAgents}
 * @param options - as for {@link simulateAgents}
 * @returns as for {@link simulateAgents}
 * @throws {@link @dpm/core!DpmError} as {@link simulateAgents}
 *
 * @example
 * ```ts
 * import { simulate } from "@dpm/agents";
 *
 * const run = simulate({ schema: { on: "u8" }, agentStep: () => {}, metrics: { on: (p) => p.count("on", 1) } }, { size: 10, steps: 2 });
 * run.series.on.length; // => 3
 * ```
 *
 * @category Engine
 */
export function simulate<const S extends Schema>(model: AgentModel<S>, options: SimulateAgentsOptions): AgentSimulationResult<S> {
  return simulateAgents(model, options);
}

/**
 * @deprecated Use {@link SimulateAgentsOptions}.
 * @category Engine
 */
export type SimulateOptions = SimulateAgentsOptions;

/**
 * @deprecated Use {@link AgentSimulationResult}.
 * @category Engine
 */
export type SimulationResult<S extends Schema> = AgentSimulationResult<S>;
