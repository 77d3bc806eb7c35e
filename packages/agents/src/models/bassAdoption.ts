import { checkOptions, createRng, DpmError, timeSeries, toPeriod, type PeriodLike, type Seed, type TimeSeries } from "@dpm/core";
import type { Interaction } from "../networks/Network.js";
import { assertCount, assertObject, assertWork, MAX_AGENTS, MAX_STEPS } from "../engine/validate.js";
import { checkDt, checkPq } from "./bassCurve.js";

/**
 * Options for {@link bassAdoption}.
 *
 * @category Models
 */
export interface BassOptions {
  /** Market size m: number of agents. */
  readonly size: number;
  /** Coefficient of innovation p: per-step probability of adopting from outside influence (advertising). */
  readonly p: number;
  /** Coefficient of imitation q: weight of word of mouth from adopters. */
  readonly q: number;
  /** Number of steps. */
  readonly steps: number;
  /** Time step (default 1). Per-step adoption probability is (p + q·F)·dt; smaller dt → continuous curve. */
  readonly dt?: number;
  /** Random seed (default 0). Same seed → identical results. */
  readonly seed?: Seed;
  /** Random mixing (default) or a network; on a network F is the adopted share of the agent's neighbours. */
  readonly interaction?: Interaction;
  /** First period of the output series (default `"2026-01"`). */
  readonly start?: PeriodLike;
}

/**
 * The result of {@link bassAdoption}: series of `steps + 1` values (the initial state first).
 *
 * @category Models
 */
export interface BassResult {
  /** Cumulative adopters N(t). */
  readonly adopters: TimeSeries;
  /** Adopted fraction F(t) = N(t)/m. */
  readonly fraction: TimeSeries;
  /** New adopters in each step (0 at t = 0). */
  readonly newAdopters: TimeSeries;
  /** The seed path used. */
  readonly seed: string;
}

/**
 * Bass word-of-mouth adoption as an agent-based model (Bass 1969).
 *
 * Each agent is a non-adopter (0) or adopter (1), stored in a `Uint8Array`. Time-stepped,
 * simultaneous update: at each step every non-adopter adopts with probability
 * `(p + q·F)·dt`, where F is the adopted fraction **at the start of the step** — of the whole
 * population under random mixing, or of the agent's neighbours on a network (p only for an
 * isolated agent). Adopters never revert. Assumptions: homogeneous agents, no repeat purchase,
 * fixed market size m.
 *
 * Under random mixing the expected adopted fraction follows the discrete map
 * F(t+dt) = F(t) + dt·(p + q·F(t))·(1 − F(t)) exactly ({@link bassDiscrete}); one run deviates by
 * O(1/√m) (within about 5/√m). As dt → 0 it approaches the continuous curve {@link bassCurve}; at
 * dt = 1 the time step itself opens a gap of about 0.07 to it for p = 0.03, q = 0.38.
 *
 * @param options - market size, p, q, steps, dt, seed, interaction, start period
 * @returns adopters, adopted fraction and new adopters per step as core time series
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for p outside (0, 1], q < 0, (p + q)·dt > 1, a
 *   negative size or steps, or an interaction of another size
 *
 * @example
 * ```ts
 * import { bassAdoption, bassDiscrete } from "@dpm/agents";
 *
 * const run = bassAdoption({ size: 100_000, p: 0.03, q: 0.38, steps: 10, seed: 1 });
 * const expected = bassDiscrete(0.03, 0.38, 10)[10];
 * Math.abs(run.fraction.values[10] - expected) < 5 / Math.sqrt(100_000); // => true
 * ```
 *
 * @category Models
 */
export function bassAdoption(options: BassOptions): BassResult {
  const fn = "bassAdoption";
  assertObject(options, "options", fn);
  checkOptions(options, ["size", "p", "q", "steps", "dt", "seed", "interaction", "start"], fn, "{ size: 10000, p: 0.03, q: 0.38, steps: 20 }");
  const { size, p, q, steps } = options;
  assertCount(size, "size", fn, 1, MAX_AGENTS);
  checkPq(p, q, fn);
  assertCount(steps, "steps", fn, 0, MAX_STEPS);
  assertWork(size, steps, fn);
  const dt = options.dt ?? 1;
  checkDt(p, q, dt, fn);
  const interaction = options.interaction;
  if (interaction !== undefined && (typeof interaction !== "object" || interaction === null || interaction.size !== size)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: interaction must be randomMixing(size) or a network of ${size} agents.`, { path: "interaction" });
  }
  const start = toPeriod(options.start ?? "2026-01");
  const rng = createRng(options.seed ?? 0);
  const adopted = new Uint8Array(size);
  const counts = new Float64Array(steps + 1);
  if (interaction === undefined || interaction.kind === "mixing") {
    bassMixingKernel(adopted, p * dt, q * dt, steps, rng.next, counts);
  } else {
    bassNetworkKernel(adopted, p * dt, q * dt, steps, rng.next, counts, interaction.offsets, interaction.targets);
  }
  const fraction = new Float64Array(steps + 1);
  const fresh = new Float64Array(steps + 1);
  for (let t = 0; t <= steps; t++) {
    fraction[t] = (counts[t] as number) / size;
    if (t > 0) fresh[t] = (counts[t] as number) - (counts[t - 1] as number);
  }
  return {
    adopters: timeSeries(start, counts, { name: "adopters" }),
    fraction: timeSeries(start, fraction, { name: "fraction" }),
    newAdopters: timeSeries(start, fresh, { name: "newAdopters" }),
    seed: rng.seed,
  };
}

/**
 * @internal The random-mixing kernel: `pdt`, `qdt` already scaled by dt. Updating in place is the
 * simultaneous update because the probability is fixed at the start of each step and only
 * non-adopters change.
 */
export function bassMixingKernel(
  adopted: Uint8Array,
  pdt: number,
  qdt: number,
  steps: number,
  next: () => number,
  counts: Float64Array,
): void {
  const n = adopted.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += adopted[i] as number;
  counts[0] = total;
  for (let t = 1; t <= steps; t++) {
    const prob = pdt + (qdt * total) / n;
    let added = 0;
    for (let i = 0; i < n; i++) {
      if (adopted[i] === 0 && next() < prob) {
        adopted[i] = 1;
        added++;
      }
    }
    total += added;
    counts[t] = total;
  }
}

/** @internal The network kernel: F is the adopted share of each agent's neighbours at the step start. */
export function bassNetworkKernel(
  adopted: Uint8Array,
  pdt: number,
  qdt: number,
  steps: number,
  next: () => number,
  counts: Float64Array,
  offsets: Uint32Array,
  targets: Uint32Array,
): void {
  const n = adopted.length;
  const before = new Uint8Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += adopted[i] as number;
  counts[0] = total;
  for (let t = 1; t <= steps; t++) {
    before.set(adopted);
    let added = 0;
    for (let i = 0; i < n; i++) {
      if (before[i] !== 0) continue;
      const a = offsets[i] as number;
      const b = offsets[i + 1] as number;
      let prob = pdt;
      if (b > a) {
        let k = 0;
        for (let e = a; e < b; e++) k += before[targets[e] as number] as number;
        prob += (qdt * k) / (b - a);
      }
      if (next() < prob) {
        adopted[i] = 1;
        added++;
      }
    }
    total += added;
    counts[t] = total;
  }
}
