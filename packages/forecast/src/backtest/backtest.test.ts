import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, maxRelDiff, series } from "../../test/reference.js";
import { backtest } from "./backtest.js";

describe("backtest", () => {
  it("matches R's tsCV(lh, naive, h = 2, initial = 10) (R 4.2.2, forecast 8.20)", () => {
    const r = backtest(series("lh").values, "naive", { horizon: 2, initial: 11 });
    expect(r.origins.length).toBe(36);
    expect(maxRelDiff(r.maeByHorizon, [0.397222222222222, 0.630555555555556])).toBeLessThan(1e-12);
  });

  it("matches R's tsCV(UKgas, snaive, h = 3, window = 20) with a sliding window", () => {
    const r = backtest(timeSeries("1960-Q1", series("UKgas").values), "seasonalNaive", { horizon: 3, initial: 20, window: "sliding" });
    expect(r.origins.length).toBe(86);
    expect(r.origins[5]?.trainStart).toBe(5);
    expect(maxRelDiff(r.maeByHorizon, [32.146511627907, 32.7976744186047, 32.7604651162791])).toBeLessThan(1e-12);
  });

  it("naive on a straight line errs by h·slope at h steps (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: 0.1, max: 5, noNaN: true }), fc.integer({ min: 1, max: 4 }), (a, b, h) => {
        const y = Array.from({ length: 20 }, (_, t) => a + b * t);
        const r = backtest(y, "naive", { horizon: h, initial: 5, step: 2 });
        for (let k = 0; k < h; k++) expect(r.maeByHorizon[k]).toBeCloseTo((k + 1) * b, 8);
        expect(r.aggregate.me).toBeCloseTo((b * (h + 1)) / 2, 8);
        expect(r.origins.every((o) => (o.origin - 5) % 2 === 0)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("accepts a custom method returning plain point forecasts, and scores intervals of built-ins", () => {
    const y = series("Nile").values;
    const r = backtest(y, (train, h) => new Float64Array(h).fill(train[train.length - 1] as number), { horizon: 3, initial: 80 });
    const n = backtest(y, "naive", { horizon: 3, initial: 80 });
    expect(r.aggregate.mae).toBeCloseTo(n.aggregate.mae, 12);
    expect(r.aggregate.intervals).toEqual([]);
    expect(n.aggregate.intervals.map((i) => i.level)).toEqual([80, 95]);
    expect(n.aggregate.intervals[1]?.coverage).toBeGreaterThan(n.aggregate.intervals[0]?.coverage as number);
  });

  it("runs the automatic method from each origin", () => {
    const y = series("USAccDeaths").values;
    const r = backtest(y, "auto", { horizon: 6, initial: 48, step: 6, period: 12 });
    expect(r.origins.length).toBe(4);
    expect(r.aggregate.mase).toBeLessThan(1);
  });

  it("rejects too-short series, bad options and a method returning the wrong length", () => {
    expect(catchDpm(() => backtest([1, 2, 3], "naive", { horizon: 2, initial: 2 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => backtest([1, 2, 3, 4], "nope" as never, { horizon: 1, initial: 2 })).path).toBe("method");
    expect(catchDpm(() => backtest([1, 2, 3, 4], () => [1, 2], { horizon: 1, initial: 2 })).message).toMatch(/returned 2 forecast/);
    expect(catchDpm(() => backtest([1, 2, 3, 4], "naive", { horizon: 1, initial: 2, window: "x" as never })).path).toBe("options.window");
  });
});
