import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catchDpm, holdout } from "../../test/reference.js";
import { parseArimaName } from "../../test/arimaReference.js";
import { rForecast } from "../../test/reference.js";
import { fitArima } from "./fitArima.js";
import { forecastArima } from "./forecastArima.js";

/** Largest |a − b| relative to the width of R's 95% interval at that step. */
function maxDiffInWidths(a: ArrayLike<number>, b: readonly number[], lo: readonly number[], hi: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < b.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)) / ((hi[i] as number) - (lo[i] as number)));
  return d;
}

describe("forecastArima", () => {
  // The forecast code alone: R's own coefficients held fixed, so no optimiser is involved.
  it.each(rForecast.series.map((s) => [s.name, s.methods["auto.arima"]?.model ?? ""] as const))(
    "%s: with R's coefficients %s fixed, point forecasts and 80/95%% bounds equal R's to 1e-9",
    (name) => {
      const h = holdout(name);
      const r = h.methods["auto.arima"];
      if (r === undefined) throw new Error(name);
      const spec = parseArimaName(r.model);
      const params = Array.isArray(r.params) || r.params === null ? {} : r.params;
      const fit = fitArima(h.train, { order: spec.order, seasonal: spec.seasonal, includeDrift: spec.drift, includeMean: spec.mean, fixed: params });
      expect(fit.name).toBe(r.model);
      // R estimated k coefficients, so its σ² divides by n − d − D·m − k; ours, with all fixed, by n − d − D·m.
      const k = Object.keys(params).length;
      const asR = { ...fit, sigma2: (fit.sigma2 * fit.nUsed) / (fit.nUsed - k) };
      const f = forecastArima(asR, h.h);
      expect(f.method).toBe(r.model);
      expect(maxDiffInWidths(f.point, r.point, r.lower95, r.upper95)).toBeLessThan(1e-9);
      const [i80, i95] = f.intervals;
      expect(maxDiffInWidths(i80!.lower, r.lower80, r.lower95, r.upper95)).toBeLessThan(1e-9);
      expect(maxDiffInWidths(i80!.upper, r.upper80, r.lower95, r.upper95)).toBeLessThan(1e-9);
      expect(maxDiffInWidths(i95!.lower, r.lower95, r.lower95, r.upper95)).toBeLessThan(1e-9);
      expect(maxDiffInWidths(i95!.upper, r.upper95, r.lower95, r.upper95)).toBeLessThan(1e-9);
    },
  );

  it("ARIMA(0,1,0) forecasts equal the naive forecast, with √h-growing intervals (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 5, maxLength: 60 }), (values) => {
        const y = values.map((v, i) => v + i * 0.01);
        if (new Set(y.slice(1).map((v, i) => v - (y[i] as number))).size < 2) return;
        const fit = fitArima(y, { order: [0, 1, 0] });
        const f = forecastArima(fit, 5, { levels: [90] });
        const last = y[y.length - 1] as number;
        for (let i = 0; i < 5; i++) expect(f.point[i]).toBeCloseTo(last, 9);
        const i90 = f.intervals[0]!;
        const w0 = (i90.upper[0] as number) - (i90.lower[0] as number);
        for (let i = 1; i < 5; i++) {
          const w = (i90.upper[i] as number) - (i90.lower[i] as number);
          expect(w / w0).toBeCloseTo(Math.sqrt(i + 1), 6);
        }
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it("interval widths never shrink with the horizon (property over fitted ARMA models)", () => {
    const nile = holdout("Nile").train;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 2 }), (p, d, q) => {
        const f = forecastArima(fitArima(nile, { order: [p, d, q] }), 12);
        for (const it of f.intervals) {
          for (let i = 1; i < 12; i++) {
            expect((it.upper[i] as number) - (it.lower[i] as number)).toBeGreaterThanOrEqual((it.upper[i - 1] as number) - (it.lower[i - 1] as number) - 1e-9);
          }
        }
      }),
      { numRuns: 12, seed: 3 },
    );
  });

  it("back-transforms a log model: bounds are the exponentials of the log-scale bounds", () => {
    const y = holdout("AirPassengers").train;
    const logFit = fitArima(y.map(Math.log), { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 } });
    const lamFit = fitArima(y, { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 }, lambda: 0 });
    const a = forecastArima(logFit, 24);
    const b = forecastArima(lamFit, 24);
    for (let i = 0; i < 24; i++) {
      expect(b.point[i]).toBeCloseTo(Math.exp(a.point[i] as number), 6);
      expect(b.intervals[1]!.upper[i]).toBeCloseTo(Math.exp(a.intervals[1]!.upper[i] as number), 6);
    }
    // Residuals on the original scale are y − fitted.
    expect(b.residuals[50]).toBeCloseTo((y[50] as number) - (b.fitted[50] as number), 9);
  });

  it("rejects a bad horizon, bad levels and a non-fit", () => {
    const fit = fitArima([1, 3, 2, 4, 3, 5, 4, 6], { order: [0, 1, 0] });
    expect(catchDpm(() => forecastArima(fit, 0)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => forecastArima(fit, 2.5)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => forecastArima(fit, 3, { levels: [120] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => forecastArima({} as typeof fit, 3)).code).toBe("INVALID_ARGUMENT");
  });

  it("takes one options object like forecastEts, and keeps the deprecated positional horizon", () => {
    const fit = fitArima([1, 3, 2, 4, 3, 5, 4, 6], { order: [0, 1, 0] });
    const a = forecastArima(fit, { horizon: 3, levels: [90] });
    const b = forecastArima(fit, 3, { levels: [90] });
    expect(Array.from(a.point)).toEqual(Array.from(b.point));
    expect(Array.from(a.intervals[0]!.upper)).toEqual(Array.from(b.intervals[0]!.upper));
    expect(catchDpm(() => forecastArima(fit, {} as { horizon: number })).path).toBe("options.horizon");
    expect(catchDpm(() => forecastArima(fit, { h: 3 } as never)).message).toContain('Did you mean "horizon"');
    expect(catchDpm(() => forecastArima(fit, null as never)).code).toBe("INVALID_ARGUMENT");
  });
});
