import { checkOptions, DpmError, logFactorial } from "@dpm/core";
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

/** Largest overload queue (λ − cμ)/θ Erlang A evaluates (its series and state space grow with it). @internal */
export const MAX_PATIENT_LOAD = 1_000_000;
/** Largest (queue states × uniformisation steps) the exact Erlang A service level computes. @internal */
export const MAX_SERVICE_LEVEL_WORK = 50_000_000;

/**
 * ln A(x, y), with A(x, y) = (x·e^y / y^x)·γ(x, y) of Garnett–Mandelbaum–Reiman, summed as the
 * positive series 1 + y/(x+1) + y²/((x+1)(x+2)) + … and rescaled as it grows, so an overloaded
 * queue of patient customers (y ≫ x, where A exceeds the double range) stays finite.
 * @internal
 */
export function gmrLogA(x: number, y: number): number {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let k = 1; k < 10_000_000; k++) {
    term *= y / (x + k);
    sum += term;
    if (sum > 1e200) {
      sum *= 1e-200;
      term *= 1e-200;
      logScale += 200 * Math.LN10;
    }
    if (term < 1e-17 * sum && x + k > y) break;
  }
  return Math.log(sum) + logScale;
}

/** A(x, y) itself (Infinity beyond the double range; see {@link gmrLogA}). @internal */
export function gmrA(x: number, y: number): number {
  return Math.exp(gmrLogA(x, y));
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
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative rate or a non-positive service time or patience;
 *   an overload whose queue (λ − servers/serviceTime) × patience exceeds 10⁶; a service level needing more than
 *   5·10⁷ uniformisation steps (a very long `targetWait`)
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
export function erlangAMetrics(lambda: number, n: number, s: number, patience: number, t: number, fn = "erlangA"): ErlangAMetrics {
  const mu = 1 / s;
  const theta = 1 / patience;
  const a = lambda * s;
  if (lambda === 0) {
    return { servers: n, offeredLoad: 0, utilisation: 0, probWait: 0, meanWait: 0, meanQueueLength: 0, meanInSystem: 0, serviceLevel: 1, probAbandon: 0, served: 0 };
  }
  const y = lambda / theta;
  // Overloaded (λ > nμ), the queue settles where abandonment takes the excess: (λ − nμ)/θ waiting.
  const excess = (lambda - n * mu) / theta;
  if (!(excess <= MAX_PATIENT_LOAD)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: arrivals exceed capacity so much that about ${excess.toExponential(2)} customers would wait ((λ − servers/serviceTime) × patience; limit ${MAX_PATIENT_LOAD.toExponential(0)}); ` +
        "add servers, check the units (rates and times in the same unit), or simulate with simulateQueue.",
      { path: "arrivalRate", details: { excessQueue: excess } },
    );
  }
  const rho = a / n;
  const e1 = erlangBKernel(n, a);
  const logA = gmrLogA((n * mu) / theta, y);
  // P(wait) = A·E1 / (1 + (A − 1)·E1), written in logs so a huge A gives 1 rather than ∞/∞
  const probWait = e1 === 0 ? 0 : 1 / (1 + (1 - e1) * Math.exp(-(logA + Math.log(e1))));
  const abandonGivenWait = Math.exp(-logA) / rho + 1 - 1 / rho;
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
    serviceLevel: t === 0 ? 1 - probWait : answeredWithin(lambda, n, mu, theta, t, fn),
    probAbandon,
    served,
  };
}

// Share of arrivals answered within t: the birth–death chain's stationary law (PASTA) gives the
// queue an arrival sees; the tagged customer then moves up at rate nμ + iγ (i ahead of them) and
// abandons at rate γ. Uniformisation turns this into a Poisson mixture of a discrete chain.
function answeredWithin(lambda: number, n: number, mu: number, theta: number, t: number, fn: string): number {
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
  const work = J * (m + 12 * Math.sqrt(m) + 30);
  if (!(work <= MAX_SERVICE_LEVEL_WORK)) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: the exact Erlang A service level for targetWait ${t} needs about ${work.toExponential(1)} steps (limit ${MAX_SERVICE_LEVEL_WORK.toExponential(0)}); ` +
        "use a shorter targetWait (in the same unit as the service time), or estimate it with simulateQueue.",
      { path: "targetWait", details: { work } },
    );
  }
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
