import { checkOptions, DpmError, isTimeSeries, normalCdf, normalPdf, type Period, type TimeSeries } from "@dpm/core";
import { checkArray, checkInteger, checkNonNegative, checkPositive, checkProbability, requireOptions } from "../internal/check.js";
import { erlangAMetrics } from "./erlangA.js";
import { erlangCMetrics, type QueueMetrics } from "./erlangC.js";

/**
 * Options for {@link staffing} and {@link requiredServers}.
 *
 * @category Staffing
 */
export interface StaffingOptions {
  /** Mean service time, in the time unit of `intervalLength` (e.g. minutes). */
  readonly serviceTime: number;
  /** The service-level target time: "answered within `targetWait`". */
  readonly targetWait: number;
  /** The share that must be answered within `targetWait`, in (0, 1), e.g. 0.8 for 80/20. */
  readonly serviceLevel: number;
  /** Length of one forecast interval in the same unit (default 60: hourly counts, minute service times). Only for {@link staffing}. */
  readonly intervalLength?: number;
  /** Mean patience: staff by Erlang A (abandonment) instead of Erlang C. */
  readonly patience?: number;
  /** Also keep occupancy at or below this (in (0, 1]; default 1). */
  readonly maxUtilisation?: number;
  /** Never fewer than this (default 0; an interval with no arrivals gets this many). */
  readonly minServers?: number;
  /** Give up above this many servers (default 100,000). */
  readonly maxServers?: number;
}

/**
 * A staffing plan, one entry per interval.
 *
 * @category Staffing
 */
export interface StaffingPlan {
  /** The smallest number of servers meeting the targets in each interval. */
  readonly servers: Int32Array;
  /** Square-root staffing (Halfin–Whitt) for the same target: ⌈a + β√a⌉, as a check. */
  readonly squareRoot: Int32Array;
  /** Offered load per interval, in erlangs. */
  readonly offeredLoad: Float64Array;
  /** The service level reached with `servers`. */
  readonly serviceLevel: Float64Array;
  /** P(wait) with `servers`. */
  readonly probWait: Float64Array;
  /** Mean wait with `servers`. */
  readonly meanWait: Float64Array;
  /** Occupancy with `servers`. */
  readonly utilisation: Float64Array;
  /** P(abandon) per interval (all zero under Erlang C). */
  readonly probAbandon: Float64Array;
  /** Σ servers × interval length: the staff time to pay for. */
  readonly serverTime: number;
  /** The first interval's period, when the arrivals were a TimeSeries. */
  readonly start: Period | undefined;
}

const KEYS = ["serviceTime", "targetWait", "serviceLevel", "intervalLength", "patience", "maxUtilisation", "minServers", "maxServers"];
const EXAMPLE = "{ serviceTime: 4, targetWait: 0.33, serviceLevel: 0.8 }";

interface Resolved {
  s: number;
  t: number;
  sl: number;
  patience: number | undefined;
  maxU: number;
  minC: number;
  maxC: number;
  fn: string;
}

function resolve(options: StaffingOptions, fn: string): Resolved & { interval: number } {
  const o = checkOptions(requireOptions(options, fn, EXAMPLE), KEYS, fn, EXAMPLE);
  const s = checkPositive(o.serviceTime, "serviceTime", fn);
  const t = checkNonNegative(o.targetWait, "targetWait", fn);
  const sl = checkProbability(o.serviceLevel, "serviceLevel", fn);
  const interval = o.intervalLength === undefined ? 60 : checkPositive(o.intervalLength, "intervalLength", fn);
  const patience = o.patience === undefined ? undefined : checkPositive(o.patience, "patience", fn);
  const maxU = o.maxUtilisation === undefined ? 1 : checkPositive(o.maxUtilisation, "maxUtilisation", fn);
  if (maxU > 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: maxUtilisation must be in (0, 1], got ${maxU}; e.g. 0.85 for 85 % occupancy.`, { path: "maxUtilisation" });
  const minC = o.minServers === undefined ? 0 : checkInteger(o.minServers, "minServers", fn, 0);
  const maxC = o.maxServers === undefined ? 100_000 : checkInteger(o.maxServers, "maxServers", fn, 1, 10_000_000);
  if (minC > maxC) throw new DpmError("INVALID_ARGUMENT", `${fn}: minServers (${minC}) exceeds maxServers (${maxC}).`, { path: "minServers" });
  return { s, t, sl, interval, patience, maxU, minC, maxC, fn };
}

function metrics(lambda: number, c: number, r: Resolved): QueueMetrics & { probAbandon: number } {
  if (r.patience !== undefined) return erlangAMetrics(lambda, c, r.s, r.patience, r.t, r.fn);
  return { ...erlangCMetrics(lambda, c, r.s, r.t), probAbandon: 0 };
}

function solve(lambda: number, r: Resolved, fn: string, where: string): number {
  const a = lambda * r.s;
  if (a === 0) return Math.max(r.minC, 0);
  let c = Math.max(r.minC, 1, r.patience === undefined ? Math.floor(a / r.maxU) + 1 : Math.ceil(a / r.maxU) - 0);
  for (; c <= r.maxC; c++) {
    if (a / c > r.maxU) continue;
    if (r.patience === undefined && a >= c) continue;
    if (metrics(lambda, c, r).serviceLevel >= r.sl) return c;
  }
  throw new DpmError(
    "NO_SOLUTION",
    `${fn}: ${where} needs more than maxServers = ${r.maxC} servers (offered load ${a.toFixed(1)} erlangs); raise maxServers or check the arrival units.`,
    { path: "maxServers", details: { offeredLoad: a } },
  );
}

/** Halfin–Whitt square-root staffing: c = ⌈a + β√a⌉ with β solving the target's approximation. @internal */
export function squareRootServers(a: number, s: number, t: number, sl: number): number {
  if (a === 0) return 0;
  const approxSl = (beta: number) => {
    const pw = 1 / (1 + (beta * normalCdf(beta)) / normalPdf(beta));
    return 1 - pw * Math.exp((-beta * Math.sqrt(a) * t) / s);
  };
  let lo = 1e-9;
  let hi = 12;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (approxSl(mid) >= sl) hi = mid;
    else lo = mid;
  }
  return Math.ceil(a + hi * Math.sqrt(a));
}

/**
 * The smallest number of servers for which an arrival rate meets a service level (Erlang C, or
 * Erlang A with `patience`).
 *
 * @param arrivalRate - arrivals per time unit of `serviceTime`
 * @param options - `serviceTime`, `targetWait`, `serviceLevel`, optional `patience`, `maxUtilisation`, `minServers`, `maxServers`
 * @returns the server count
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a service level outside (0, 1) or
 *   non-positive times; `NO_SOLUTION` above `maxServers`
 *
 * @example
 * ```ts
 * import { requiredServers } from "@dpm/operations";
 *
 * // 6 calls a minute, 4-minute calls: 80 % within 20 s needs 29 agents.
 * requiredServers(6, { serviceTime: 4, targetWait: 1 / 3, serviceLevel: 0.8 }); // => 29
 * ```
 *
 * @category Staffing
 */
export function requiredServers(arrivalRate: number, options: StaffingOptions): number {
  const fn = "requiredServers";
  const r = resolve(options, fn);
  if (options.intervalLength !== undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: intervalLength applies to staffing(); pass the arrival rate per time unit of serviceTime here.`, { path: "options.intervalLength" });
  }
  const lambda = checkNonNegative(arrivalRate, "arrivalRate", fn);
  return solve(lambda, r, fn, "the arrival rate");
}

/**
 * Staffing per interval of a day: from an arrival forecast (counts per interval — plain numbers
 * or a `TimeSeries`, e.g. an hourly forecast's point values or a quantile), the smallest number of
 * servers in each interval meeting the service level, with the figures reached and square-root
 * staffing alongside as a sanity check. Each interval is treated as a steady state (the usual
 * stationary independent period-by-period approach); check the roster by simulation
 * ({@link simulateQueue}) when the load swings fast.
 *
 * @param arrivals - expected arrivals per interval (≥ 0)
 * @param options - `serviceTime`, `targetWait`, `serviceLevel`, `intervalLength` (default 60), optional `patience`, …
 * @returns the {@link StaffingPlan}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative arrivals, a service level outside (0, 1),
 *   non-positive times; `NO_SOLUTION` when an interval needs more than `maxServers`
 *
 * @example
 * ```ts
 * import { staffing } from "@dpm/operations";
 *
 * // Customers per hour from 7 to 11 am; 2.5-minute orders; 90 % served within 3 minutes.
 * const plan = staffing([38, 72, 44, 30], { serviceTime: 2.5, targetWait: 3, serviceLevel: 0.9, intervalLength: 60 });
 * Array.from(plan.servers); // => [3, 5, 3, 3]
 * ```
 *
 * @category Staffing
 */
export function staffing(arrivals: ArrayLike<number> | TimeSeries, options: StaffingOptions): StaffingPlan {
  const fn = "staffing";
  const r = resolve(options, fn);
  const counts = checkArray(isTimeSeries(arrivals) ? arrivals.values : arrivals, "arrivals", fn, 0);
  const n = counts.length;
  const servers = new Int32Array(n);
  const squareRoot = new Int32Array(n);
  const offeredLoad = new Float64Array(n);
  const serviceLevel = new Float64Array(n);
  const probWait = new Float64Array(n);
  const meanWait = new Float64Array(n);
  const utilisation = new Float64Array(n);
  const probAbandon = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const lambda = (counts[i] as number) / r.interval;
    const c = solve(lambda, r, fn, `interval ${i} (${counts[i]} arrivals)`);
    servers[i] = c;
    total += c * r.interval;
    offeredLoad[i] = lambda * r.s;
    squareRoot[i] = Math.max(r.minC, squareRootServers(lambda * r.s, r.s, r.t, r.sl));
    if (c === 0 || lambda === 0) {
      serviceLevel[i] = 1;
      continue;
    }
    const m = metrics(lambda, c, r);
    serviceLevel[i] = m.serviceLevel;
    probWait[i] = m.probWait;
    meanWait[i] = m.meanWait;
    utilisation[i] = m.utilisation;
    probAbandon[i] = m.probAbandon;
  }
  return {
    servers,
    squareRoot,
    offeredLoad,
    serviceLevel,
    probWait,
    meanWait,
    utilisation,
    probAbandon,
    serverTime: total,
    start: isTimeSeries(arrivals) ? arrivals.start : undefined,
  };
}
