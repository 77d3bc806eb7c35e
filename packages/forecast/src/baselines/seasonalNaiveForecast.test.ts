import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, holdout, maxRelDiff, rForecast } from "../../test/reference.js";
import { naiveForecast } from "./naiveForecast.js";
import { seasonalNaiveForecast } from "./seasonalNaiveForecast.js";

describe("seasonalNaiveForecast", () => {
  it("reproduces R's snaive() forecasts and intervals on the seasonal reference series", () => {
    const seasonal = rForecast.series.filter((s) => s.m > 1);
    expect(seasonal.length).toBe(7);
    for (const s of seasonal) {
      const r = holdout(s.name).methods.snaive;
      if (r === undefined) throw new Error(`no snaive for ${s.name}`);
      const f = seasonalNaiveForecast(holdout(s.name).train, { horizon: s.h, period: s.m });
      expect(maxRelDiff(f.point, r.point)).toBeLessThan(1e-12);
      expect(maxRelDiff(f.intervals[0]?.upper ?? [], r.upper80)).toBeLessThan(1e-9);
      expect(maxRelDiff(f.intervals[1]?.lower ?? [], r.lower95)).toBeLessThan(1e-9);
    }
  });

  it("takes the period from a TimeSeries' frequency, and equals naive with period 1", () => {
    const q = timeSeries("2024-Q1", [1, 2, 3, 4, 5, 6, 7, 8]);
    expect(Array.from(seasonalNaiveForecast(q, { horizon: 4 }).point)).toEqual([5, 6, 7, 8]);
    const y = [3, 1, 4, 1, 5];
    expect(seasonalNaiveForecast(y, { horizon: 3 }).intervals).toEqual(naiveForecast(y, { horizon: 3 }).intervals);
  });

  it("needs more than one season of data", () => {
    const e = catchDpm(() => seasonalNaiveForecast([1, 2, 3, 4], { horizon: 1, period: 4 }));
    expect(e.code).toBe("TOO_SHORT");
    expect(e.message).toMatch(/at least 5 \(seasonal period 4\)/);
  });
});
