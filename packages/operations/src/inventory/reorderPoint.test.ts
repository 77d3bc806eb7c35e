import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import reference from "../../reference/inventory.json" with { type: "json" };
import { reorderPoint } from "./reorderPoint.js";

describe("reorderPoint", () => {
  it("normal: μL + z σ √L, with lead-time variability √(Lσ² + μ²σ_L²)", () => {
    const r = reorderPoint({ mean: 40, sd: 8 }, { leadTime: 4, serviceLevel: 0.95 });
    expect(r.safetyStock).toBeCloseTo(1.6448536269514722 * 16, 9);
    const v = reorderPoint({ mean: 40, sd: 8 }, { leadTime: 4, serviceLevel: 0.95, leadTimeSd: 1 });
    expect(v.leadTimeDemandSd).toBeCloseTo(Math.sqrt(4 * 64 + 1600), 12);
  });
  it("gamma matches scipy's gamma.ppf (reference/inventory.py)", () => {
    for (const g of reference.gammaReorderPoint) {
      const r = reorderPoint({ mean: g.mean, sd: g.sd, dist: "gamma" }, { leadTime: g.leadTime, serviceLevel: g.serviceLevel });
      expect(r.reorderPoint).toBeCloseTo(g.reorderPoint, 6);
    }
  });
  it("sample paths: the empirical quantile of lead-time demand approaches the normal answer", () => {
    const rng = createRng(3);
    const paths = Array.from({ length: 20_000 }, () => Float64Array.from({ length: 10 }, () => rng.normal(40, 8)));
    const r = reorderPoint(paths, { leadTime: 4, serviceLevel: 0.95 });
    expect(Math.abs(r.reorderPoint - (160 + 1.6449 * 16))).toBeLessThan(0.8);
    expect(r.leadTimeDemandSd).toBeCloseTo(16, 0);
  });
  it("rejects a lead time longer than the paths and service levels outside (0, 1)", () => {
    const e = expectDpm(() => reorderPoint([new Float64Array(3)], { leadTime: 5, serviceLevel: 0.9 }), "TOO_SHORT", "options.leadTime");
    expect(e.message).toContain("forecast at least 5 periods ahead");
    expectDpm(() => reorderPoint({ mean: 1, sd: 1 }, { leadTime: 1, serviceLevel: 1 }), "INVALID_ARGUMENT", "serviceLevel");
    expectDpm(() => reorderPoint({ mean: 1, sd: -1 }, { leadTime: 1, serviceLevel: 0.9 }), "INVALID_ARGUMENT", "demand.sd");
    expectDpm(() => reorderPoint({ mean: 1, sd: 1 }, { leadTime: 0, serviceLevel: 0.9 }), "INVALID_ARGUMENT", "leadTime");
    expectDpm(() => reorderPoint([], { leadTime: 1, serviceLevel: 0.9 }), "EMPTY");
    // overflow says so instead of returning Infinity/NaN
    expectDpm(() => reorderPoint({ mean: 1e308, sd: 1 }, { leadTime: 4, serviceLevel: 0.9 }), "NON_FINITE", "demand");
    expectDpm(() => reorderPoint([[1e308, 1e308]], { leadTime: 2, serviceLevel: 0.9 }), "NON_FINITE", "demand");
  });
});
