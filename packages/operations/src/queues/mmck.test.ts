import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import reference from "../../reference/queues.json" with { type: "json" };
import { mmck } from "./mmck.js";

describe("mmck", () => {
  it("matches the explicit product-form probabilities (reference/queues.py)", () => {
    for (const r of reference.mmck) {
      const m = mmck(r.arrivalRate, { servers: r.servers, serviceTime: r.serviceTime, capacity: r.capacity });
      expect(m.probBlock).toBeCloseTo(r.probBlock, 12);
      expect(m.meanInSystem).toBeCloseTo(r.meanInSystem, 12);
      expect(m.meanQueueLength).toBeCloseTo(r.meanQueueLength, 12);
      expect(m.meanWait).toBeCloseTo(r.meanWait, 12);
    }
  });
  it("is M/M/1/K in closed form: P(block) = (1−ρ)ρ^K / (1−ρ^{K+1})", () => {
    const rho = 0.75;
    const K = 3;
    expect(mmck(3, { servers: 1, serviceTime: 0.25, capacity: K }).probBlock).toBeCloseTo(((1 - rho) * rho ** K) / (1 - rho ** (K + 1)), 14);
  });
  it("is Erlang B with no waiting room, and handles loads above 1", () => {
    const m = mmck(2, { servers: 3, serviceTime: 1, capacity: 3 });
    expect(m.probBlock).toBeCloseTo(4 / 3 / (1 + 2 + 2 + 4 / 3), 14);
    expect(mmck(100, { servers: 2, serviceTime: 1, capacity: 10 }).utilisation).toBeLessThanOrEqual(1);
    // a load beyond the double range (λ·s = ∞): the room is full, throughput is c/s, no NaN
    const full = mmck(3e10, { servers: 2, serviceTime: 1e300, capacity: 4 });
    expect(full.probBlock).toBe(1);
    expect(full.throughput).toBeCloseTo(2e-300, 310);
    expect(full.meanQueueLength).toBeCloseTo(2, 12);
    expectDpm(() => mmck(3, { servers: 1, serviceTime: 1e308, capacity: 3 }), "NON_FINITE", "serviceTime");
  });
  it("rejects capacity below servers", () => {
    expectDpm(() => mmck(1, { servers: 3, serviceTime: 1, capacity: 2 }), "INVALID_ARGUMENT", "capacity");
  });
});
