import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, holdout, maxRelDiff, rForecast } from "../../test/reference.js";
import { naiveForecast } from "./naiveForecast.js";

describe("naiveForecast", () => {
  it("reproduces R's naive() forecasts and 80/95% intervals on the non-seasonal reference series", () => {
    const nonSeasonal = rForecast.series.filter((s) => s.m === 1);
    expect(nonSeasonal.length).toBe(7);
    for (const s of nonSeasonal) {
      const r = holdout(s.name).methods.naive;
      if (r === undefined) throw new Error(`no naive for ${s.name}`);
      const f = naiveForecast(holdout(s.name).train, { horizon: s.h });
      expect(maxRelDiff(f.point, r.point)).toBeLessThan(1e-12);
      expect(maxRelDiff(f.intervals[0]?.lower ?? [], r.lower80)).toBeLessThan(1e-9);
      expect(maxRelDiff(f.intervals[1]?.upper ?? [], r.upper95)).toBeLessThan(1e-9);
    }
  });

  it("labels forecasts with the periods after a TimeSeries and keeps residuals aligned", () => {
    const f = naiveForecast(timeSeries("2025-11", [3, 5, 4]), { horizon: 2, levels: [50] });
    expect(f.start).toEqual({ freq: "month", ordinal: 2026 * 12 + 1 });
    expect(Array.from(f.residuals)).toEqual([NaN, 2, -1]);
    expect(f.intervals.map((i) => i.level)).toEqual([50]);
  });

  it("gives zero-width intervals for a constant series", () => {
    const f = naiveForecast([7, 7, 7], { horizon: 2 });
    expect(Array.from(f.intervals[1]?.upper ?? [])).toEqual([7, 7]);
  });

  it("rejects bad input with actionable messages", () => {
    expect(catchDpm(() => naiveForecast([1], { horizon: 1 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => naiveForecast([1, 2], { horizon: 0 })).message).toMatch(/naiveForecast: options.horizon must be an integer between 1/);
    expect(catchDpm(() => naiveForecast([1, NaN, 2], { horizon: 1 })).message).toMatch(/series\[1\] is NaN/);
    expect(catchDpm(() => naiveForecast([1, 2], { horizon: 1, levels: [120] })).path).toBe("options.levels[0]");
    expect(catchDpm(() => naiveForecast({} as never, { horizon: 1 })).code).toBe("INVALID_ARGUMENT");
  });
});
