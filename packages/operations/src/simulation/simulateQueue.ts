import { checkOptions, createRng, DpmError, studentTQuantile, type Seed } from "@dpm/core";
export type { Duration } from "./samplers.js";
import { checkInteger, checkNonNegative, checkPositive, checkProbability, requireOptions } from "../internal/check.js";
import { IV_FIELDS, runReplication, ST_FIELDS, type CompiledModel, type CompiledStation, type RunStats } from "./engine.js";
import { compileDuration, type Duration } from "./samplers.js";

/**
 * One station (service step) of a {@link QueueModel}.
 *
 * @category Simulation
 */
export interface StationSpec {
  /** A label for reports. */
  readonly name?: string;
  /** Servers: one number, or one per interval of the model (a roster by shift). */
  readonly servers: number | ArrayLike<number>;
  /** Service time: one {@link Duration}, or one per priority class. */
  readonly service: Duration | readonly Duration[];
  /** Patience: waiting customers abandon after this long (default: never). */
  readonly patience?: Duration;
  /**
   * Balking: a number — arrivals finding this many already waiting leave (a waiting room of that
   * size) — or a function of the number waiting giving the probability an arrival leaves at once.
   */
  readonly balk?: number | ((waiting: number) => number);
}

/**
 * A service to simulate: (time-varying) Poisson arrivals through stations in sequence.
 *
 * @category Simulation
 */
export interface QueueModel {
  /** Arrivals per time unit: one rate, or one rate per interval (a non-homogeneous Poisson process, sampled by thinning). */
  readonly arrivalRate: number | ArrayLike<number>;
  /** Interval length for per-interval rates, rosters and the report (required with arrays). */
  readonly intervalLength?: number;
  /** The stations every customer visits in order. */
  readonly stations: readonly StationSpec[];
  /** Priority classes: the share of arrivals in each, highest priority first (non-preemptive). Default one class. */
  readonly classes?: ArrayLike<number>;
}

/**
 * Options for {@link simulateQueue}.
 *
 * @category Simulation
 */
export interface SimulateQueueOptions {
  /** Time at which arrivals stop (default: the end of the last interval of an arrival-rate array). */
  readonly horizon?: number;
  /** Or: stop after this many arrivals per replication (steady-state runs). */
  readonly customers?: number;
  /** Independent replications (default 10). */
  readonly replications?: number;
  /** Statistics only from customers arriving after this time (default 0). */
  readonly warmup?: number;
  /** Wait counted as "served in time" for the service level (default 0). */
  readonly targetWait?: number;
  /** Confidence level of the intervals (default 0.95). */
  readonly confidence?: number;
  /** Seed (default 1); replication r uses `createRng(seed).fork(r)`. */
  readonly seed?: Seed;
}

/**
 * A mean over replications with its confidence interval (Student t on the replication means).
 * With a single replication the interval is unbounded.
 *
 * @category Simulation
 */
export interface Estimate {
  readonly mean: number;
  readonly lower: number;
  readonly upper: number;
  readonly halfWidth: number;
}

/**
 * Per-station results of {@link simulateQueue}.
 *
 * @category Simulation
 */
export interface StationReport {
  readonly name: string;
  /** Mean wait in queue of customers who started service. */
  readonly meanWait: Estimate;
  /** Share of served customers who waited at all. */
  readonly probWait: Estimate;
  /** Share of served customers whose wait was at most `targetWait`. */
  readonly serviceLevel: Estimate;
  /** Time-average number waiting. */
  readonly meanQueueLength: Estimate;
  /** Busy server time / available server time. */
  readonly utilisation: Estimate;
  /** Share of arrivals who balked. */
  readonly probBalk: Estimate;
  /** Share of arrivals who abandoned. */
  readonly probAbandon: Estimate;
  /** Mean wait per priority class. */
  readonly meanWaitByClass: readonly Estimate[];
  /** Totals over all replications (after warm-up). */
  readonly arrived: number;
  readonly served: number;
  readonly balked: number;
  readonly abandoned: number;
}

/**
 * The per-interval report (pooled over replications), one entry per interval and station.
 *
 * @category Simulation
 */
export interface IntervalReport {
  /** Start time of each interval. */
  readonly start: Float64Array;
  /** Mean arrivals per replication at each station (`[station][interval]`). */
  readonly arrivals: readonly Float64Array[];
  /** Mean wait of customers who arrived in the interval (0 when none started service). */
  readonly meanWait: readonly Float64Array[];
  /** Share of the interval's arrivals who started service within `targetWait`, among those who started service (1 when none did). */
  readonly serviceLevel: readonly Float64Array[];
  /** Time-average number waiting. */
  readonly meanQueueLength: readonly Float64Array[];
  /** Busy / available server time (0 when no server was on shift). */
  readonly utilisation: readonly Float64Array[];
  /** Mean servers on shift. */
  readonly servers: readonly Float64Array[];
}

/**
 * Results of {@link simulateQueue}.
 *
 * @category Simulation
 */
export interface QueueSimulation {
  readonly replications: number;
  /** Arrivals over all replications. */
  readonly customers: number;
  /** Events processed over all replications. */
  readonly events: number;
  readonly stations: readonly StationReport[];
  /** Mean time in the system of customers who left through the last station. */
  readonly sojourn: Estimate;
  readonly intervals: IntervalReport;
  readonly confidence: number;
}

const KEYS = ["horizon", "customers", "replications", "warmup", "targetWait", "confidence", "seed"];
const EXAMPLE = "{ horizon: 480, replications: 10, seed: 1 }";
const MAX_INTERVALS = 100_000;
const MAX_ARRIVALS = 1e10;

function compile(model: QueueModel, o: Partial<SimulateQueueOptions>, fn: string): CompiledModel {
  if (typeof model !== "object" || model === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: model must be an object { arrivalRate, stations: [{ servers, service }] }.`, { path: "model" });
  }
  const known = ["arrivalRate", "intervalLength", "stations", "classes"];
  for (const key of Object.keys(model)) {
    if (!known.includes(key)) throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown model key "${key}"; known: ${known.join(", ")}.`, { path: `model.${key}` });
  }
  const rateArray = typeof model.arrivalRate !== "number";
  const rates = rateArray ? toRates(model.arrivalRate, fn) : Float64Array.of(checkNonNegative(model.arrivalRate, "model.arrivalRate", fn));
  if (rates.every((r) => r === 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: model.arrivalRate is zero everywhere — nobody arrives; give a positive rate.`, { path: "model.arrivalRate" });
  }
  const stations = model.stations;
  if (!Array.isArray(stations) || stations.length === 0 || stations.length > 1000) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: model.stations must be a non-empty array (at most 1000) of { servers, service }.`, { path: "model.stations" });
  }
  let intervalLength: number;
  if (model.intervalLength !== undefined) intervalLength = checkPositive(model.intervalLength, "model.intervalLength", fn);
  else if (rateArray || stations.some((s) => typeof s?.servers !== "number")) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: model.intervalLength is required when arrival rates or servers are given per interval, e.g. 60 (minutes).`, { path: "model.intervalLength" });
  } else intervalLength = Infinity;

  let horizon: number;
  let customers = Infinity;
  if (o.customers !== undefined) {
    customers = checkInteger(o.customers, "customers", fn, 1, 1e10);
    if (o.horizon !== undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: give horizon or customers, not both.`, { path: "options.customers" });
    if (rateArray) throw new DpmError("INVALID_ARGUMENT", `${fn}: customers applies to a constant arrival rate; with per-interval rates the run lasts the intervals (or give horizon).`, { path: "options.customers" });
    horizon = Infinity;
  } else if (o.horizon !== undefined) {
    horizon = checkPositive(o.horizon, "horizon", fn);
    if (rateArray && horizon > rates.length * intervalLength * (1 + 1e-12)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: horizon ${horizon} runs past the ${rates.length} arrival-rate intervals (${rates.length * intervalLength}); add rates or shorten the horizon.`, { path: "options.horizon" });
    }
  } else if (rateArray) horizon = rates.length * intervalLength;
  else throw new DpmError("INVALID_ARGUMENT", `${fn}: say how long to run — options.horizon (a time) or options.customers (a count), e.g. ${EXAMPLE}.`, { path: "options.horizon" });

  const intervals = intervalLength === Infinity || horizon === Infinity ? 1 : Math.ceil(horizon / intervalLength - 1e-9);
  if (intervals > MAX_INTERVALS) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${intervals} report intervals exceed ${MAX_INTERVALS}; use a longer intervalLength.`, { path: "model.intervalLength" });
  let maxRate = 0;
  for (const r of rates) maxRate = Math.max(maxRate, r);
  if (horizon !== Infinity && maxRate * horizon > MAX_ARRIVALS) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: about ${(maxRate * horizon).toExponential(1)} arrivals per replication exceed the limit of 1e10; shorten the horizon.`, { path: "options.horizon" });
  }
  if (intervalLength === Infinity) intervalLength = horizon === Infinity ? 1 : horizon;

  const shares = model.classes === undefined ? Float64Array.of(1) : toRates(model.classes, fn, "model.classes");
  const total = shares.reduce((a, b) => a + b, 0);
  if (total <= 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: model.classes must have a positive share, e.g. [0.2, 0.8].`, { path: "model.classes" });
  const classCdf = new Float64Array(shares.length);
  let cum = 0;
  for (let k = 0; k < shares.length; k++) classCdf[k] = cum += (shares[k] as number) / total;
  const K = shares.length;

  const compiled: CompiledStation[] = stations.map((station, s): CompiledStation => {
    const path = `model.stations[${s}]`;
    if (typeof station !== "object" || station === null) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be { servers, service }.`, { path });
    for (const key of Object.keys(station)) {
      if (!["name", "servers", "service", "patience", "balk"].includes(key)) throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown key "${key}" in ${path}; known: name, servers, service, patience, balk.`, { path: `${path}.${key}` });
    }
    let servers: Int32Array;
    if (typeof station.servers === "number") servers = Int32Array.of(checkInteger(station.servers, `${path}.servers`, fn, 0, 1_000_000));
    else {
      const arr = station.servers as ArrayLike<number> | undefined;
      if (arr === undefined || arr === null || typeof arr.length !== "number") throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.servers must be a number or one number per interval.`, { path: `${path}.servers` });
      if (arr.length < intervals) {
        throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path}.servers has ${arr.length} values for ${intervals} intervals; give one per interval.`, { path: `${path}.servers` });
      }
      servers = new Int32Array(intervals);
      for (let j = 0; j < intervals; j++) servers[j] = checkInteger(arr[j], `${path}.servers[${j}]`, fn, 0, 1_000_000);
    }
    if (servers.every((c) => c === 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} never has a server on shift; give at least one.`, { path: `${path}.servers` });
    const svc = station.service as unknown;
    const service = Array.isArray(svc)
      ? svc.map((d, k) => compileDuration(d, `${path}.service[${k}]`, fn))
      : Array.from({ length: K }, () => compileDuration(svc, `${path}.service`, fn));
    if (service.length !== K) throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path}.service has ${service.length} durations for ${K} classes; give one per class or a single one.`, { path: `${path}.service` });
    const patience = station.patience === undefined ? undefined : compileDuration(station.patience, `${path}.patience`, fn);
    let balkAt = Infinity;
    let balkProbability: ((w: number) => number) | undefined;
    if (typeof station.balk === "number") balkAt = checkInteger(station.balk, `${path}.balk`, fn, 0);
    else if (typeof station.balk === "function") {
      const f = station.balk;
      balkProbability = (w) => {
        const p = f(w);
        if (!(p >= 0 && p <= 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.balk returned ${String(p)} for ${w} waiting; it must return a probability in [0, 1].`, { path: `${path}.balk` });
        return p;
      };
    } else if (station.balk !== undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}.balk must be a queue length or a function (waiting) => probability.`, { path: `${path}.balk` });
    return { name: station.name ?? `station ${s + 1}`, servers, service, patience, balkAt, balkProbability };
  });
  const warmup = o.warmup === undefined ? 0 : checkNonNegative(o.warmup, "warmup", fn);
  if (warmup >= horizon) throw new DpmError("INVALID_ARGUMENT", `${fn}: warmup ${warmup} is not before the horizon ${horizon}; nothing would be measured.`, { path: "options.warmup" });
  const targetWait = o.targetWait === undefined ? 0 : checkNonNegative(o.targetWait, "targetWait", fn);
  return { rates, intervalLength, intervals, horizon, customers, classCdf, stations: compiled, warmup, targetWait };
}

function toRates(values: unknown, fn: string, name = "model.arrivalRate"): Float64Array {
  const v = values as ArrayLike<unknown> | null;
  if (v === null || typeof v !== "object" || typeof v.length !== "number" || v.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number or a non-empty array of numbers ≥ 0.`, { path: name });
  }
  const out = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = checkNonNegative(v[i], `${name}[${i}]`, fn);
  return out;
}

function estimate(values: Float64Array, count: number, confidence: number): Estimate {
  let mean = 0;
  let n = 0;
  for (let r = 0; r < count; r++) {
    const v = values[r] as number;
    if (Number.isNaN(v)) continue;
    mean += v;
    n++;
  }
  if (n === 0) return { mean: 0, lower: 0, upper: 0, halfWidth: 0 };
  mean /= n;
  if (n < 2) return { mean, lower: -Infinity, upper: Infinity, halfWidth: Infinity };
  let ss = 0;
  for (let r = 0; r < count; r++) {
    const v = values[r] as number;
    if (!Number.isNaN(v)) ss += (v - mean) ** 2;
  }
  const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(ss / (n - 1) / n);
  return { mean, lower: mean - half, upper: mean + half, halfWidth: half };
}

/**
 * Discrete-event simulation of a service: Poisson arrivals (constant, or per interval by
 * thinning), priority classes, stations in sequence with servers by shift, any service-time
 * distribution, balking and abandonment. Seeded replications give confidence intervals; a warm-up
 * drops the start-up transient; a per-interval report shows waits, queue lengths and utilisation
 * through the day. The engine keeps customers in recycled typed-array slots and events in a
 * binary heap on typed arrays — no object per customer.
 *
 * @param model - arrivals, stations and classes
 * @param options - `horizon` or `customers`, `replications` (10), `warmup`, `targetWait`, `confidence`, `seed`
 * @returns the {@link QueueSimulation}
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for negative rates, no servers, a bad duration,
 *   a missing horizon; `LENGTH_MISMATCH` for a roster shorter than the intervals; `NO_SOLUTION`
 *   when the queue grows without bound
 *
 * @example
 * ```ts
 * import { simulateQueue } from "@dpm/operations";
 *
 * // A café till: 50 customers an hour, 2 baristas, 2-minute orders (time in minutes).
 * const sim = simulateQueue(
 *   { arrivalRate: 50 / 60, stations: [{ servers: 2, service: { dist: "exponential", mean: 2 } }] },
 *   { customers: 20_000, replications: 5, warmup: 60, seed: 7 },
 * );
 * const wait = sim.stations[0]!.meanWait; // Erlang C says 4.55 minutes
 * wait.lower < 4.55 && 4.55 < wait.upper; // => true
 * ```
 *
 * @category Simulation
 */
export function simulateQueue(model: QueueModel, options: SimulateQueueOptions): QueueSimulation {
  const fn = "simulateQueue";
  const o = checkOptions(requireOptions(options, fn, EXAMPLE), KEYS, fn, EXAMPLE);
  const m = compile(model, o, fn);
  const R = o.replications === undefined ? 10 : checkInteger(o.replications, "replications", fn, 1, 100_000);
  const confidence = o.confidence === undefined ? 0.95 : checkProbability(o.confidence, "confidence", fn);
  const root = createRng(o.seed ?? 1);
  const S = m.stations.length;
  const K = m.classCdf.length;
  const STW = ST_FIELDS + 2 * K;
  const nInt = m.intervals;
  const pooledSt = new Float64Array(S * STW);
  const pooledIv = new Float64Array(nInt * S * IV_FIELDS);
  // per replication: [station][metric 0..6 + classes][rep]
  const perRep = Array.from({ length: S }, () => Array.from({ length: 7 + K }, () => new Float64Array(R)));
  const sojourn = new Float64Array(R);
  let customers = 0;
  let events = 0;
  for (let r = 0; r < R; r++) {
    const stats: RunStats = { station: new Float64Array(S * STW), system: new Float64Array(2), interval: new Float64Array(nInt * S * IV_FIELDS), span: 0, events: 0, arrivals: 0 };
    runReplication(m, root.fork(r), stats, fn);
    customers += stats.arrivals;
    events += stats.events;
    const st = stats.station;
    for (let s = 0; s < S; s++) {
      const b = s * STW;
      const arrived = st[b] as number;
      const started = st[b + 1] as number;
      const metrics = perRep[s] as Float64Array[];
      const set = (k: number, v: number) => ((metrics[k] as Float64Array)[r] = v);
      set(0, started > 0 ? (st[b + 2] as number) / started : Number.NaN);
      set(1, started > 0 ? (st[b + 3] as number) / started : Number.NaN);
      set(2, started > 0 ? (st[b + 4] as number) / started : Number.NaN);
      set(3, stats.span > 0 ? (st[b + 7] as number) / stats.span : Number.NaN);
      set(4, (st[b + 9] as number) > 0 ? (st[b + 8] as number) / (st[b + 9] as number) : Number.NaN);
      set(5, arrived > 0 ? (st[b + 5] as number) / arrived : Number.NaN);
      set(6, arrived > 0 ? (st[b + 6] as number) / arrived : Number.NaN);
      for (let k = 0; k < K; k++) {
        const n = st[b + ST_FIELDS + K + k] as number;
        set(7 + k, n > 0 ? (st[b + ST_FIELDS + k] as number) / n : Number.NaN);
      }
    }
    sojourn[r] = (stats.system[0] as number) > 0 ? (stats.system[1] as number) / (stats.system[0] as number) : Number.NaN;
    for (let i = 0; i < st.length; i++) pooledSt[i] = (pooledSt[i] as number) + (st[i] as number);
    for (let i = 0; i < pooledIv.length; i++) pooledIv[i] = (pooledIv[i] as number) + (stats.interval[i] as number);
  }
  const stations: StationReport[] = m.stations.map((station, s) => {
    const metrics = perRep[s] as Float64Array[];
    const e = (k: number) => estimate(metrics[k] as Float64Array, R, confidence);
    const b = s * STW;
    return {
      name: station.name,
      meanWait: e(0),
      probWait: e(1),
      serviceLevel: e(2),
      meanQueueLength: e(3),
      utilisation: e(4),
      probBalk: e(5),
      probAbandon: e(6),
      meanWaitByClass: Array.from({ length: K }, (_, k) => e(7 + k)),
      arrived: pooledSt[b] as number,
      served: pooledSt[b + 1] as number,
      balked: pooledSt[b + 5] as number,
      abandoned: pooledSt[b + 6] as number,
    };
  });
  const start = new Float64Array(nInt);
  for (let j = 0; j < nInt; j++) start[j] = j * m.intervalLength;
  const perStation = (f: (o: number) => number) =>
    Array.from({ length: S }, (_, s) => {
      const out = new Float64Array(nInt);
      for (let j = 0; j < nInt; j++) out[j] = f((j * S + s) * IV_FIELDS);
      return out;
    });
  const iv = pooledIv;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);
  return {
    replications: R,
    customers,
    events,
    stations,
    sojourn: estimate(sojourn, R, confidence),
    intervals: {
      start,
      arrivals: perStation((o) => (iv[o + 5] as number) / R),
      meanWait: perStation((o) => ratio(iv[o + 1] as number, iv[o] as number)),
      serviceLevel: perStation((o) => ((iv[o] as number) > 0 ? (iv[o + 7] as number) / (iv[o] as number) : 1)),
      meanQueueLength: perStation((o) => ratio(iv[o + 2] as number, iv[o + 6] as number)),
      utilisation: perStation((o) => ratio(iv[o + 3] as number, iv[o + 4] as number)),
      servers: perStation((o) => ratio(iv[o + 4] as number, iv[o + 6] as number)),
    },
    confidence,
  };
}
