import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, holdout, rForecast } from "../test/reference.js";
import { autoForecast } from "./autoForecast.js";
import { mase } from "./metrics/mase.js";

describe("autoForecast", () => {
  it("is at least as accurate as R's ets on the 14 reference series (mean MASE), mostly with R's model", () => {
    let ours = 0;
    let theirs = 0;
    let same = 0;
    for (const s of rForecast.series) {
      const r = holdout(s.name);
      const f = autoForecast(r.train, { horizon: s.h, period: s.m });
      expect(f.point.length).toBe(s.h);
      ours += mase(r.actual, f.point, r.train, { period: s.m });
      theirs += r.methods.ets?.MASE as number;
      if (f.method === r.methods.ets?.model) same++;
    }
    expect(ours / theirs).toBeLessThanOrEqual(1);
    expect(same).toBeGreaterThanOrEqual(8);
  });

  it("labels forecasts after a TimeSeries and describes the model in words", () => {
    const r = holdout("UKgas");
    const f = autoForecast(timeSeries("1960-Q1", r.train), { horizon: 4 });
    expect(f.start).toEqual({ freq: "quarter", ordinal: 1985 * 4 });
    expect(f.description).toMatch(/^ETS\(M,A,M\): multiplicative errors, additive trend, multiplicative seasonality \(period 4\)/);
    expect(f.model?.period).toBe(4);
  });

  it("forecasts a constant series as that constant with zero-width intervals and no NaN", () => {
    const f = autoForecast([120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120, 120], { horizon: 3, period: 12 });
    expect(Array.from(f.point)).toEqual([120, 120, 120]);
    for (const i of f.intervals) {
      expect(Array.from(i.lower)).toEqual([120, 120, 120]);
      expect(Array.from(i.upper)).toEqual([120, 120, 120]);
    }
    expect(f.description).toMatch(/Constant series/);
  });

  it("falls back to the naive method for 2 to 4 values", () => {
    const f = autoForecast([3, 5, 4, 6], { horizon: 2 });
    expect(f.method).toBe("Naive");
    expect(f.model).toBeNull();
  });

  it("rejects a horizon ≤ 0, NaN values and a single value", () => {
    expect(catchDpm(() => autoForecast([1, 2, 3, 4, 5], { horizon: 0 })).message).toBe(
      "autoForecast: options.horizon must be an integer between 1 and 1000000, got 0.",
    );
    const e = catchDpm(() => autoForecast([1, 2, NaN, 4, 5], { horizon: 1 }));
    expect(e.code).toBe("NON_FINITE");
    expect(e.message).toMatch(/series\[2\] is NaN.*Remove or fill missing values first/);
    expect(catchDpm(() => autoForecast([1], { horizon: 1 })).code).toBe("TOO_SHORT");
  });
});
