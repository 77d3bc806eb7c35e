import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { autoForecast } from "../autoForecast.js";
import { seasonalNaiveForecast } from "../baselines/seasonalNaiveForecast.js";
import { smape } from "../metrics/smape.js";

const ref = JSON.parse(readFileSync(new URL("../../reference/mstl.json", import.meta.url), "utf8")) as {
  taylor: { x: number[]; stlf: { h: number; model: string; mean: number[] } };
  dayahead: { stlf48: number[]; stlf48_336: number[] };
};

describe("autoForecast with several seasonal periods (MSTL)", () => {
  it("is close to R's stlf on half-hourly demand and says how each season was modelled", () => {
    const t = ref.taylor;
    const f = autoForecast(t.x, { horizon: 48, periods: [48, 336], methods: ["ets"] });
    expect(f.family).toBe("mstl");
    expect(f.method).toMatch(/^MSTL \+ ETS\(/);
    expect(f.description).toMatch(/period 48 by STL.*period 336 by STL/);
    // R: stlf(msts(x, c(48, 336)), h = 48) — ETS(A,N,N) on the adjusted series
    expect(smape(t.stlf.mean, f.point)).toBeLessThan(0.5);
  });

  it("never drops a period longer than ETS takes: period 48 alone goes through MSTL; day + week forecasts a day ahead well", () => {
    const t = ref.taylor;
    const train = t.x.slice(0, 1344 - 48);
    const test = t.x.slice(1344 - 48);
    const daily = autoForecast(train, { horizon: 48, period: 48 });
    expect(daily.family).toBe("mstl");
    expect(daily.description).toMatch(/period 48 by STL/);
    // R: stlf(ts(train, frequency = 48)) and stlf(msts(train, c(48, 336))), both ETS on the adjusted series
    const dailyEts = autoForecast(train, { horizon: 48, period: 48, methods: ["ets"] });
    expect(Math.abs(smape(test, dailyEts.point) - smape(test, ref.dayahead.stlf48))).toBeLessThan(0.2);
    const both = autoForecast(train, { horizon: 48, periods: [48, 336] });
    const weekAgo = seasonalNaiveForecast(train, { horizon: 48, period: 336 });
    expect(smape(test, both.point)).toBeLessThan(smape(test, weekAgo.point));
    expect(smape(test, both.point)).toBeLessThan(smape(test, ref.dayahead.stlf48_336) + 0.1);
  });

  it("names a period too long for the data instead of ignoring it silently", () => {
    const y = Array.from({ length: 120 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 7) + (t % 5));
    const f = autoForecast(timeSeries("2024-01-01", y), { horizon: 14 });
    expect(f.description).toMatch(/period 365\.25 not modelled: it needs more than two full cycles/);
    expect(f.point.length).toBe(14);
    expect(Array.from(f.point).every(Number.isFinite)).toBe(true);
  });

  it("shifts intervals and sample paths by the seasonal forecast (coherent with the point)", () => {
    const y = Array.from({ length: 24 * 7 * 3 }, (_, t) => 200 + 30 * Math.sin((2 * Math.PI * t) / 24) + 15 * Math.sin((2 * Math.PI * t) / 168) + ((t * 37) % 11));
    const f = autoForecast(y, { horizon: 24, periods: [24, 168], paths: 500, seed: 1 });
    for (let h = 0; h < 24; h++) {
      expect(f.intervals[0]?.lower[h]).toBeLessThan(f.point[h] as number);
      expect(f.intervals[0]?.upper[h]).toBeGreaterThan(f.point[h] as number);
    }
    const v = f.paths?.values as Float64Array;
    let s = 0;
    for (let k = 0; k < 500; k++) s += v[k * 24 + 5] as number;
    expect(Math.abs(s / 500 - (f.point[5] as number))).toBeLessThan(5);
  });
});

describe("autoForecast default with several seasons on strictly positive data", () => {
  it("models on the log scale, says so, and keeps forecasts and intervals positive", () => {
    const y = Array.from({ length: 24 * 7 * 3 }, (_, t) => Math.exp(3 + 0.5 * Math.sin((2 * Math.PI * t) / 24) + 0.2 * Math.sin((2 * Math.PI * t) / 168) + 0.01 * ((t * 37) % 11)));
    const f = autoForecast(y, { horizon: 24, periods: [24, 168] });
    expect(f.description).toMatch(/^MSTL on the log scale/);
    for (let h = 0; h < 24; h++) {
      expect(f.intervals[1]?.lower[h]).toBeGreaterThan(0);
      expect(f.intervals[1]?.lower[h]).toBeLessThan(f.point[h] as number);
      // the truth (noise-free part) is within 5 %
      const t = y.length + h;
      const truth = Math.exp(3 + 0.5 * Math.sin((2 * Math.PI * t) / 24) + 0.2 * Math.sin((2 * Math.PI * t) / 168) + 0.05);
      expect(Math.abs((f.point[h] as number) / truth - 1)).toBeLessThan(0.05);
    }
    // with zeros the data stay on their own scale
    const z = y.map((v, t) => (t === 5 ? 0 : v));
    expect(autoForecast(z, { horizon: 24, periods: [24, 168] }).description).toMatch(/^MSTL: /);
  });
});
