import { checkOptions, logFactorial } from "@dpm/core";
import { checkInteger, checkNonNegative, checkPositive, requireOptions } from "../internal/check.js";
import { erlangBKernel } from "./erlangB.js";
import type { QueueMetrics } from "./erlangC.js";

/**
 * Options for {@link erlangA}.
 *
 * @category Queues
 */
export interface ErlangAOptions {
  /** Number of servers. */
  readonly servers: number;
  /** Mean service time, in the time unit of the arrival rate. */
  readonly serviceTime: number;
  /** Mean patience (exponential): how long a waiting customer stays before giving up. */
  readonly patience: number;
  /** Service-level target wait (default 0). */
  readonly targetWait?: number;
}

/**
 * Erlang A figures: {@link QueueMetrics} plus the abandonment probability.
 *
 * @category Queues
 */
export interface ErlangAMetrics extends QueueMetrics {
  /** P(an arrival gives up before being served). */
  readonly probAbandon: number;
  /** Throughput: arrivals per time unit that are served, λ·(1 − probAbandon). */
  readonly served: number;
}

/**
 * A(x, y) = (x·e^y / y^x)·γ(x, y) of Garnett–Mandelbaum–Reiman, summed as the positive series
 * 1 + y/(x+1) + y²/((x+1)(x+2)) + … (no overflow for large x, y).
 * @internal
 */
export function gmrA(x: number, y: number): number {
  let term = 1;
  let sum = 1;
  for (let k = 1; k < 10_000_000; k++) {
    term *= y / (x + k);
    sum += term;
    if (term < 1e-17 * sum && x + k > y) break;
  }
  return sum;
}

/**
 * Erlang A (Palm's M/M/c+M queue): like Erlang C, but waiting customers abandon after an
 * exponential patience. Always stable — even when arrivals exceed capacity, the impatient leave.
 * P(wait), P(abandon) and the mean wait use the closed forms of Garnett, Mandelbaum and Reiman
 * (2002); the service level — the share of ALL arrivals answered within `targetWait` (abandoners
 * count as not answered) — is computed exactly by uniformisation of the tagged customer's queue.
 *
 * @param arrivalRate - arrivals per time unit (≥ 0)
 * @param options - `servers`, `serviceTime`, `patience`, optional `targetWait`
 * @returns the {@link ErlangAMetrics}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative rate or a non-positive service time or patience
 *
 * @example
 * ```ts
 * import { erlangA } from "@dpm/operations";
 *
 * // 6 calls a minute, 4-minute calls, 22 agents — too few for Erlang C (24 erlangs), but callers
 * // hang up after 2 minutes on average.
 * const m = erlangA(6, { servers: 22, serviceTime: 4, patience: 2, targetWait: 1 / 3 });
 * Number(m.probAbandon.toFixed(3)); // => 0.143
 * m.utilisation < 1; // => true
 * ```
 *
 * @category Queues
 */
export function erlangA(arrivalRate: number, options: ErlangAOptions): ErlangAMetrics {
  const fn = "erlangA";
  const example = "{ servers: 22, serviceTime: 4, patience: 2 }";
  const o = checkOptions(requireOptions(options, fn, example), ["servers", "serviceTime", "patience", "targetWait"], fn, example);
  const lambda = checkNonNegative(arrivalRate, "arrivalRate", fn);
  const n = checkInteger(o.servers, "servers", fn, 1, 1_000_000);
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  const patience = checkPositive(o.patience, "patience", fn);
  const t = o.targetWait === undefined ? 0 : checkNonNegative(o.targetWait, "targetWait", fn);
  return erlangAMetrics(lambda, n, s, patience, t);
}

/** Erlang A for validated inputs. @internal */
export function erlangAMetrics(lambda: number, n: number, s: number, patience: number, t: number): ErlangAMetrics {
  const mu = 1 / s;
  const theta = 1 / patience;
  const a = lambda * s;
  if (lambda === 0) {
    return { servers: n, offeredLoad: 0, utilisation: 0, probWait: 0, meanWait: 0, meanQueueLength: 0, meanInSystem: 0, serviceLevel: 1, probAbandon: 0, served: 0 };
  }
  const rho = a / n;
  const e1 = erlangBKernel(n, a);
  const A = gmrA((n * mu) / theta, lambda / theta);
  const probWait = (A * e1) / (1 + (A - 1) * e1);
  const abandonGivenWait = 1 / (rho * A) + 1 - 1 / rho;
  const probAbandon = Math.max(0, abandonGivenWait * probWait);
  const meanWait = probAbandon / theta; // θ·E[Lq] = λ·P(Ab) and E[W] = E[Lq]/λ
  const served = lambda * (1 - probAbandon);
  const busy = served * s;
  return {
    servers: n,
    offeredLoad: a,
    utilisation: busy / n,
    probWait,
    meanWait,
    meanQueueLength: lambda * meanWait,
    meanInSystem: lambda * meanWait + busy,
    serviceLevel: t === 0 ? 1 - probWait : answeredWithin(lambda, n, mu, theta, t),
    probAbandon,
    served,
  };
}

// Share of arrivals answered within t: the birth–death chain's stationary law (PASTA) gives the
// queue an arrival sees; the tagged customer then moves up at rate nμ + iγ (i ahead of them) and
// abandons at rate γ. Uniformisation turns this into a Poisson mixture of a discrete chain.
function answeredWithin(lambda: number, n: number, mu: number, theta: number, t: number): number {
  // log stationary weights, k = 0 … K
  const logs: number[] = [0];
  let lp = 0;
  let max = 0;
  for (let k = 1; k < 5_000_000; k++) {
    lp += Math.log(lambda) - Math.log(Math.min(k, n) * mu + Math.max(k - n, 0) * theta);
    logs.push(lp);
    if (lp > max) max = lp;
    if (k > n && lp < max - 40 && lambda < n * mu + (k - n) * theta) break;
  }
  let total = 0;
  for (const l of logs) total += Math.exp(l - max);
  let served = 0;
  for (let k = 0; k < n && k < logs.length; k++) served += Math.exp((logs[k] as number) - max) / total;
  const J = logs.length - n; // positions 0 … J−1 ahead
  if (J <= 0) return served;
  const p = new Float64Array(J);
  for (let i = 0; i < J; i++) p[i] = Math.exp((logs[n + i] as number) - max) / total;
  const rate = n * mu + J * theta;
  const m = rate * t;
  // Poisson(m) weights from the mode outwards avoid underflow for large m.
  const logW = (j: number) => -m + j * Math.log(m) - logFactorial(j);
  let result = 0;
  let cumulative = 0;
  const upper = Math.ceil(m + 12 * Math.sqrt(m) + 30);
  for (let step = 0; step <= upper; step++) {
    const w = Math.exp(logW(step));
    result += w * served;
    cumulative += w;
    // one uniformised step
    served += (p[0] as number) * ((n * mu) / rate);
    for (let i = 0; i < J; i++) {
      const pi = p[i] as number;
      const move = (n * mu + i * theta) / rate;
      const stay = 1 - move - theta / rate;
      p[i] = pi * stay + (i + 1 < J ? (p[i + 1] as number) * ((n * mu + (i + 1) * theta) / rate) : 0);
    }
  }
  // the remaining Poisson tail sees at least the last served mass
  return result + (1 - cumulative) * served;
}
