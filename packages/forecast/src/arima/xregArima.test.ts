import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isDpmError } from "@dpm/core";
import { fitArima } from "./fitArima.js";
import { forecastArima } from "./forecastArima.js";
import { fourierTerms } from "./fourierTerms.js";

interface RFit { coef: Record<string, number>; sigma2: number; loglik: number; name: string; mean: number[]; lower: number[]; upper: number[] }
const ref = JSON.parse(readFileSync(new URL("../../reference/xregArima.json", import.meta.url), "utf8")) as {
  usaccdeaths: { x: number[]; fourier: { names: string[]; first: number[][]; future_first: number[] }; arima111: RFit; arima100: RFit };
  price: RFit & { sales: number[]; price: number[]; future: number[] };
  msts: { names: string[]; first: number[][]; future: number[][] };
};

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return isDpmError(e) ? e.code : "not a DpmError";
  }
  return "no error";
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe("fourierTerms (R's forecast::fourier)", () => {
  it("matches R's columns, names and future rows, with several periods", () => {
    const u = ref.usaccdeaths;
    const X = fourierTerms(72, { periods: [12], harmonics: [2] });
    expect(Object.keys(X)).toEqual(u.fourier.names);
    u.fourier.names.forEach((name, j) => {
      for (let t = 0; t < 3; t++) expect(X[name]?.[t]).toBeCloseTo(u.fourier.first[t]?.[j] as number, 12);
    });
    const F = fourierTerms(1, { periods: [12], harmonics: [2], offset: 72 });
    u.fourier.names.forEach((name, j) => expect(F[name]?.[0]).toBeCloseTo(u.fourier.future_first[j] as number, 12));
    const M = fourierTerms(400, { periods: [168, 24], harmonics: [2, 3] });
    expect(Object.keys(M)).toEqual(ref.msts.names);
    const Mf = fourierTerms(2, { periods: [24, 168], harmonics: [3, 2], offset: 400 });
    ref.msts.names.forEach((name, j) => {
      expect(M[name]?.[2]).toBeCloseTo(ref.msts.first[2]?.[j] as number, 12);
      expect(Mf[name]?.[1]).toBeCloseTo(ref.msts.future[1]?.[j] as number, 12);
    });
  });

  it("rejects bad harmonics and lengths", () => {
    expect(code(() => fourierTerms(10, { periods: [12], harmonics: [7] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fourierTerms(0, { periods: [12], harmonics: [1] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fourierTerms(10, { periods: [12, 24], harmonics: [1] }))).toBe("INVALID_ARGUMENT");
  });
});

describe("fitArima with xreg: regression with ARIMA errors (R's Arima(xreg =))", () => {
  it("matches R on USAccDeaths with Fourier terms, ARIMA(1,1,1) and ARIMA(1,0,0) errors", () => {
    const u = ref.usaccdeaths;
    const xreg = fourierTerms(72, { periods: [12], harmonics: [2] });
    const future = fourierTerms(12, { periods: [12], harmonics: [2], offset: 72 });
    for (const [order, r] of [[[1, 1, 1], u.arima111], [[1, 0, 0], u.arima100]] as const) {
      const fit = fitArima(u.x, { order: order as [number, number, number], xreg });
      expect(fit.name).toBe(r.name);
      for (const [k, v] of Object.entries(r.coef)) expect(rel(fit.coefficients[k] as number, v)).toBeLessThan(2e-3);
      expect(rel(fit.logLik, r.loglik)).toBeLessThan(1e-5);
      expect(rel(fit.sigma2, r.sigma2)).toBeLessThan(1e-3);
      const f = forecastArima(fit, { horizon: 12, levels: [95], xreg: future });
      for (let h = 0; h < 12; h++) {
        expect(rel(f.point[h] as number, r.mean[h] as number)).toBeLessThan(1e-3);
        expect(rel(f.intervals[0]?.upper[h] as number, r.upper[h] as number)).toBeLessThan(1e-3);
      }
    }
  });

  it("matches R with a price regressor and a mean", () => {
    const p = ref.price;
    const fit = fitArima(p.sales, { order: [1, 0, 0], xreg: { price: p.price } });
    expect(fit.name).toBe(p.name);
    for (const [k, v] of Object.entries(p.coef)) expect(rel(fit.coefficients[k] as number, v)).toBeLessThan(1e-3);
    const f = forecastArima(fit, { horizon: 5, levels: [95], xreg: { price: p.future } });
    for (let h = 0; h < 5; h++) {
      expect(rel(f.point[h] as number, p.mean[h] as number)).toBeLessThan(1e-4);
      expect(rel(f.intervals[0]?.lower[h] as number, p.lower[h] as number)).toBeLessThan(1e-3);
    }
  });

  it("requires and checks the future regressors", () => {
    const p = ref.price;
    const fit = fitArima(p.sales, { order: [1, 0, 0], xreg: { price: p.price } });
    expect(code(() => forecastArima(fit, { horizon: 5 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => forecastArima(fit, { horizon: 5, xreg: { price: [1, 2] } }))).toBe("LENGTH_MISMATCH");
    expect(code(() => forecastArima(fit, { horizon: 2, xreg: { cost: [1, 2] } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => forecastArima(fit, { horizon: 2, xreg: { price: [1, NaN] } }))).toBe("NON_FINITE");
    expect(code(() => fitArima(p.sales, { order: [1, 0, 0], xreg: { price: p.price.slice(1) } }))).toBe("LENGTH_MISMATCH");
    expect(code(() => fitArima(p.sales, { order: [1, 0, 0], xreg: { drift: p.price } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fitArima(p.sales, { order: [1, 0, 0], xreg: { a: p.price, b: p.price } }))).toBe("NO_SOLUTION");
    const plain = fitArima(p.sales, { order: [1, 0, 0] });
    expect(code(() => forecastArima(plain, { horizon: 2, xreg: { price: [1, 2] } }))).toBe("INVALID_ARGUMENT");
  });
});
