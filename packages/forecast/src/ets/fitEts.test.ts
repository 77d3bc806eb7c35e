import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm, rFits, series } from "../../test/reference.js";
import { fitEts } from "./fitEts.js";

/** "ETS(M,Ad,M)" → { model: "MAM", damped: true } */
function request(model: string): { model: string; damped: boolean } {
  const [e, t, s] = model.slice(4, -1).split(",") as [string, string, string];
  return { model: `${e}${t[0]}${s}`, damped: t.endsWith("d") };
}

describe("fitEts", () => {
  it("with R's optimiser reproduces R's estimates of the fixed-model reference fits", () => {
    for (const f of rFits.ets_fixed) {
      const s = series(f.series);
      const spec = /model='(\w+)'/.exec(f.spec ?? "")?.[1] as string;
      const fit = fitEts(s.values, { period: s.frequency, model: spec, damped: f.spec?.includes("damped=TRUE") ? true : null, optimizer: "nelder-mead" });
      expect(fit.method).toBe(f.model);
      expect(fit.loglik).toBeCloseTo(f.loglik, 6);
      expect(fit.aicc).toBeCloseTo(f.aicc, 6);
      expect(fit.bic).toBeCloseTo(f.bic as number, 6);
      expect(fit.sigma2 / (f.sigma2 as number)).toBeCloseTo(1, 8);
      expect(fit.parameters.alpha).toBeCloseTo(f.params.alpha as number, 7);
      if (f.params.beta !== undefined) expect(fit.parameters.beta).toBeCloseTo(f.params.beta, 7);
      if (f.params.gamma !== undefined) expect(fit.parameters.gamma).toBeCloseTo(f.params.gamma, 7);
      if (f.params.phi !== undefined) expect(fit.parameters.phi).toBeCloseTo(f.params.phi, 7);
      expect(fit.initialStates.level / (f.params.l as number)).toBeCloseTo(1, 7);
      if (f.params.s0 !== undefined) expect((fit.initialStates.season?.[0] ?? 0) / f.params.s0).toBeCloseTo(1, 6);
    }
  });

  it("by default reaches a log-likelihood at least as high as R's on all 19 reference fits", () => {
    for (const f of [...rFits.ets_fixed, ...rFits.ets_auto_whole]) {
      const s = series(f.series);
      const fit = fitEts(s.values, { period: s.frequency, ...request(f.model) });
      expect(fit.method).toBe(f.model);
      expect(fit.loglik).toBeGreaterThanOrEqual(f.loglik - 1e-6);
    }
  });

  it("with R's optimiser selects R's model by AICc (13 series; co2, the longest, runs in the bench)", () => {
    for (const f of rFits.ets_auto_whole.filter((x) => x.series !== "co2")) {
      const s = series(f.series);
      const fit = fitEts(s.values, { period: s.frequency, optimizer: "nelder-mead" });
      expect(fit.method).toBe(f.model);
      expect(fit.aicc).toBeCloseTo(f.aicc, 5);
      const positive = s.values.every((v) => v > 0);
      expect(fit.candidates.length).toBe(s.frequency > 1 ? 15 : positive ? 6 : 3);
    }
  });

  it("uses the TimeSeries frequency as period and ignores seasonality that is not there", () => {
    const s = series("USAccDeaths");
    const fit = fitEts(timeSeries("1973-01", s.values), { model: "ANA" });
    expect(fit.period).toBe(12);
    expect(fit.stateNames).toEqual(["l", ...Array.from({ length: 12 }, (_, i) => `s${i + 1}`)]);
    expect(fit.next).toEqual({ freq: "month", ordinal: 1979 * 12 });
    expect(fitEts(s.values, { model: "ZZZ" }).spec.season).toBe("N"); // plain array: period 1
  });

  it("returns the constant for a constant series, with zero variance and no NaN", () => {
    const fit = fitEts([4, 4, 4, 4, 4, 4, 4, 4]);
    expect(fit.method).toBe("ETS(A,N,N)");
    expect(fit.sigma2).toBe(0);
    expect(Array.from(fit.fitted)).toEqual(new Array(8).fill(4));
    expect(fit.loglik).toBe(Infinity);
  });

  it("rejects bad input with actionable messages", () => {
    const y = series("AirPassengers").values;
    let e = catchDpm(() => fitEts([1, 2, NaN, 4, 5, 6, 7, 8]));
    expect(e.code).toBe("NON_FINITE");
    expect(e.path).toBe("series[2]");
    e = catchDpm(() => fitEts([3, 0, 2, 5, 4, 6, 5, 7], { model: "MNN" }));
    expect(e.message).toMatch(/strictly positive data, but series\[1\] is 0/);
    e = catchDpm(() => fitEts(y.slice(0, 10), { model: "AAA", period: 12 }));
    expect(e.code).toBe("TOO_SHORT");
    expect(e.message).toMatch(/needs more than one full season/);
    expect(catchDpm(() => fitEts(y, { model: "ANA" })).message).toMatch(/seasonal period > 1/);
    expect(catchDpm(() => fitEts(y, { model: "ANM", period: 12 })).message).toMatch(/additive error with a multiplicative component/);
    expect(catchDpm(() => fitEts(y, { model: "XYZ" })).path).toBe("options.model");
    expect(catchDpm(() => fitEts(y, { model: "ANN", damped: true })).path).toBe("options.damped");
    expect(catchDpm(() => fitEts([1, 2, 3], { model: "AAN" })).code).toBe("TOO_SHORT");
  });
});
