import { linearRegression } from "simple-statistics";
import { timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm, series } from "../../test/reference.js";
import { regressionForecast } from "./regressionForecast.js";

// R: qt(c(0.9, 0.975), 10) and qt(0.975, 5)
const QT90_10 = 1.3721836411103356;
const QT975_10 = 2.2281388519649385;

describe("regressionForecast", () => {
  it("fits a perfectly linear series exactly, with zero-width intervals", () => {
    const y = Array.from({ length: 10 }, (_, t) => 3 + 2 * (t + 1));
    const f = regressionForecast(y, { horizon: 3 });
    expect(f.model.coefficients[0]).toBeCloseTo(3, 10);
    expect(f.model.coefficients[1]).toBeCloseTo(2, 10);
    expect(Array.from(f.point).map((v) => Number(v.toFixed(9)))).toEqual([25, 27, 29]);
    expect((f.intervals[1]?.upper[2] as number) - (f.intervals[1]?.lower[2] as number)).toBeLessThan(1e-9);
  });

  it("trend only: coefficients equal simple-statistics' linearRegression, intervals the closed form", () => {
    const y = [112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118]; // first year of AirPassengers
    const n = y.length;
    const f = regressionForecast(y, { horizon: 2 });
    const ss = linearRegression(y.map((v, t) => [t + 1, v]));
    expect(f.model.coefficients[0]).toBeCloseTo(ss.b, 10);
    expect(f.model.coefficients[1]).toBeCloseTo(ss.m, 10);
    // σ̂² = RSS/(n − 2), se(ŷ₀) = σ̂·√(1 + 1/n + (t₀ − t̄)²/Sxx)
    const tBar = (n + 1) / 2;
    const sxx = y.reduce((a, _, t) => a + (t + 1 - tBar) ** 2, 0);
    const rss = y.reduce((a, v, t) => a + (v - ss.b - ss.m * (t + 1)) ** 2, 0);
    const s = Math.sqrt(rss / (n - 2));
    for (let h = 0; h < 2; h++) {
      const t0 = n + 1 + h;
      const yhat = ss.b + ss.m * t0;
      const se = s * Math.sqrt(1 + 1 / n + (t0 - tBar) ** 2 / sxx);
      expect(f.point[h]).toBeCloseTo(yhat, 9);
      expect(f.intervals[0]?.upper[h]).toBeCloseTo(yhat + QT90_10 * se, 8);
      expect(f.intervals[1]?.lower[h]).toBeCloseTo(yhat - QT975_10 * se, 8);
    }
    // standard error of the slope: σ̂/√Sxx
    expect(f.model.standardErrors[1]).toBeCloseTo(s / Math.sqrt(sxx), 10);
    expect(f.model.df).toBe(10);
  });

  it("season dummies recover an exact additive pattern and continue it", () => {
    const pattern = [5, -2, 0, -3];
    const y = Array.from({ length: 16 }, (_, t) => 50 + 0.5 * (t + 1) + (pattern[t % 4] as number));
    const f = regressionForecast(timeSeries("2020-Q1", y), { horizon: 4 });
    expect(f.model.columns).toEqual(["(Intercept)", "trend", "season2", "season3", "season4"]);
    // season k coefficient = pattern[k] − pattern[0]
    expect(f.model.coefficients[2]).toBeCloseTo(-7, 9);
    expect(f.model.coefficients[4]).toBeCloseTo(-8, 9);
    for (let h = 0; h < 4; h++) expect(f.point[h]).toBeCloseTo(50 + 0.5 * (17 + h) + (pattern[h] as number), 9);
    expect(f.start).not.toBeNull();
  });

  it("Fourier terms with K = m/2 span the same space as dummies: same fitted values and forecasts", () => {
    const y = series("UKgas").values.slice(0, 60);
    const d = regressionForecast(y, { horizon: 6, period: 4 });
    const k = regressionForecast(y, { horizon: 6, period: 4, season: { fourier: 2 } });
    expect(k.model.columns).toEqual(["(Intercept)", "trend", "S1-4", "C1-4", "C2-4"]);
    for (let h = 0; h < 6; h++) {
      expect(k.point[h]).toBeCloseTo(d.point[h] as number, 8);
      expect(k.intervals[1]?.upper[h]).toBeCloseTo(d.intervals[1]?.upper[h] as number, 8);
    }
    expect(k.model.sigma2).toBeCloseTo(d.model.sigma2, 8);
  });

  it("external regressors: coefficients of y = 2 + 3x + small noise, with names from a record or x1… from rows", () => {
    const x = [1, 4, 2, 8, 5, 7, 3, 6, 9, 2];
    const noise = [0.1, -0.1, 0.05, -0.05, 0.02, -0.02, 0.08, -0.08, 0.03, 0];
    const y = x.map((v, i) => 2 + 3 * v + (noise[i] as number));
    const named = regressionForecast(y, { horizon: 2, trend: false, regressors: { fit: { x }, future: { x: [10, 0] } } });
    const rows = regressionForecast(y, { horizon: 2, trend: false, regressors: { fit: x.map((v) => [v]), future: [[10], [0]] } });
    expect(named.model.columns).toEqual(["(Intercept)", "x"]);
    expect(rows.model.columns).toEqual(["(Intercept)", "x1"]);
    const ss = linearRegression(x.map((v, i) => [v, y[i] as number]));
    expect(named.model.coefficients[1]).toBeCloseTo(ss.m, 10);
    expect(named.point[0]).toBeCloseTo(ss.b + 10 * ss.m, 9);
    expect(Array.from(rows.point)).toEqual(Array.from(named.point));
    expect(named.model.rSquared).toBeGreaterThan(0.999);
  });

  it("property: residuals are orthogonal to every column (normal equations X'e = 0) and fitted + residual = data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 24, maxLength: 24 }),
        fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 26, maxLength: 26 }),
        (y, x) => {
          fc.pre(new Set(x.slice(0, 24)).size > 6); // a (nearly) constant x duplicates the intercept: SINGULAR, tested above
          const f = regressionForecast(y, { horizon: 2, period: 4, season: { fourier: 1 }, regressors: { fit: { x: x.slice(0, 24) }, future: { x: x.slice(24) } } });
          const t = y.map((_, i) => i + 1);
          const cols = [y.map(() => 1), t, t.map((v) => Math.sin((2 * Math.PI * v) / 4)), t.map((v) => Math.cos((2 * Math.PI * v) / 4)), x.slice(0, 24)];
          const scale = Math.max(1, ...y.map(Math.abs));
          for (const c of cols) {
            const dot = c.reduce((a, v, i) => a + v * (f.residuals[i] as number), 0);
            expect(Math.abs(dot) / scale).toBeLessThan(1e-7);
          }
          y.forEach((v, i) => expect((f.fitted[i] as number) + (f.residuals[i] as number)).toBeCloseTo(v, 9));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("intervals widen away from the data (parameter uncertainty)", () => {
    const y = [3, 5, 4, 6, 8, 7, 9, 10, 9, 12];
    const f = regressionForecast(y, { horizon: 10 });
    const width = (h: number) => (f.intervals[1]?.upper[h] as number) - (f.intervals[1]?.lower[h] as number);
    for (let h = 1; h < 10; h++) expect(width(h)).toBeGreaterThan(width(h - 1));
  });

  it("rejects singular designs, wrong lengths and non-finite regressors, naming the regressor", () => {
    const y = [3, 5, 4, 6, 8, 7, 9, 10, 9, 12];
    const price = [1, 2, 3, 2, 1, 2, 3, 2, 1, 2];
    let e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: { price, copy: price.map((p) => 2 * p) }, future: { price: [1, 2], copy: [2, 4] } } }));
    expect(e.code).toBe("SINGULAR");
    expect(e.message).toMatch(/"copy" is a linear combination of \(Intercept\), trend, price/);
    e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: { flat: new Array(10).fill(4) }, future: { flat: [4, 4] } } }));
    expect(e.code).toBe("SINGULAR");
    expect(e.message).toMatch(/"flat"/);
    e = catchDpm(() => regressionForecast(y, { horizon: 3, regressors: { fit: { price }, future: { price: [1, 2] } } }));
    expect(e.code).toBe("LENGTH_MISMATCH");
    expect(e.message).toMatch(/regressor "price" has 2 values in future but needs 3/);
    e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: { price: price.slice(1) }, future: { price: [1, 2] } } }));
    expect(e.code).toBe("LENGTH_MISMATCH");
    e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: { price: [...price.slice(0, 9), Number.NaN] }, future: { price: [1, 2] } } }));
    expect(e.code).toBe("NON_FINITE");
    expect(e.message).toMatch(/regressor "price".*\[9\]/);
    e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: { price }, future: { cost: [1, 2] } } }));
    expect(e.message).toMatch(/missing: price; unexpected: cost/);
    e = catchDpm(() => regressionForecast(y, { horizon: 2, regressors: { fit: price.map((p) => [p]), future: [[1], [Number.POSITIVE_INFINITY]] } }));
    expect(e.message).toMatch(/regressor x1/);
  });

  it("rejects bad options and too little data", () => {
    const y = [3, 5, 4, 6, 8, 7];
    expect(catchDpm(() => regressionForecast(y.slice(0, 5), { horizon: 1, period: 4 })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => regressionForecast(y, { horizon: 1, season: "dummies" })).message).toMatch(/period ≥ 2/);
    expect(catchDpm(() => regressionForecast(y, { horizon: 1, period: 4, season: { fourier: 3 } })).message).toMatch(/from 1 to 2/);
    expect(catchDpm(() => regressionForecast(y, { horizon: 0 })).message).toMatch(/horizon/);
    expect(catchDpm(() => regressionForecast([1, 2, Number.NaN, 4], { horizon: 1 })).code).toBe("NON_FINITE");
  });
});
