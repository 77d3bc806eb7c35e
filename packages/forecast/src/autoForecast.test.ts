import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, holdout, maxRelDiff, rForecast } from "../test/reference.js";
import { autoForecast } from "./autoForecast.js";
import { autoArima } from "./arima/autoArima.js";
import { forecastArima } from "./arima/forecastArima.js";
import { backtest } from "./backtest/backtest.js";
import { mase } from "./metrics/mase.js";
import { thetaForecast } from "./theta/thetaForecast.js";

describe("autoForecast", () => {
  it("is at least as accurate as R's ets on the 14 reference series (mean MASE), mostly with R's model", () => {
    let ours = 0;
    let theirs = 0;
    let same = 0;
    for (const s of rForecast.series) {
      const r = holdout(s.name);
      const f = autoForecast(r.train, { horizon: s.h, period: s.m, methods: ["ets"] });
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
    const f = autoForecast(timeSeries("1960-Q1", r.train), { horizon: 4, methods: ["ets"] });
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

describe("autoForecast families", () => {
  it("by default combines ETS, Theta and ARIMA with equal weights, and says so", () => {
    const r = holdout("UKgas");
    const f = autoForecast(r.train, { horizon: 4, period: 4 });
    const g = autoForecast(r.train, { horizon: 4, period: 4, methods: ["ets", "theta", "arima"], combine: true });
    expect(f.family).toBe("combination");
    expect(f.selection).toBeNull();
    expect(f.method).toMatch(/^Combination of ETS\(.*\), Theta and ARIMA\(/);
    expect(f.description).toMatch(/^Equal-weight combination of ets, theta, arima/);
    expect(Array.from(g.point)).toEqual(Array.from(f.point));
  });

  it("ETS averages the candidates' forecasts with Akaike weights that add up to 1", () => {
    const r = holdout("UKgas");
    const f = autoForecast(r.train, { horizon: 8, period: 4, methods: ["ets"] });
    expect(f.family).toBe("ets");
    const weights = [...f.description.matchAll(/ETS\([A-Z,d]+\) (\d\.\d\d)/g)].map((m) => Number(m[1]));
    expect(weights.length).toBeGreaterThan(0);
    expect(Math.abs(weights.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(0.02);
    // the average lies within the members' range: bounds below and above the point everywhere
    for (let h = 0; h < 8; h++) {
      expect(f.intervals[0]?.lower[h]).toBeLessThan(f.point[h] as number);
      expect(f.intervals[1]?.upper[h]).toBeGreaterThan(f.intervals[0]?.upper[h] as number);
    }
  });

  it("default sample paths are the ETS mixture re-centred on the combination (their mean tracks the point forecast)", () => {
    const r = holdout("UKgas");
    const f = autoForecast(r.train, { horizon: 4, period: 4, paths: 4000, seed: 3 });
    expect(f.paths?.count).toBe(4000);
    const values = f.paths?.values as Float64Array;
    for (let h = 0; h < 4; h++) {
      let s = 0;
      for (let k = 0; k < 4000; k++) s += values[k * 4 + h] as number;
      expect(Math.abs(s / 4000 - (f.point[h] as number)) / (f.point[h] as number)).toBeLessThan(0.03);
    }
    expect(f.description).toMatch(/re-centred/);
    const again = autoForecast(r.train, { horizon: 4, period: 4, paths: 4000, seed: 3 });
    expect(Array.from(again.paths?.values ?? [])).toEqual(Array.from(values));
  });

  it("says so when a model forecasts below zero for positive data (M3 N0601-like short yearly series)", () => {
    // a steep decline at the end of a positive series
    const y = [100, 120, 150, 180, 200, 210, 190, 150, 100, 60, 30];
    const f = autoForecast(y, { horizon: 6, methods: ["ets"] });
    if (Array.from(f.point).some((v) => v < 0)) expect(f.description).toMatch(/fall below zero/);
    else expect(f.description).not.toMatch(/fall below zero/);
  });

  it("chooses the family with the lower cross-validated MASE, and the scores are those of backtest", () => {
    const r = holdout("Nile");
    const f = autoForecast(r.train, { horizon: 6, methods: ["ets", "theta"] });
    expect(f.selection?.map((s) => s.family)).toEqual(["ets", "theta"]);
    const [ets, theta] = f.selection ?? [];
    expect(f.family).toBe((ets?.mase as number) <= (theta?.mase as number) ? "ets" : "theta");
    // recompute the Theta score independently with backtest + thetaForecast (n = 94: cv horizon 6, step 3, 3 origins)
    const n = r.train.length;
    const direct = backtest(r.train, (y, h) => thetaForecast(y, { horizon: h }), { horizon: 6, initial: n - 6 - 2 * 3, step: 3 });
    expect(theta?.mase).toBeCloseTo(direct.aggregate.mase, 12);
    expect(f.description).toMatch(/chosen by cross-validated MASE/);
  });

  it("with a single non-ETS family forecasts with that family", () => {
    const y = Array.from({ length: 60 }, (_, t) => 100 + 2 * t + 3 * Math.sin(t * 1.7));
    const f = autoForecast(y, { horizon: 6, methods: ["theta"] });
    expect(f.family).toBe("theta");
    expect(f.method).toBe("Theta");
    expect(f.model).toBeNull();
    expect(Array.from(f.point)).toEqual(Array.from(thetaForecast(y, { horizon: 6 }).point));
  });

  it("combines families: points and each bound are the means of the members'", () => {
    const r = holdout("AirPassengers");
    const c = autoForecast(r.train, { horizon: 12, period: 12, methods: ["ets", "theta"], combine: true });
    const e = autoForecast(r.train, { horizon: 12, period: 12, methods: ["ets"] });
    const t = thetaForecast(r.train, { horizon: 12, period: 12 });
    expect(c.family).toBe("combination");
    expect(c.method).toBe(`Combination of ${e.method} and Theta`);
    for (let h = 0; h < 12; h++) {
      expect(c.point[h]).toBeCloseTo(((e.point[h] as number) + (t.point[h] as number)) / 2, 9);
      expect(c.intervals[1]?.lower[h]).toBeCloseTo(((e.intervals[1]?.lower[h] as number) + (t.intervals[1]?.lower[h] as number)) / 2, 9);
      expect(c.intervals[0]?.upper[h]).toBeCloseTo(((e.intervals[0]?.upper[h] as number) + (t.intervals[0]?.upper[h] as number)) / 2, 9);
    }
  });

  it("forecasts with auto ARIMA when asked: R's auto.arima orders, forecasts of forecastArima", () => {
    const r = holdout("USAccDeaths");
    const f = autoForecast(timeSeries("1973-01", r.train), { horizon: 12, methods: ["arima"] });
    expect(f.family).toBe("arima");
    expect(f.method).toBe(r.methods["auto.arima"]?.model);
    expect(f.arimaModel).toBe(f.method);
    expect(f.start).not.toBeNull();
    expect(maxRelDiff(f.point, (r.methods["auto.arima"]?.point as number[]).slice(0, 12))).toBeLessThan(1e-4);
    const direct = forecastArima(autoArima(r.train, { period: 12 }), 12);
    expect(Array.from(f.point)).toEqual(Array.from(direct.point));
  });

  it("cross-validates all three families and can combine them", () => {
    const r = holdout("lh");
    const f = autoForecast(r.train, { horizon: 6, methods: ["ets", "theta", "arima"] });
    expect(f.selection?.map((s) => s.family)).toEqual(["ets", "theta", "arima"]);
    for (const s of f.selection ?? []) expect(Number.isFinite(s.mase)).toBe(true);
    const best = [...(f.selection ?? [])].sort((a, b) => a.mase - b.mase)[0];
    expect(f.family).toBe(best?.family);
    const c = autoForecast(r.train, { horizon: 6, methods: ["ets", "theta", "arima"], combine: true });
    const a = forecastArima(autoArima(r.train), 6);
    const e = autoForecast(r.train, { horizon: 6, methods: ["ets"] });
    const t = thetaForecast(r.train, { horizon: 6 });
    for (let h = 0; h < 6; h++) expect(c.point[h]).toBeCloseTo(((a.point[h] as number) + (e.point[h] as number) + (t.point[h] as number)) / 3, 9);
  });

  it("rejects unknown families, AICc across families and paths from non-ETS families", () => {
    expect(catchDpm(() => autoForecast([1, 2, 3, 4, 5, 6], { horizon: 1, methods: ["prophet" as never] })).message).toMatch(/options.methods\[0\]/);
    expect(catchDpm(() => autoForecast([1, 2, 3, 4, 5, 6], { horizon: 1, methods: ["ets", "theta"], select: "aicc" })).message).toMatch(/not comparable/);
    expect(catchDpm(() => autoForecast([1, 2, 3, 4, 5, 6], { horizon: 1, methods: ["theta"], paths: 10 })).message).toMatch(/ETS models only/);
    expect(catchDpm(() => autoForecast([1, 2, 3, 4, 5, 6], { horizon: 1, methods: [] })).code).toBe("INVALID_ARGUMENT");
  });
});
