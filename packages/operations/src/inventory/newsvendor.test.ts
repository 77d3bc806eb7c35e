import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import reference from "../../reference/inventory.json" with { type: "json" };
import { newsvendor } from "./newsvendor.js";

describe("newsvendor", () => {
  it("normal: q = μ + σ Φ⁻¹(cu/(cu+co)) and the expected shortage σL(z) (scipy)", () => {
    for (const r of reference.normalNewsvendor) {
      const out = newsvendor({ dist: "normal", mean: r.mean, sd: r.sd }, { underage: r.underage, overage: r.overage });
      expect(out.criticalFractile).toBeCloseTo(r.underage / (r.underage + r.overage), 14);
      expect(out.quantity).toBeCloseTo(r.quantity, 6);
      expect(out.expectedShortage).toBeCloseTo(r.expectedShortage, 6);
    }
  });
  it("Poisson: smallest q with F(q) ≥ fractile (scipy poisson.ppf)", () => {
    for (const r of reference.poissonNewsvendor) {
      const out = newsvendor({ dist: "poisson", mean: r.mean }, { underage: r.underage, overage: r.overage });
      expect(out.quantity).toBe(r.quantity);
      expect(out.expectedShortage).toBeCloseTo(r.expectedShortage, 8);
    }
  });
  it("empirical: the sample quantile, and profit from prices", () => {
    const out = newsvendor([10, 20, 30, 40], { price: 6, cost: 2 }); // fractile 2/3 → 3rd of 4
    expect(out.quantity).toBe(30);
    expect(out.expectedShortage).toBeCloseTo(2.5, 12);
    expect(out.expectedProfit).toBeCloseTo(6 * 22.5 - 2 * 30, 12);
  });
  it("rejects cost ≥ price and salvage ≥ cost, saying what to change", () => {
    expect(expectDpm(() => newsvendor([1, 2], { price: 2, cost: 2 }), "INVALID_ARGUMENT").message).toContain("raise the price");
    expectDpm(() => newsvendor([1, 2], { price: 5, cost: 2, salvage: 3 }), "INVALID_ARGUMENT", "options.salvage");
    expectDpm(() => newsvendor([1, -2], { price: 5, cost: 2 }), "INVALID_ARGUMENT", "demand[1]");
    expectDpm(() => newsvendor({ dist: "normal", mean: 10, sd: 0 }, { price: 5, cost: 2 }), "INVALID_ARGUMENT", "demand.sd");
    // documented limits instead of a hang or a NaN profit
    expect(expectDpm(() => newsvendor({ dist: "poisson", mean: 1e308 }, { price: 5, cost: 2 }), "INVALID_ARGUMENT", "demand.mean").message).toContain('dist: "normal"');
    expectDpm(() => newsvendor({ dist: "normal", mean: 1e308, sd: 1 }, { price: 5, cost: 2 }), "NON_FINITE", "demand");
    expectDpm(() => newsvendor([100, 200], { price: 1e308, cost: 2 }), "NON_FINITE", "demand");
  });
});
