import { describe, expect, it } from "vitest";
import { catchDpm, holdout, rForecast } from "../../test/reference.js";
import { maseScale } from "./kernels.js";
import { mase } from "./mase.js";

describe("mase", () => {
  it("reproduces R's MASE (seasonal scaling) for every method and series in the reference", () => {
    for (const r of rForecast.series) {
      const { train } = holdout(r.name);
      expect(maseScale(Float64Array.from(train), r.m)).toBeCloseTo(r.mase_scale, 9);
      for (const method of Object.values(r.methods)) {
        expect(mase(r.actual, method.point, train, { period: r.m })).toBeCloseTo(method.MASE, 9);
      }
    }
  });

  it("is 1 when the forecast errors equal the in-sample naive errors", () => {
    expect(mase([5, 6], [4, 4], [1, 3, 2, 4])).toBeCloseTo(0.9, 14);
    expect(mase([3], [1], [0, 2, 0, 2])).toBe(1);
  });

  it("rejects a training series with zero scale, and one too short for the period", () => {
    expect(catchDpm(() => mase([1], [1], [3, 3, 3])).message).toMatch(/scale .* is 0/);
    expect(catchDpm(() => mase([1], [1], [1, 2, 3], { period: 4 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => mase([1], [1], [1, 2, 3], { period: 0 })).code).toBe("INVALID_ARGUMENT");
  });
});
