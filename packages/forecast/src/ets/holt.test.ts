import { describe, expect, it } from "vitest";
import { catchDpm, holdout, maxRelDiff, rForecast, series } from "../../test/reference.js";
import { holt } from "./holt.js";

describe("holt", () => {
  it("with R's optimiser reproduces R's holt() on all 14 training series", () => {
    for (const s of rForecast.series) {
      const r = holdout(s.name);
      const ref = r.methods.holt;
      if (ref === undefined) throw new Error("missing");
      const f = holt(r.train, { horizon: s.h, optimizer: "nelder-mead" });
      expect(f.method).toBe("Holt's method");
      expect(maxRelDiff(f.point, ref.point)).toBeLessThan(1e-8);
      expect(maxRelDiff(f.intervals[0]?.upper ?? [], ref.upper80)).toBeLessThan(1e-8);
    }
  });

  it("damped: R's holt(WWWusage, damped = TRUE) (R 4.2.2, forecast 8.20)", () => {
    const f = holt(series("WWWusage").values, { horizon: 3, damped: true, optimizer: "nelder-mead" });
    expect(f.model.parameters.phi).toBeCloseTo(0.814910368491219, 6);
    expect(maxRelDiff(f.point, [218.366428548544, 217.035316538653, 215.95057956017])).toBeLessThan(1e-8);
  });

  it("extends an exact line", () => {
    const f = holt([3, 5, 7, 9, 11, 13, 15, 17, 19], { horizon: 2 });
    expect(f.point[0]).toBeCloseTo(21, 4);
    expect(f.point[1]).toBeCloseTo(23, 4);
  });

  it("rejects non-finite data", () => {
    expect(catchDpm(() => holt([1, 2, Infinity, 4, 5, 6], { horizon: 2 })).code).toBe("NON_FINITE");
  });
});
