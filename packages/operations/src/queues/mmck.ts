import { checkOptions, DpmError } from "@dpm/core";
import { checkInteger, checkNonNegative, checkPositive, requireOptions } from "../internal/check.js";

/**
 * Options for {@link mmck}.
 *
 * @category Queues
 */
export interface MmckOptions {
  /** Number of servers c. */
  readonly servers: number;
  /** Mean service time. */
  readonly serviceTime: number;
  /** System capacity K ≥ c: at most K customers in service plus waiting; arrivals beyond are lost. */
  readonly capacity: number;
}

/**
 * Steady state of an M/M/c/K queue.
 *
 * @category Queues
 */
export interface MmckMetrics {
  /** P(an arrival finds the system full and is lost). */
  readonly probBlock: number;
  /** P(an admitted arrival has to wait). */
  readonly probWait: number;
  /** Served arrivals per time unit, λ·(1 − probBlock). */
  readonly throughput: number;
  /** Share of time a server is busy. */
  readonly utilisation: number;
  /** Mean number waiting. */
  readonly meanQueueLength: number;
  /** Mean number in the system. */
  readonly meanInSystem: number;
  /** Mean wait of admitted customers (Little's law on the throughput). */
  readonly meanWait: number;
  /** Mean time in system of admitted customers. */
  readonly meanSojourn: number;
  /** P(n in system), n = 0 … K. */
  readonly probabilities: Float64Array;
}

/**
 * The M/M/c/K queue: `c` servers and room for `K` in total — a shop with a few chairs, a phone
 * system with a limited number of hold slots. Stable at any load (arrivals beyond K are lost).
 *
 * @param arrivalRate - arrivals per time unit (≥ 0)
 * @param options - `servers`, `serviceTime`, `capacity` (≥ servers, at most 10⁶)
 * @returns the {@link MmckMetrics}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for capacity < servers, a negative rate or a non-positive service time
 *
 * @example
 * ```ts
 * import { mmck } from "@dpm/operations";
 *
 * // One barber, two waiting chairs (K = 3), a customer every 20 min, 15-minute cuts (ρ = 0.75).
 * const m = mmck(3, { servers: 1, serviceTime: 0.25, capacity: 3 });
 * Number(m.probBlock.toFixed(4)); // => 0.1543
 * ```
 *
 * @category Queues
 */
export function mmck(arrivalRate: number, options: MmckOptions): MmckMetrics {
  const fn = "mmck";
  const example = "{ servers: 1, serviceTime: 0.25, capacity: 3 }";
  const o = checkOptions(requireOptions(options, fn, example), ["servers", "serviceTime", "capacity"], fn, example);
  const lambda = checkNonNegative(arrivalRate, "arrivalRate", fn);
  const c = checkInteger(o.servers, "servers", fn, 1, 1_000_000);
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  const K = checkInteger(o.capacity, "capacity", fn, 1, 1_000_000);
  if (K < c) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: capacity (${K}) counts customers in service too, so it must be ≥ servers (${c}); use capacity: ${c} for no waiting room.`, { path: "capacity" });
  }
  // log-space recursion, p(n+1)/p(n) = a / min(n+1, c), with ln a = ln λ + ln s so a load beyond
  // the double range (λ·s = ∞) still gives finite probabilities
  const logA = lambda === 0 ? -Infinity : Math.log(lambda) + Math.log(s);
  const logp = new Float64Array(K + 1);
  let max = 0;
  for (let k = 1; k <= K; k++) {
    logp[k] = (logp[k - 1] as number) + (lambda === 0 ? -Infinity : logA - Math.log(Math.min(k, c)));
    if ((logp[k] as number) > max) max = logp[k] as number;
  }
  const p = new Float64Array(K + 1);
  let total = 0;
  for (let k = 0; k <= K; k++) total += p[k] = Math.exp((logp[k] as number) - max);
  let L = 0;
  let Lq = 0;
  let busy = 0;
  let waitMass = 0;
  for (let k = 0; k <= K; k++) {
    const pk = (p[k] as number) / total;
    p[k] = pk;
    L += k * pk;
    Lq += Math.max(0, k - c) * pk;
    busy += Math.min(k, c) * pk;
    if (k >= c && k < K) waitMass += pk;
  }
  const probBlock = p[K] as number;
  // λ(1 − P(block)) equals busy servers / service time; the latter keeps its digits when P(block) ≈ 1
  const throughput = lambda === 0 ? 0 : busy / s;
  if (throughput > 0 && !Number.isFinite(L / throughput)) {
    throw new DpmError("NON_FINITE", `${fn}: the mean time in the system overflows double precision (service time ${s}); express times in a larger unit.`, { path: "serviceTime" });
  }
  return {
    probBlock,
    probWait: probBlock < 1 ? waitMass / (1 - probBlock) : 1,
    throughput,
    utilisation: busy / c,
    meanQueueLength: Lq,
    meanInSystem: L,
    meanWait: throughput > 0 ? Lq / throughput : 0,
    meanSojourn: throughput > 0 ? L / throughput : s,
    probabilities: p,
  };
}
