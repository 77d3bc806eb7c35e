import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import reference from "../../reference/queues.json" with { type: "json" };
import { erlangA } from "./erlangA.js";
import { erlangC } from "./erlangC.js";

describe("erlangA", () => {
  it("matches a numerically solved birth–death chain and the matrix-exponential service level (reference/queues.py)", () => {
    for (const r of reference.erlangA) {
      const m = erlangA(r.arrivalRate, { servers: r.servers, serviceTime: r.serviceTime, patience: r.patience, targetWait: r.targetWait });
      expect(m.probWait).toBeCloseTo(r.probWait, 8);
      expect(m.probAbandon).toBeCloseTo(r.probAbandon, 8);
      expect(m.meanWait).toBeCloseTo(r.meanWait, 8);
      expect(m.serviceLevel).toBeCloseTo(r.serviceLevel, 7);
    }
  });

  it("tends to Erlang C as patience grows", () => {
    const c = erlangC(6, { servers: 27, serviceTime: 4, targetWait: 1 / 3 });
    const a = erlangA(6, { servers: 27, serviceTime: 4, patience: 1e7, targetWait: 1 / 3 });
    expect(a.probWait).toBeCloseTo(c.probWait, 5);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 5);
    expect(a.meanWait).toBeCloseTo(c.meanWait, 4);
  });

  it("M/M/1+M with patience = service time: P(wait) and P(abandon) in closed form", () => {
    // μ = θ: the chain is M/M/∞-like, π_k = e^{−a} a^k/k!, P(W>0) = 1 − e^{−a}; P(ab) = θ·E[(N−1)+]/λ
    const a = 1.5;
    const m = erlangA(a, { servers: 1, serviceTime: 1, patience: 1 });
    expect(m.probWait).toBeCloseTo(1 - Math.exp(-a), 12);
    expect(m.probAbandon).toBeCloseTo((a - 1 + Math.exp(-a)) / a, 12);
  });

  it("is stable past 100 % offered load and keeps utilisation below 1", () => {
    const m = erlangA(10, { servers: 8, serviceTime: 1, patience: 0.5 });
    expect(m.utilisation).toBeLessThan(1);
    expect(m.served).toBeCloseTo(10 * (1 - m.probAbandon), 12);
  });

  it("stays finite deep in overload with patient customers (A beyond the double range)", () => {
    // λ = 50 against 10 servers of rate 1, patience 100: A(1000, 5000) ≈ e^{2400}; the excess 40/s
    // abandons, so P(abandon) → 1 − 10/50 and the mean wait → P(abandon)·patience.
    const m = erlangA(50, { servers: 10, serviceTime: 1, patience: 100, targetWait: 0.5 });
    expect(m.probWait).toBe(1);
    expect(m.probAbandon).toBeCloseTo(0.8, 10);
    expect(m.meanWait).toBeCloseTo(80, 8);
    expect(m.serviceLevel).toBeGreaterThanOrEqual(0);
    expect(m.serviceLevel).toBeLessThan(1e-100);
  });

  it("caps the work with a DpmError instead of hanging (documented limits)", () => {
    // an overload queue of 10⁷ waiting customers, and a service level needing 5.6·10⁹ steps
    expectDpm(() => erlangA(1e6, { servers: 100, serviceTime: 1, patience: 10 }), "INVALID_ARGUMENT", "arrivalRate");
    expectDpm(() => erlangA(1e308, { servers: 2, serviceTime: 1, patience: 1 }), "INVALID_ARGUMENT", "arrivalRate");
    expectDpm(() => erlangA(1e5, { servers: 10, serviceTime: 1, patience: 1, targetWait: 0.5 }), "INVALID_ARGUMENT", "targetWait");
  });

  it("rejects zero patience and negative rates", () => {
    expectDpm(() => erlangA(1, { servers: 2, serviceTime: 1, patience: 0 }), "INVALID_ARGUMENT", "patience");
    expectDpm(() => erlangA(-1, { servers: 2, serviceTime: 1, patience: 1 }), "INVALID_ARGUMENT", "arrivalRate");
  });
});
