import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import simpy from "../../reference/simpy_network.json" with { type: "json" };
import { erlangA } from "../queues/erlangA.js";
import { erlangC } from "../queues/erlangC.js";
import { mmck } from "../queues/mmck.js";
import { simulateQueue, type Duration } from "./simulateQueue.js";

const exp = (mean: number): Duration => ({ dist: "exponential", mean });
const inside = (e: { lower: number; upper: number }, x: number) => e.lower <= x && x <= e.upper;

describe("simulateQueue", () => {
  it("M/M/c for 10⁶ customers agrees with Erlang C within the replications' confidence intervals", () => {
    const exact = erlangC(2.4, { servers: 3, serviceTime: 1, targetWait: 0.5 });
    const sim = simulateQueue(
      { arrivalRate: 2.4, stations: [{ servers: 3, service: exp(1) }] },
      { customers: 100_000, replications: 10, warmup: 200, targetWait: 0.5, confidence: 0.99, seed: 2026 },
    );
    expect(sim.customers).toBe(1_000_000);
    const s = sim.stations[0]!;
    expect(inside(s.meanWait, exact.meanWait)).toBe(true);
    expect(inside(s.probWait, exact.probWait)).toBe(true);
    expect(inside(s.serviceLevel, exact.serviceLevel)).toBe(true);
    expect(inside(s.meanQueueLength, exact.meanQueueLength)).toBe(true);
    expect(inside(s.utilisation, exact.utilisation)).toBe(true);
    expect(s.meanWait.halfWidth).toBeLessThan(0.05 * exact.meanWait);
    // sojourn = wait + service
    expect(inside(sim.sojourn, exact.meanWait + 1)).toBe(true);
  });

  it("matches SimPy on the same three-station line (reference/simpy_network.py): mean waits within the combined CI", () => {
    const stations = simpy.model.stations.map((s) => ({
      name: s.name,
      servers: s.servers,
      service: (s.dist === "exponential" ? { dist: "exponential", mean: s.mean } : { dist: s.dist, mean: s.mean, sd: s.sd }) as Duration,
    }));
    const sim = simulateQueue({ arrivalRate: simpy.model.arrivalRate, stations }, { horizon: simpy.horizon, warmup: simpy.warmup, replications: 12, seed: 11 });
    simpy.stations.forEach((ref, k) => {
      const ours = sim.stations[k]!;
      expect(ours.name).toBe(ref.name);
      const combined = Math.hypot(ours.meanWait.halfWidth, ref.halfWidth);
      expect(Math.abs(ours.meanWait.mean - ref.meanWait)).toBeLessThan(combined);
    });
    // station 1 is M/M/2: both agree with Erlang C too
    expect(inside(sim.stations[0]!.meanWait, erlangC(1, { servers: 2, serviceTime: 1.5 }).meanWait)).toBe(true);
  });

  it("abandonment reproduces Erlang A (P(abandon) and queue length)", () => {
    const exact = erlangA(10, { servers: 8, serviceTime: 1, patience: 0.5 });
    const sim = simulateQueue(
      { arrivalRate: 10, stations: [{ servers: 8, service: exp(1), patience: exp(0.5) }] },
      { customers: 40_000, replications: 8, warmup: 20, confidence: 0.99, seed: 5 },
    );
    const s = sim.stations[0]!;
    expect(inside(s.probAbandon, exact.probAbandon)).toBe(true);
    expect(inside(s.meanQueueLength, exact.meanQueueLength)).toBe(true);
    expect(s.abandoned + s.served).toBeLessThanOrEqual(s.arrived);
  });

  it("balking at a full waiting room is M/M/c/K", () => {
    const exact = mmck(3, { servers: 1, serviceTime: 0.25, capacity: 3 });
    const sim = simulateQueue(
      { arrivalRate: 3, stations: [{ servers: 1, service: exp(0.25), balk: 2 }] },
      { customers: 40_000, replications: 8, confidence: 0.99, seed: 9 },
    );
    expect(inside(sim.stations[0]!.probBalk, exact.probBlock)).toBe(true);
    expect(inside(sim.stations[0]!.meanWait, exact.meanWait)).toBe(true);
    // a balking function: everyone who would have to wait leaves → M/M/1/1 (Erlang B)
    const loss = simulateQueue({ arrivalRate: 3, stations: [{ servers: 1, service: exp(0.25), balk: () => 1 }] }, { customers: 20_000, replications: 8, confidence: 0.99, seed: 1 });
    expect(loss.stations[0]!.probWait.mean).toBe(0);
    expect(inside(loss.stations[0]!.probBalk, 0.75 / 1.75)).toBe(true);
  });

  it("priority classes follow Cobham's non-preemptive M/M/1 formula", () => {
    // λ = 0.8 (30 % class 0), s = 1: W0 = λ E[S²]/2 = 0.8; W_k = W0 / ((1 − σ_{k−1})(1 − σ_k))
    const sim = simulateQueue(
      { arrivalRate: 0.8, classes: [0.3, 0.7], stations: [{ servers: 1, service: exp(1) }] },
      { customers: 60_000, replications: 8, warmup: 100, confidence: 0.99, seed: 4 },
    );
    const [high, low] = sim.stations[0]!.meanWaitByClass;
    expect(inside(high!, 0.8 / (1 - 0.24))).toBe(true);
    expect(inside(low!, 0.8 / ((1 - 0.24) * (1 - 0.8)))).toBe(true);
  });

  it("time-varying arrivals (thinning) and a roster by shift give a per-interval report", () => {
    const rates = [0.5, 2, 1];
    const sim = simulateQueue(
      { arrivalRate: rates, intervalLength: 60, stations: [{ servers: [1, 3, 2], service: exp(1) }] },
      { replications: 20, seed: 3 },
    );
    const iv = sim.intervals;
    expect(Array.from(iv.start)).toEqual([0, 60, 120]);
    rates.forEach((r, j) => expect(Math.abs(iv.arrivals[0]![j]! - 60 * r)).toBeLessThan(4 * Math.sqrt((60 * r) / 20)));
    iv.servers[0]!.forEach((c, j) => expect(c).toBeCloseTo([1, 3, 2][j]!, 10));
    for (const u of iv.utilisation[0]!) {
      expect(u).toBeGreaterThan(0.3);
      expect(u).toBeLessThanOrEqual(1);
    }
    expect(iv.meanWait[0]!.every((w) => w >= 0)).toBe(true);
    expect(iv.meanQueueLength[0]![1]).toBeGreaterThan(0);
  });

  it("reports the service level per interval: long steady intervals each match Erlang C", () => {
    // M/M/3 at ρ = 0.8 in four intervals of 5,000 time units; the first is cut by the warm-up.
    const exact = erlangC(2.4, { servers: 3, serviceTime: 1, targetWait: 0.5 });
    const sim = simulateQueue(
      { arrivalRate: [2.4, 2.4, 2.4, 2.4], intervalLength: 5000, stations: [{ servers: 3, service: exp(1) }] },
      { replications: 8, warmup: 100, targetWait: 0.5, seed: 9 },
    );
    const sl = sim.intervals.serviceLevel[0]!;
    expect(sl.length).toBe(4);
    // each interval pools ≈ 96,000 customers over the replications: binomial-ish error ≈ 0.005 (×2 for correlation)
    for (const v of sl) expect(Math.abs(v - exact.serviceLevel)).toBeLessThan(0.02);
    // the intervals' counts add up to the station's: pooled share equals the arrivals-weighted mean
    const started = sim.intervals.arrivals[0]!;
    const pooled = sl.reduce((a, v, j) => a + v * started[j]!, 0) / started.reduce((a, b) => a + b, 0);
    expect(Math.abs(pooled - sim.stations[0]!.serviceLevel.mean)).toBeLessThan(0.01);
    // an interval where nobody arrives reports 1 (no one waited), not NaN
    const quiet = simulateQueue(
      { arrivalRate: [1, 0], intervalLength: 30, stations: [{ servers: 2, service: exp(0.5) }] },
      { replications: 3, targetWait: 0.1, seed: 1 },
    );
    expect(quiet.intervals.serviceLevel[0]![1]).toBe(1);
  });

  it("is reproducible by seed and supports sampler functions, deterministic and gamma service", () => {
    const model = { arrivalRate: 1, stations: [{ servers: 1, service: { dist: "deterministic", value: 0.5 } as Duration }, { servers: 2, service: (rng: { next: () => number }) => 0.5 + rng.next() }] };
    const a = simulateQueue(model, { customers: 2000, replications: 3, seed: 8 });
    const b = simulateQueue(model, { customers: 2000, replications: 3, seed: 8 });
    expect(a.stations[1]!.meanWait).toEqual(b.stations[1]!.meanWait);
    // M/D/1: Pollaczek–Khinchine, Wq = λ s² / (2(1 − ρ)) = 0.25
    const md1 = simulateQueue({ arrivalRate: 1, stations: [{ servers: 1, service: { dist: "deterministic", value: 0.5 } }] }, { customers: 50_000, replications: 8, warmup: 50, confidence: 0.99, seed: 1 });
    expect(inside(md1.stations[0]!.meanWait, 0.25)).toBe(true);
  });

  it("rejects bad input with what to change", () => {
    const station = { servers: 1, service: exp(1) };
    expectDpm(() => simulateQueue({ arrivalRate: -1, stations: [station] }, { horizon: 10 }), "INVALID_ARGUMENT", "model.arrivalRate");
    expectDpm(() => simulateQueue({ arrivalRate: 0, stations: [station] }, { horizon: 10 }), "INVALID_ARGUMENT");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [] }, { horizon: 10 }), "INVALID_ARGUMENT", "model.stations");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [station] }, {}), "INVALID_ARGUMENT", "options.horizon");
    expectDpm(() => simulateQueue({ arrivalRate: [1, 2], intervalLength: 60, stations: [{ servers: [1], service: exp(1) }] }, {}), "LENGTH_MISMATCH");
    expectDpm(() => simulateQueue({ arrivalRate: [1, 2], stations: [station] }, {}), "INVALID_ARGUMENT", "model.intervalLength");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [{ servers: 0, service: exp(1) }] }, { horizon: 10 }), "INVALID_ARGUMENT");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [{ servers: 1, service: { dist: "normal", mean: 1 } as never }] }, { horizon: 10 }), "INVALID_ARGUMENT");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [station] }, { horizon: 10, warmup: 20 }), "INVALID_ARGUMENT", "options.warmup");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [station] }, { horizon: 10, replicas: 2 } as never), "INVALID_ARGUMENT", "options.replicas");
    expectDpm(() => simulateQueue({ arrivalRate: 1, stations: [station] }, null as never), "INVALID_ARGUMENT", "options");
  });
});
