import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, series } from "../../test/reference.js";
import { rArimaFixed } from "../../test/arimaReference.js";
import { fitArima } from "./fitArima.js";

function ref(name: string) {
  const r = rArimaFixed.find((x) => x.series === name);
  if (r === undefined) throw new Error(name);
  return r as typeof r & { coef: Record<string, number>; sigma2: number };
}

describe("fitArima", () => {
  it("reproduces R's airline model on log AirPassengers: Arima(log(AirPassengers), c(0,1,1), c(0,1,1))", () => {
    const r = ref("AirPassengers");
    const fit = fitArima(series("AirPassengers").values.map(Math.log), { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 } });
    expect(fit.name).toBe("ARIMA(0,1,1)(0,1,1)[12]");
    for (const [k, v] of Object.entries(r.coef)) expect(Math.abs((fit.coefficients[k] as number) - v) / Math.abs(v)).toBeLessThan(1e-4);
    expect(Math.abs(fit.logLik - r.loglik)).toBeLessThan(1e-6);
    expect(Math.abs(fit.sigma2 - r.sigma2) / r.sigma2).toBeLessThan(1e-4);
    expect(Math.abs(fit.aic - (r.aic as number))).toBeLessThan(1e-5);
    expect(Math.abs(fit.aicc - r.aicc)).toBeLessThan(1e-5);
    expect(Math.abs(fit.bic - (r.bic as number))).toBeLessThan(1e-5);
    expect(fit.nUsed).toBe(131);
  });

  it("reproduces R's ARIMA(1,1,1) on Nile", () => {
    const r = ref("Nile");
    const fit = fitArima(series("Nile").values, { order: [1, 1, 1] });
    expect(fit.name).toBe("ARIMA(1,1,1)");
    for (const [k, v] of Object.entries(r.coef)) expect(Math.abs((fit.coefficients[k] as number) - v) / Math.abs(v)).toBeLessThan(1e-4);
    expect(Math.abs(fit.logLik - r.loglik)).toBeLessThan(1e-6);
    expect(Math.abs(fit.sigma2 - r.sigma2) / r.sigma2).toBeLessThan(1e-4);
    expect(Math.abs(fit.aicc - r.aicc)).toBeLessThan(1e-5);
  });

  it("reproduces R's AR(2) with mean on lynx", () => {
    const r = ref("lynx");
    const fit = fitArima(series("lynx").values, { order: [2, 0, 0], includeMean: true });
    expect(fit.name).toBe("ARIMA(2,0,0) with non-zero mean");
    expect(Object.keys(fit.coefficients)).toEqual(["ar1", "ar2", "intercept"]);
    for (const [k, v] of Object.entries(r.coef)) expect(Math.abs((fit.coefficients[k] as number) - v) / Math.abs(v)).toBeLessThan(1e-4);
    expect(Math.abs(fit.logLik - r.loglik)).toBeLessThan(1e-6);
    expect(Math.abs(fit.sigma2 - r.sigma2) / r.sigma2).toBeLessThan(1e-4);
    expect(Math.abs(fit.aicc - r.aicc)).toBeLessThan(1e-5);
  });

  it("fits the airline model through lambda = 0 on the raw series, with the same estimates, and back-transforms fitted values", () => {
    const raw = series("AirPassengers").values;
    const viaLambda = fitArima(raw, { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 }, lambda: 0 });
    const r = ref("AirPassengers");
    expect(Math.abs(viaLambda.logLik - r.loglik)).toBeLessThan(1e-6);
    expect(viaLambda.lambda).toBe(0);
    // In-sample fitted values are on the original scale, near the data after the diffuse start.
    for (let t = 20; t < raw.length; t++) expect(Math.abs((viaLambda.fitted[t] as number) / (raw[t] as number) - 1)).toBeLessThan(0.15);
  });

  it("takes the seasonal period from a TimeSeries", () => {
    const s = series("AirPassengers");
    const ts = timeSeries("1949-01", s.values.map(Math.log));
    const fit = fitArima(ts, { order: [0, 1, 1], seasonal: { order: [0, 1, 1] } });
    expect(fit.order.period).toBe(12);
    expect(Math.abs(fit.logLik - ref("AirPassengers").loglik)).toBeLessThan(1e-6);
    expect(fit.next).not.toBeNull();
  });

  it("holds fixed coefficients and estimates the rest", () => {
    const fit = fitArima(series("Nile").values, { order: [1, 1, 1], fixed: { ar1: 0.25 } });
    expect(fit.coefficients.ar1).toBe(0.25);
    expect(Math.abs((fit.coefficients.ma1 as number) + 0.874)).toBeLessThan(0.01);
  });

  it("method ML (zero start) reaches R's optimum too; method CSS reports no likelihood, as R's NA", () => {
    const r = ref("AirPassengers");
    const y = series("AirPassengers").values.map(Math.log);
    const ml = fitArima(y, { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 }, method: "ML" });
    expect(Math.abs(ml.logLik - r.loglik)).toBeLessThan(1e-4);
    const css = fitArima(y, { order: [0, 1, 1], seasonal: { order: [0, 1, 1], period: 12 }, method: "CSS" });
    expect(css.method).toBe("CSS");
    expect(Number.isNaN(css.aic) && Number.isNaN(css.aicc) && Number.isNaN(css.logLik)).toBe(true);
    expect(Math.abs((css.coefficients.ma1 as number) - r.coef.ma1!)).toBeLessThan(0.05);
    expect(css.residuals.slice(0, 13).every((v) => v === 0)).toBe(true);
  });

  it("names models as R's forecast does", () => {
    const y = series("lh").values;
    expect(fitArima(y, { order: [1, 0, 0], includeMean: false }).name).toBe("ARIMA(1,0,0) with zero mean");
    expect(fitArima(y, { order: [0, 1, 1], includeDrift: true }).name).toBe("ARIMA(0,1,1) with drift");
    expect(fitArima(y, { order: [0, 1, 1] }).name).toBe("ARIMA(0,1,1)");
  });

  it("gives an invertible MA and a stationary AR", () => {
    const fit = fitArima(series("WWWusage").values, { order: [2, 1, 2] });
    const ar1 = fit.coefficients.ar1 as number;
    const ar2 = fit.coefficients.ar2 as number;
    // AR(2) stationarity triangle.
    expect(Math.abs(ar2)).toBeLessThan(1);
    expect(ar1 + ar2).toBeLessThan(1);
    expect(ar2 - ar1).toBeLessThan(1);
    const ma2 = fit.coefficients.ma2 as number;
    expect(Math.abs(ma2)).toBeLessThanOrEqual(1);
  });

  describe("bad input", () => {
    const y = series("Nile").values;
    it("rejects non-integer or negative orders", () => {
      expect(catchDpm(() => fitArima(y, { order: [1.5, 0, 0] })).code).toBe("INVALID_ARGUMENT");
      expect(catchDpm(() => fitArima(y, { order: [-1, 0, 0] })).code).toBe("INVALID_ARGUMENT");
      expect(catchDpm(() => fitArima(y, { order: [1, 0] as unknown as [number, number, number] })).code).toBe("INVALID_ARGUMENT");
      expect(catchDpm(() => fitArima(y, { order: [0, 0, 1], seasonal: { order: [0, 1, 1] } })).code).toBe("INVALID_ARGUMENT");
      expect(catchDpm(() => fitArima(y, undefined as unknown as { order: [number, number, number] })).code).toBe("INVALID_ARGUMENT");
    });
    it("rejects a series too short for the orders", () => {
      const e = catchDpm(() => fitArima([1, 2, 3, 4, 5], { order: [3, 1, 2] }));
      expect(e.code).toBe("TOO_SHORT");
      expect(e.message).toMatch(/needs at least/);
    });
    it("rejects a fixed non-stationary AR coefficient", () => {
      const e = catchDpm(() => fitArima(y, { order: [1, 0, 0], fixed: { ar1: 1.5 } }));
      expect(e.code).toBe("NO_SOLUTION");
      expect(e.message).toMatch(/cannot be fitted/);
    });
    it("rejects NaN in the data", () => {
      expect(catchDpm(() => fitArima([1, 2, NaN, 4, 5, 6], { order: [0, 1, 0] })).code).toBe("NON_FINITE");
    });
    it("rejects a Box–Cox lambda with non-positive data, and an invalid lambda", () => {
      const e = catchDpm(() => fitArima([3, 1, 0, 2, 5, 4, 6, 3], { order: [0, 1, 0], lambda: 0 }));
      expect(e.code).toBe("INVALID_ARGUMENT");
      expect(e.message).toMatch(/series\[2\]/);
      expect(catchDpm(() => fitArima(y, { order: [0, 1, 0], lambda: Number.NaN })).code).toBe("INVALID_ARGUMENT");
    });
    it("rejects unknown fixed names, drift with two differences, and unknown methods", () => {
      expect(catchDpm(() => fitArima(y, { order: [1, 0, 0], fixed: { ma1: 0.2 } })).message).toMatch(/ar1, intercept/);
      expect(catchDpm(() => fitArima(y, { order: [0, 2, 1], includeDrift: true })).code).toBe("INVALID_ARGUMENT");
      expect(catchDpm(() => fitArima(y, { order: [0, 1, 1], method: "OLS" as "ML" })).code).toBe("INVALID_ARGUMENT");
    });
  });
});
