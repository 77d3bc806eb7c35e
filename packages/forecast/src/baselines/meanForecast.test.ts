import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { meanForecast } from "./meanForecast.js";

describe("meanForecast", () => {
  it("forecasts the mean with Student-t intervals as R's meanf", () => {
    // R: meanf(c(4, 6, 5, 7, 3), h = 2, level = c(80, 95)) → lower 80% 2.5067, 95% 0.1911
    const f = meanForecast([4, 6, 5, 7, 3], { horizon: 2 });
    expect(Array.from(f.point)).toEqual([5, 5]);
    const w = Math.sqrt(2.5) * Math.sqrt(1.2);
    expect(f.intervals[0]?.lower[1]).toBeCloseTo(5 - 1.533206274058 * w, 9);
    expect(f.intervals[1]?.upper[0]).toBeCloseTo(5 + 2.776445105197793 * w, 9);
  });

  it("gives zero-width intervals for a constant series", () => {
    const f = meanForecast([2, 2, 2, 2], { horizon: 1 });
    expect(f.intervals[0]?.lower[0]).toBe(2);
    expect(f.intervals[0]?.upper[0]).toBe(2);
  });

  it("rejects a single value", () => {
    expect(catchDpm(() => meanForecast([1], { horizon: 3 })).message).toMatch(/at least 2/);
  });
});
