import { DpmError, type Rng } from "@dpm/core";
import { EventQueue } from "./eventQueue.js";
import { drawDuration, NormalSource, type CompiledDuration } from "./samplers.js";

/** A validated station. @internal */
export interface CompiledStation {
  readonly name: string;
  /** Servers per report interval (length = intervals), or one number for the whole run. */
  readonly servers: Int32Array;
  /** One service duration per class. */
  readonly service: readonly CompiledDuration[];
  readonly patience: CompiledDuration | undefined;
  /** Arrivals finding this many waiting leave (Infinity: never). */
  readonly balkAt: number;
  /** P(balk) given the number waiting, or undefined. */
  readonly balkProbability: ((waiting: number) => number) | undefined;
}

/** A validated model. @internal */
export interface CompiledModel {
  /** Arrival rate per interval (or a single rate). */
  readonly rates: Float64Array;
  readonly intervalLength: number;
  readonly intervals: number;
  /** Time when arrivals stop (Infinity in customer-count mode). */
  readonly horizon: number;
  /** Arrivals per replication at most (Infinity in horizon mode). */
  readonly customers: number;
  /** Cumulative class shares (length = classes). */
  readonly classCdf: Float64Array;
  readonly stations: readonly CompiledStation[];
  readonly warmup: number;
  readonly targetWait: number;
}

/** Per-replication accumulators (per station s, class k, interval j). @internal */
export interface RunStats {
  /** Per station: [arrived, started, sumWait, waited, within, balked, abandoned, areaQueue, areaBusy, areaServers, sumWaitByClass…, startedByClass…]. */
  readonly station: Float64Array;
  /** [completed, sumSojourn]. */
  readonly system: Float64Array;
  /** Per interval × station: [started, sumWait, areaQueue, areaBusy, areaServers, arrived, measured time, started within target]. */
  readonly interval: Float64Array;
  /** Measured time span (after warm-up, until arrivals stop). */
  span: number;
  events: number;
  arrivals: number;
}

export const ST_FIELDS = 10;
export const IV_FIELDS = 8;
const MAX_IN_SYSTEM = 20_000_000;

const WAITING = 1;
const IN_SERVICE = 2;

/** A growable FIFO of (slot, generation) pairs. */
class Ring {
  buf = new Int32Array(64);
  head = 0;
  tail = 0;
  mask = 31;
  push(slot: number, gen: number): void {
    if (this.tail - this.head > this.mask) this.grow();
    const i = (this.tail & this.mask) << 1;
    this.buf[i] = slot;
    this.buf[i + 1] = gen;
    this.tail++;
  }
  private grow(): void {
    const n = this.mask + 1;
    const next = new Int32Array(n * 4);
    for (let k = 0; k < this.tail - this.head; k++) {
      const from = ((this.head + k) & this.mask) << 1;
      next[2 * k] = this.buf[from] as number;
      next[2 * k + 1] = this.buf[from + 1] as number;
    }
    this.tail -= this.head;
    this.head = 0;
    this.buf = next;
    this.mask = 2 * n - 1;
  }
}

/**
 * Runs one replication. All customer state lives in typed arrays indexed by a recycled slot; a
 * slot's generation changes when it is freed, so stale queue entries and abandonment events of a
 * departed customer are recognised and skipped.
 * @internal
 */
export function runReplication(m: CompiledModel, rng: Rng, stats: RunStats, fn: string): void {
  const S = m.stations.length;
  const K = m.classCdf.length;
  const L = m.intervalLength;
  const nInt = m.intervals;
  const warm = m.warmup;
  const target = m.targetWait;
  const st = stats.station;
  const iv = stats.interval;
  const STW = ST_FIELDS + 2 * K;
  const multiInterval = nInt > 1;
  const normal = new NormalSource(rng.next);

  // customers
  let cap = 1024;
  let sysArr = new Float64Array(cap);
  let stArr = new Float64Array(cap);
  let cls = new Int32Array(cap);
  let gen = new Int32Array(cap);
  let state = new Int32Array(cap);
  let where = new Int32Array(cap);
  let free = new Int32Array(cap);
  let nFree = 0;
  let used = 0;
  let inSystem = 0;

  const alloc = (): number => {
    if (nFree > 0) return free[--nFree] as number;
    if (used === cap) {
      if (cap >= MAX_IN_SYSTEM) {
        throw new DpmError(
          "NO_SOLUTION",
          `${fn}: more than ${MAX_IN_SYSTEM.toLocaleString("en")} customers are in the system at once — the queue grows without bound. Add servers (utilisation must stay below 1) or model balking/abandonment.`,
          { path: "model.stations" },
        );
      }
      const n = cap * 2;
      const grow = <T extends Float64Array | Int32Array>(a: T, make: (n: number) => T): T => {
        const b = make(n);
        b.set(a);
        return b;
      };
      sysArr = grow(sysArr, (k) => new Float64Array(k));
      stArr = grow(stArr, (k) => new Float64Array(k));
      cls = grow(cls, (k) => new Int32Array(k));
      gen = grow(gen, (k) => new Int32Array(k));
      state = grow(state, (k) => new Int32Array(k));
      where = grow(where, (k) => new Int32Array(k));
      free = grow(free, (k) => new Int32Array(k));
      cap = n;
    }
    return used++;
  };
  const release = (i: number): void => {
    gen[i] = (gen[i] as number) + 1;
    state[i] = 0;
    free[nFree++] = i;
    inSystem--;
  };

  // stations
  const busy = new Int32Array(S);
  const servers = new Int32Array(S);
  const waiting = new Int32Array(S);
  const last = new Float64Array(S);
  const rings: Ring[] = [];
  for (let s = 0; s < S; s++) {
    servers[s] = (m.stations[s] as CompiledStation).servers[0] as number;
    for (let k = 0; k < K; k++) rings.push(new Ring());
  }
  let end = m.horizon; // measurement stops when arrivals stop

  const q = new EventQueue(256);
  const KIND_ARRIVAL = 0;
  const KIND_DONE = 1;
  const KIND_ABANDON = 2;
  const KIND_SHIFT = 3;

  // time integrals of queue length, busy and available servers, split at interval edges
  const integrate = (s: number, t: number): void => {
    const t0 = last[s] as number;
    last[s] = t;
    let a = t0 < warm ? warm : t0;
    const b = t < end ? t : end;
    if (b <= a) return;
    const qn = waiting[s] as number;
    const bz = busy[s] as number;
    const sv = servers[s] as number;
    const base = s * STW;
    st[base + 7] = (st[base + 7] as number) + qn * (b - a);
    st[base + 8] = (st[base + 8] as number) + bz * (b - a);
    st[base + 9] = (st[base + 9] as number) + sv * (b - a);
    if (!multiInterval) return;
    while (a < b) {
      let j = Math.floor(a / L);
      if (j >= nInt) j = nInt - 1;
      const edge = Math.min(b, (j + 1) * L);
      const dt = edge - a;
      const o = (j * S + s) * IV_FIELDS;
      iv[o + 2] = (iv[o + 2] as number) + qn * dt;
      iv[o + 3] = (iv[o + 3] as number) + bz * dt;
      iv[o + 4] = (iv[o + 4] as number) + sv * dt;
      iv[o + 6] = (iv[o + 6] as number) + dt;
      if (edge <= a) break;
      a = edge;
    }
  };
  const intervalOf = (t: number): number => {
    if (!multiInterval) return 0;
    const j = Math.floor(t / L);
    return j >= nInt ? nInt - 1 : j;
  };

  // service durations, flattened per (station, class); exponential ones are drawn inline
  const svcExp = new Float64Array(S * K);
  const svc: CompiledDuration[] = [];
  for (let s = 0; s < S; s++) {
    for (let k = 0; k < K; k++) {
      const d = (m.stations[s] as CompiledStation).service[k] as CompiledDuration;
      svc.push(d);
      svcExp[s * K + k] = d.kind === 0 ? d.a : 0;
    }
  }
  const next = rng.next;

  const startService = (s: number, i: number, t: number): void => {
    const k = cls[i] as number;
    const arrivedAt = stArr[i] as number;
    if (arrivedAt >= warm) {
      const w = t - arrivedAt;
      const base = s * STW;
      st[base + 1] = (st[base + 1] as number) + 1;
      st[base + 2] = (st[base + 2] as number) + w;
      if (w > 0) st[base + 3] = (st[base + 3] as number) + 1;
      if (w <= target) st[base + 4] = (st[base + 4] as number) + 1;
      if (K > 1) {
        st[base + ST_FIELDS + k] = (st[base + ST_FIELDS + k] as number) + w;
        st[base + ST_FIELDS + K + k] = (st[base + ST_FIELDS + K + k] as number) + 1;
      }
      if (multiInterval) {
        const o = (intervalOf(arrivedAt) * S + s) * IV_FIELDS;
        iv[o] = (iv[o] as number) + 1;
        iv[o + 1] = (iv[o + 1] as number) + w;
        if (w <= target) iv[o + 7] = (iv[o + 7] as number) + 1;
      }
    }
    busy[s] = (busy[s] as number) + 1;
    state[i] = IN_SERVICE;
    const sk = s * K + k;
    const mean = svcExp[sk] as number;
    const d = mean > 0 ? -mean * Math.log(1 - next()) : drawDuration(svc[sk] as CompiledDuration, rng, fn, normal);
    q.push(t + d, KIND_DONE | (s << 2), i, gen[i] as number);
  };

  // the next valid waiting customer at s (highest priority first), or −1
  const nextWaiting = (s: number): number => {
    for (let k = 0; k < K; k++) {
      const r = rings[s * K + k] as Ring;
      while (r.head !== r.tail) {
        const p = (r.head & r.mask) << 1;
        const i = r.buf[p] as number;
        const g = r.buf[p + 1] as number;
        r.head++;
        if (gen[i] === g && state[i] === WAITING) return i;
      }
      r.head = r.tail = 0;
    }
    return -1;
  };

  const serveQueue = (s: number, t: number): void => {
    while ((busy[s] as number) < (servers[s] as number) && (waiting[s] as number) > 0) {
      const i = nextWaiting(s);
      if (i < 0) break;
      waiting[s] = (waiting[s] as number) - 1;
      startService(s, i, t);
    }
  };

  const arrive = (s: number, i: number, t: number): void => {
    integrate(s, t);
    stArr[i] = t;
    where[i] = s;
    const counted = t >= warm;
    const base = s * STW;
    if (counted) {
      st[base] = (st[base] as number) + 1;
      if (multiInterval) {
        const o = (intervalOf(t) * S + s) * IV_FIELDS + 5;
        iv[o] = (iv[o] as number) + 1;
      }
    }
    if ((busy[s] as number) < (servers[s] as number) && (waiting[s] as number) === 0) {
      startService(s, i, t);
      return;
    }
    const station = m.stations[s] as CompiledStation;
    const wq = waiting[s] as number;
    if (wq >= station.balkAt || (station.balkProbability !== undefined && rng.next() < station.balkProbability(wq))) {
      if (counted) st[base + 5] = (st[base + 5] as number) + 1;
      release(i);
      return;
    }
    waiting[s] = wq + 1;
    state[i] = WAITING;
    (rings[s * K + (cls[i] as number)] as Ring).push(i, gen[i] as number);
    if (station.patience !== undefined) {
      q.push(t + drawDuration(station.patience, rng, fn, normal), KIND_ABANDON | (s << 2), i, gen[i] as number);
    }
  };

  // arrivals: thinning against the largest rate
  const rates = m.rates;
  let maxRate = 0;
  for (let j = 0; j < rates.length; j++) if ((rates[j] as number) > maxRate) maxRate = rates[j] as number;
  const constant = rates.length === 1;
  let arrivals = 0;
  let tArr = 0;
  const scheduleArrival = (): void => {
    if (arrivals >= m.customers || maxRate === 0) {
      if (end === Infinity) end = tArr;
      return;
    }
    for (;;) {
      tArr += -Math.log(1 - next()) / maxRate;
      if (tArr >= m.horizon) return;
      if (constant) break;
      let j = Math.floor(tArr / L);
      if (j >= rates.length) j = rates.length - 1;
      if (next() * maxRate < (rates[j] as number)) break;
    }
    q.push(tArr, KIND_ARRIVAL, 0, 0);
  };

  // shift changes at interval edges
  for (let s = 0; s < S; s++) {
    const sv = (m.stations[s] as CompiledStation).servers;
    for (let j = 1; j < sv.length; j++) if (sv[j] !== sv[j - 1]) q.push(j * L, KIND_SHIFT | (s << 2), j, 0);
  }
  scheduleArrival();

  let events = 0;
  while (q.size > 0) {
    const t = q.pop();
    const kind = q.kind & 3;
    const s = q.kind >> 2;
    events++;
    if (kind === KIND_ARRIVAL) {
      arrivals++;
      const i = alloc();
      inSystem++;
      sysArr[i] = t;
      let k = 0;
      if (K > 1) {
        const u = rng.next();
        while (k < K - 1 && u >= (m.classCdf[k] as number)) k++;
      }
      cls[i] = k;
      arrive(0, i, t);
      scheduleArrival();
    } else if (kind === KIND_DONE) {
      const i = q.slot;
      integrate(s, t);
      busy[s] = (busy[s] as number) - 1;
      if (s + 1 < S) {
        arrive(s + 1, i, t);
      } else {
        if ((sysArr[i] as number) >= warm) {
          stats.system[0] = (stats.system[0] as number) + 1;
          stats.system[1] = (stats.system[1] as number) + (t - (sysArr[i] as number));
        }
        release(i);
      }
      serveQueue(s, t);
    } else if (kind === KIND_ABANDON) {
      const i = q.slot;
      if (gen[i] === q.gen && state[i] === WAITING && where[i] === s) {
        integrate(s, t);
        waiting[s] = (waiting[s] as number) - 1;
        if ((stArr[i] as number) >= warm) st[s * STW + 6] = (st[s * STW + 6] as number) + 1;
        release(i);
      }
    } else {
      integrate(s, t);
      servers[s] = (m.stations[s] as CompiledStation).servers[q.slot] as number;
      serveQueue(s, t);
    }
  }
  // close the integrals
  const stop = end === Infinity ? tArr : end;
  end = stop;
  for (let s = 0; s < S; s++) integrate(s, stop);
  for (let s = 0; s < S; s++) {
    const base = s * STW;
    if (K === 1) {
      st[base + ST_FIELDS] = st[base + 2] as number;
      st[base + ST_FIELDS + 1] = st[base + 1] as number;
    }
    if (!multiInterval) {
      const o = s * IV_FIELDS;
      iv[o] = st[base + 1] as number;
      iv[o + 1] = st[base + 2] as number;
      iv[o + 2] = st[base + 7] as number;
      iv[o + 3] = st[base + 8] as number;
      iv[o + 4] = st[base + 9] as number;
      iv[o + 5] = st[base] as number;
      iv[o + 6] = Math.max(0, stop - warm);
      iv[o + 7] = st[base + 4] as number;
    }
  }
  stats.span += Math.max(0, stop - warm);
  stats.events += events;
  stats.arrivals += arrivals;
}
