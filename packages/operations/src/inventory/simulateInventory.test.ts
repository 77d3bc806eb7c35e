import { createRng, normalCdf } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { normalLoss } from "./distributions.js";
import { simulateInventory } from "./simulateInventory.js";

const inside = (e: { lower: number; upper: number }, x: number) => e.lower <= x && x <= e.upper;

function normalPaths(n: number, T: number, mean: number, sd: number, seed: number): Float64Array[] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => {
    const p = new Float64Array(T);
    rng.fillNormal(p, mean, sd);
    for (let t = 0; t < T; t++) if ((p[t] as number) < 0) p[t] = 0;
    return p;
  });
}

describe("simulateInventory", () => {
  it("(R, S) with backorders: cycle service level and fill rate match the normal formulas within Monte Carlo error", () => {
    const mean = 100;
    const sd = 20;
    const R = 5;
    const L = 2;
    const sigma = sd * Math.sqrt(R + L);
    for (const z of [0.5, 1.2]) {
      const S = mean * (R + L) + z * sigma;
      const sim = simulateInventory(normalPaths(1500, 370, mean, sd, 17), { policy: { type: "RS", review: R, S }, leadTime: L, backorders: true, warmup: 10, confidence: 0.99 });
      expect(inside(sim.cycleServiceLevel, normalCdf(z))).toBe(true);
      // fill rate: 1 − σ_{R+L}·L(z) / (μR)  (the shortage carried in from the lead time alone is negligible here)
      expect(inside(sim.fillRate, 1 - (sigma * normalLoss(z)) / (mean * R))).toBe(true);
    }
  });

  it("(s, S): more stock costs more holding and fewer stock-outs; costs add up", () => {
    const paths = normalPaths(300, 200, 40, 8, 5);
    const low = simulateInventory(paths, { policy: { type: "sS", s: 120, S: 300 }, leadTime: 3, holdingCost: 0.1, orderCost: 20, shortageCost: 2 });
    const high = simulateInventory(paths, { policy: { type: "sS", s: 200, S: 380 }, leadTime: 3, holdingCost: 0.1, orderCost: 20, shortageCost: 2 });
    expect(high.stockoutRate.mean).toBeLessThan(low.stockoutRate.mean);
    expect(high.holdingCost.mean).toBeGreaterThan(low.holdingCost.mean);
    expect(low.totalCost.mean).toBeCloseTo(low.holdingCost.mean + low.orderingCost.mean + low.shortageCost.mean, 9);
    expect(low.fillRate.mean).toBeLessThan(1);
  });

  it("with zero lead time and S ≥ any demand there are no stock-outs", () => {
    const sim = simulateInventory([Float64Array.of(3, 5, 2, 8)], { policy: { type: "sS", s: 5, S: 10 }, leadTime: 0 });
    expect(sim.fillRate.mean).toBe(1);
    expect(sim.orders.mean).toBe(1); // 10 → 7 → 2, then at t = 2 up to 10 → 8 → 0
  });

  it("rejects bad policies and data", () => {
    const p = [new Float64Array(10)];
    expectDpm(() => simulateInventory(p, { policy: { type: "sS", s: 10, S: 5 }, leadTime: 1 }), "INVALID_ARGUMENT", "policy.s");
    expectDpm(() => simulateInventory(p, { policy: { type: "RS", review: 0, S: 5 }, leadTime: 1 }), "INVALID_ARGUMENT", "policy.review");
    expectDpm(() => simulateInventory(p, { policy: { type: "sS", s: 1, S: 5 }, leadTime: -1 }), "INVALID_ARGUMENT", "leadTime");
    expectDpm(() => simulateInventory([], { policy: { type: "sS", s: 1, S: 5 }, leadTime: 1 }), "EMPTY");
    expectDpm(() => simulateInventory([Float64Array.of(1, Number.NaN)], { policy: { type: "sS", s: 1, S: 5 }, leadTime: 1 }), "NON_FINITE");
    expectDpm(() => simulateInventory(p, { policy: { type: "sS", s: 1, S: 5 }, leadTime: 1, warmup: 10 }), "TOO_SHORT");
    expectDpm(() => simulateInventory([undefined as unknown as Float64Array], { policy: { type: "sS", s: 1, S: 5 }, leadTime: 1 }), "INVALID_ARGUMENT", "paths[0]");
    // a lead time as long as the data: no order could ever arrive
    const e = expectDpm(() => simulateInventory(p, { policy: { type: "sS", s: 1, S: 5 }, leadTime: 10 }), "TOO_SHORT", "options.leadTime");
    expect(e.message).toMatch(/shorten the lead time/);
  });
});
