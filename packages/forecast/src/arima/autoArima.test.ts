import { afterAll, describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, holdout, rForecast, series } from "../../test/reference.js";
import { rAutoArimaWhole } from "../../test/arimaReference.js";
import { autoArima } from "./autoArima.js";
import { forecastArima } from "./forecastArima.js";

interface Row {
  readonly series: string;
  readonly ours: string;
  readonly r: string;
  readonly mase?: number;
  readonly rMase?: number;
}

describe("autoArima", () => {
  const holdoutRows: Row[] = [];
  const wholeRows: Row[] = [];
  afterAll(() => {
    const line = (x: Row): string =>
      `${x.series.padEnd(15)} ${x.ours.padEnd(36)} ${x.r.padEnd(36)}${x.ours === x.r ? "" : " *"}${x.mase === undefined ? "" : `  MASE ${x.mase.toFixed(3)} vs R ${x.rMase?.toFixed(3)}`}`;
    console.log(["holdout (training part) — ours vs R auto.arima", ...holdoutRows.map(line), "whole series — ours vs R auto.arima", ...wholeRows.map(line)].join("\n"));
  });

  it("chooses R's orders on most of the 14 holdout series, with R's accuracy", () => {
    let same = 0;
    let sum = 0;
    let rSum = 0;
    for (const r of rForecast.series) {
      const h = holdout(r.name);
      const ra = r.methods["auto.arima"];
      if (ra === undefined) throw new Error(r.name);
      const fit = autoArima(h.train, { period: h.m });
      const f = forecastArima(fit, h.h);
      let mae = 0;
      for (let i = 0; i < h.h; i++) mae += Math.abs((h.actual[i] as number) - (f.point[i] as number));
      const mase = mae / h.h / h.mase_scale;
      holdoutRows.push({ series: r.name, ours: fit.name, r: ra.model, mase, rMase: ra.MASE });
      if (fit.name === ra.model) {
        same++;
        // Same model: point forecasts agree with R's up to optimiser tolerance.
        for (let i = 0; i < h.h; i++) {
          const width = (ra.upper95[i] as number) - (ra.lower95[i] as number);
          expect(Math.abs((f.point[i] as number) - (ra.point[i] as number)) / width).toBeLessThan(5e-3);
        }
      }
      sum += mase;
      rSum += ra.MASE;
    }
    expect(same).toBeGreaterThanOrEqual(12);
    expect(sum / rForecast.series.length).toBeLessThanOrEqual((rSum / rForecast.series.length) * 1.005);
  });

  it("chooses R's model on most whole series, with R's AICc when the model is the same", () => {
    let same = 0;
    for (const r of rAutoArimaWhole) {
      const s = series(r.series);
      const fit = autoArima(s.values, { period: s.frequency });
      wholeRows.push({ series: r.series, ours: fit.name, r: r.model ?? "" });
      if (fit.name === r.model) {
        same++;
        expect(Math.abs(fit.aicc - r.aicc)).toBeLessThan(1e-3);
        expect(Math.abs(fit.logLik - r.loglik)).toBeLessThan(5e-4);
      }
    }
    expect(same).toBeGreaterThanOrEqual(9);
  });

  it("takes the period from a TimeSeries and carries the next period", () => {
    const s = series("USAccDeaths");
    const fit = autoArima(timeSeries("1973-01", s.values));
    expect(fit.name).toBe("ARIMA(0,1,1)(0,1,1)[12]");
    expect(forecastArima(fit, 2).start).not.toBeNull();
  });

  it("an exhaustive search never ends with a worse AICc than the stepwise one over the same orders", () => {
    for (const name of ["lh", "Nile", "lynx"]) {
      const y = series(name).values;
      const max = { p: 3, q: 3, order: 6 };
      const step = autoArima(y, { max });
      const all = autoArima(y, { max, stepwise: false });
      expect(all.aicc).toBeLessThanOrEqual(step.aicc + 1e-6);
    }
  });

  it("fits on the Box–Cox scale with lambda and forecasts on the original scale", () => {
    const y = series("AirPassengers").values;
    const fit = autoArima(y, { period: 12, lambda: 0 });
    expect(fit.lambda).toBe(0);
    const f = forecastArima(fit, 12);
    expect(f.point[0]).toBeGreaterThan(380);
    expect(f.point[0]).toBeLessThan(500);
  });

  it("fits a constant series as R does: its mean, zero-width intervals", () => {
    const fit = autoArima([5, 5, 5, 5, 5, 5]);
    expect(fit.name).toBe("ARIMA(0,0,0) with non-zero mean");
    expect(fit.coefficients.intercept).toBe(5);
    const f = forecastArima(fit, 3);
    expect(Array.from(f.point)).toEqual([5, 5, 5]);
    expect(f.intervals[1]!.upper[2]).toBe(5);
    // A straight line: one difference leaves a constant, fitted as a random walk with that drift.
    const line = autoArima(Array.from({ length: 12 }, (_, t) => 3 + 2 * t));
    expect(line.name).toBe("ARIMA(0,1,0) with drift");
    expect(Array.from(forecastArima(line, 2).point)).toEqual([27, 29]);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => autoArima([1, 2])).code).toBe("TOO_SHORT");
    expect(catchDpm(() => autoArima([1, 2, Number.NaN, 4, 5])).code).toBe("NON_FINITE");
    expect(catchDpm(() => autoArima([1, 2, 3, 4, 5], { ic: "hqic" as "aic" })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => autoArima([1, 2, 3, 4, 5], { max: { p: -1 } })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => autoArima([3, 1, 0, 2, 5, 4, 6, 3], { lambda: 0 })).code).toBe("INVALID_ARGUMENT");
  });
});
