import { checkOptions, DpmError } from "@dpm/core";
import { checkInteger, checkNonNegative, checkPositive, requireOptions } from "../internal/check.js";
import { erlangBKernel } from "./erlangB.js";

/**
 * Options for {@link erlangC}.
 *
 * @category Queues
 */
export interface ErlangCOptions {
  /** Number of servers (agents, baristas, tills). */
  readonly servers: number;
  /** Mean service (handling) time, in the time unit of the arrival rate. */
  readonly serviceTime: number;
  /** The service-level target: a wait of at most this long counts as "answered in time" (default 0). */
  readonly targetWait?: number;
}

/**
 * Steady-state figures of an M/M/c queue (and of an Erlang A queue, which adds `probAbandon`).
 *
 * @category Queues
 */
export interface QueueMetrics {
  readonly servers: number;
  /** Offered load a = λ × service time, in erlangs. */
  readonly offeredLoad: number;
  /** Occupancy: the share of time a server is busy (a / c for Erlang C). */
  readonly utilisation: number;
  /** P(an arrival waits at all). */
  readonly probWait: number;
  /** Mean time in queue over all arrivals (those served at once count as 0). */
  readonly meanWait: number;
  /** Mean number waiting (Lq = λ × meanWait, Little's law). */
  readonly meanQueueLength: number;
  /** Mean number in the system (waiting + in service). */
  readonly meanInSystem: number;
  /** Share of arrivals answered within `targetWait`. */
  readonly serviceLevel: number;
}

/** The message for a queue that cannot be stable. @internal */
export function unstableError(fn: string, arrivalRate: number, serviceTime: number, servers: number): DpmError {
  const load = arrivalRate * serviceTime;
  const rho = load / servers;
  const need = Math.floor(load) + 1;
  return new DpmError(
    "INVALID_ARGUMENT",
    `${fn}: utilisation is ${rho.toFixed(3)} (arrival rate ${arrivalRate} × service time ${serviceTime} = ${load.toFixed(3)} erlangs on ${servers} server(s)), ` +
      `${((rho - 1) * 100).toFixed(1)} % over capacity — the queue grows without bound. Use at least ${need} servers (${need - servers} more), ` +
      `cut the service time below ${(servers / arrivalRate).toPrecision(4)}, or model abandonment with erlangA / capacity with mmck.`,
    { path: "servers", details: { utilisation: rho, offeredLoad: load, servers, minServers: need } },
  );
}

/**
 * Erlang C kernel (validated inputs, λ·s < c): probability of waiting from the Erlang B recursion.
 * @internal
 */
export function erlangCKernel(servers: number, load: number): number {
  if (load === 0) return 0;
  const b = erlangBKernel(servers, load);
  return (servers * b) / (servers - load * (1 - b));
}

/**
 * Erlang C: the M/M/c queue — Poisson arrivals, exponential service, `c` servers, unlimited patience.
 * Probability of waiting, mean wait, service level (share answered within `targetWait`), occupancy.
 * Numerically stable (Erlang B recursion) for hundreds or thousands of servers. With `servers: 1`
 * it is the M/M/1 queue: P(wait) = ρ, mean wait ρ·s/(1−ρ).
 *
 * @param arrivalRate - arrivals per time unit (≥ 0)
 * @param options - `servers`, `serviceTime` (same time unit), optional `targetWait`
 * @returns the {@link QueueMetrics}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` when utilisation λ·s/c ≥ 1 (the message says
 *   by how much and how many servers are needed), for a negative rate or a non-positive service time
 *
 * @example
 * ```ts
 * import { erlangC } from "@dpm/operations";
 *
 * // The textbook call centre: 360 calls an hour (6 a minute), 4-minute calls, 27 agents,
 * // target: answer within 20 seconds.
 * const m = erlangC(6, { servers: 27, serviceTime: 4, targetWait: 1 / 3 });
 * Number(m.probWait.toFixed(4)); // => 0.4498
 * Number(m.serviceLevel.toFixed(4)); // => 0.6497 — short of 80/20: see requiredServers
 * Number((m.meanWait * 60).toFixed(1)); // => 36 seconds
 * ```
 *
 * @category Queues
 */
export function erlangC(arrivalRate: number, options: ErlangCOptions): QueueMetrics {
  const fn = "erlangC";
  const example = "{ servers: 27, serviceTime: 4, targetWait: 0.33 }";
  const o = checkOptions(requireOptions(options, fn, example), ["servers", "serviceTime", "targetWait"], fn, example);
  const lambda = checkNonNegative(arrivalRate, "arrivalRate", fn);
  const c = checkInteger(o.servers, "servers", fn, 1, 1_000_000);
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  const t = o.targetWait === undefined ? 0 : checkNonNegative(o.targetWait, "targetWait", fn);
  if (lambda * s >= c) throw unstableError(fn, lambda, s, c);
  return erlangCMetrics(lambda, c, s, t);
}

/** Erlang C figures for validated inputs. @internal */
export function erlangCMetrics(lambda: number, c: number, s: number, t: number): QueueMetrics {
  const a = lambda * s;
  const pw = erlangCKernel(c, a);
  const meanWait = (pw * s) / (c - a);
  return {
    servers: c,
    offeredLoad: a,
    utilisation: a / c,
    probWait: pw,
    meanWait,
    meanQueueLength: lambda * meanWait,
    meanInSystem: lambda * meanWait + a,
    serviceLevel: 1 - pw * Math.exp((-(c - a) * t) / s),
  };
}
