import { describe, expect, it } from "vitest";
import { catchDpm, holdout, maxRelDiff } from "../../test/reference.js";
import { naiveForecast } from "../baselines/naiveForecast.js";
import type { EtsFit } from "./EtsFit.js";
import type { EtsSpec } from "./EtsSpec.js";
import { fitEts, toEtsFit } from "./fitEts.js";
import { codes } from "./fitEtsModel.js";
import { forecastEts } from "./forecastEts.js";
import { etsFilter } from "./kernel/etsFilter.js";

/** The model R estimated on the training part, rebuilt from R's reported parameters. */
function rModel(name: string): { fit: EtsFit; r: ReturnType<typeof holdout> } {
  const r = holdout(name);
  const ets = r.methods.ets;
  if (ets === undefined || ets.params === null) throw new Error("missing");
  const [e, t, s] = ets.model.slice(4, -1).split(",") as [string, string, string];
  const spec: EtsSpec = { error: e as "A" | "M", trend: t[0] as "N" | "A", damped: t.endsWith("d"), season: s as "N" | "A" | "M" };
  const p = ets.params;
  const m = s === "N" ? 1 : r.m;
  const states = [p.l as number];
  if (t !== "N") states.push(p.b as number);
  if (s !== "N") {
    let sum = 0;
    for (let j = 0; j < m - 1; j++) {
      states.push(p[`s${j}`] as number);
      sum += p[`s${j}`] as number;
    }
    states.push((s === "M" ? m : 0) - sum);
  }
  const y = Float64Array.from(r.train);
  const x0 = Float64Array.from(states);
  const [ec, tc, sc] = codes(spec);
  const lik = etsFilter(y, ec, tc, sc, p.alpha as number, p.beta ?? 0, p.gamma ?? 0, p.phi ?? 1, x0, m).lik;
  const npar = Object.keys(p).length;
  const fit = toEtsFit(y, { spec, m, alpha: p.alpha as number, beta: p.beta ?? 0, gamma: p.gamma ?? 0, phi: p.phi ?? 1, x0, npar, lik, aic: 0, aicc: 0, bic: 0, evaluations: 0 }, [], null);
  return { fit, r };
}

describe("forecastEts", () => {
  it("reproduces R's point forecasts and 80/95% intervals from R's estimates (classes 1, 2, 3)", () => {
    const exact = ["ldeaths", "UKgas", "JohnsonJohnson", "Nile", "lynx", "WWWusage", "LakeHuron", "airmiles", "discoveries", "lh"];
    for (const name of exact) {
      const { fit, r } = rModel(name);
      const ets = r.methods.ets;
      if (ets === undefined) throw new Error("missing");
      const f = forecastEts(fit, { horizon: r.h });
      expect(f.intervalMethod).toBe("analytic");
      expect(maxRelDiff(f.point, ets.point)).toBeLessThan(1e-9);
      expect(maxRelDiff(f.intervals[0]?.lower ?? [], ets.lower80)).toBeLessThan(1e-9);
      expect(maxRelDiff(f.intervals[1]?.upper ?? [], ets.upper95)).toBeLessThan(1e-9);
    }
  });

  it("differs from R only where R's formulas are off: seasonal models without trend, damped class 3", () => {
    // R's class1() puts γ in the second seasonal state when there is no trend, and its class3()
    // ignores φ in the level equation; we follow Hyndman et al. (2008). The effect is small.
    for (const [name, tolPoint, tolInterval] of [["USAccDeaths", 1e-9, 2e-4], ["UKDriverDeaths", 1e-9, 2e-4], ["AirPassengers", 2e-3, 3e-3], ["co2", 5e-4, 5e-4]] as const) {
      const { fit, r } = rModel(name);
      const ets = r.methods.ets;
      if (ets === undefined) throw new Error("missing");
      const f = forecastEts(fit, { horizon: r.h });
      expect(maxRelDiff(f.point, ets.point)).toBeLessThan(tolPoint);
      expect(maxRelDiff(f.intervals[0]?.lower ?? [], ets.lower80)).toBeLessThan(tolInterval);
      expect(maxRelDiff(f.intervals[1]?.upper ?? [], ets.upper95)).toBeLessThan(tolInterval);
    }
  });

  it("SES with α = 1 is the naive method, intervals included", () => {
    const y = holdout("Nile").train;
    const fit = fitEts(y, { model: "ANN", alpha: 1 });
    const f = forecastEts(fit, { horizon: 5 });
    const naive = naiveForecast(y, { horizon: 5 });
    expect(maxRelDiff(f.point, naive.point)).toBeLessThan(1e-6);
    expect(maxRelDiff(f.intervals[1]?.upper ?? [], naive.intervals[1]?.upper ?? [])).toBeLessThan(1e-6);
  });

  it("analytic moments agree with simulated sample paths (classes 1, 2 and damped class 3)", () => {
    for (const name of ["WWWusage", "JohnsonJohnson", "AirPassengers"]) {
      const { fit } = rModel(name);
      const h = 8;
      const analytic = forecastEts(fit, { horizon: h, levels: [90] });
      const simulated = forecastEts(fit, { horizon: h, levels: [90], simulate: true, paths: 40_000, seed: 3 });
      expect(simulated.intervalMethod).toBe("simulated");
      const count = 40_000;
      for (let step = 0; step < h; step++) {
        let mean = 0;
        for (let p = 0; p < count; p++) mean += simulated.paths?.values[p * h + step] as number;
        mean /= count;
        const width = (analytic.intervals[0]?.upper[step] as number) - (analytic.intervals[0]?.lower[step] as number);
        expect(Math.abs(mean - (analytic.point[step] as number))).toBeLessThan(0.02 * width);
        const simWidth = (simulated.intervals[0]?.upper[step] as number) - (simulated.intervals[0]?.lower[step] as number);
        expect(simWidth / width).toBeGreaterThan(0.95);
        expect(simWidth / width).toBeLessThan(1.05);
      }
    }
  });

  it("returns seeded sample paths: same seed, same paths", () => {
    const { fit } = rModel("UKgas");
    const a = forecastEts(fit, { horizon: 4, paths: 100, seed: 9 });
    const b = forecastEts(fit, { horizon: 4, paths: 100, seed: 9 });
    const c = forecastEts(fit, { horizon: 4, paths: 100, seed: 10 });
    expect(a.paths?.values).toEqual(b.paths?.values);
    expect(a.paths?.values).not.toEqual(c.paths?.values);
    expect(a.paths?.count).toBe(100);
  });

  it("rejects a horizon ≤ 0 and a foreign fit", () => {
    const { fit } = rModel("lh");
    expect(catchDpm(() => forecastEts(fit, { horizon: 0 })).message).toMatch(/forecastEts: options.horizon must be an integer/);
    expect(catchDpm(() => forecastEts({} as EtsFit, { horizon: 1 })).path).toBe("fit");
    expect(catchDpm(() => forecastEts(fit, { horizon: 2, paths: -1 })).path).toBe("options.paths");
  });
});

describe("forecastEts, simulateEts and etsModelName on hand-built fits", () => {
  const fit = fitEts([10, 12, 11, 13, 12, 14, 13, 15, 14, 16, 15, 17], { model: "AAN" });

  it("name the missing or bad field instead of throwing a TypeError or returning NaN", async () => {
    const { simulateEts } = await import("./simulateEts.js");
    const { etsModelName } = await import("./EtsSpec.js");
    const { spec: _spec, ...noSpec } = fit;
    expect(catchDpm(() => forecastEts(noSpec as EtsFit, { horizon: 2 })).path).toBe("fit.spec");
    expect(catchDpm(() => simulateEts(noSpec as EtsFit, { horizon: 2 })).path).toBe("fit.spec");
    expect(catchDpm(() => forecastEts({ ...fit, sigma2: Number.NaN }, { horizon: 2 })).path).toBe("fit.sigma2");
    expect(catchDpm(() => forecastEts({ ...fit, parameters: { ...fit.parameters, alpha: Number.NaN } }, { horizon: 2 })).path).toBe("fit.parameters");
    expect(catchDpm(() => forecastEts({ ...fit, fitted: new Float64Array(3) }, { horizon: 2 })).path).toBe("fit.fitted");
    expect(catchDpm(() => etsModelName(undefined as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => etsModelName({ error: "X", trend: "N", damped: false, season: "N" } as never)).path).toBe("spec.error");
    // the intact fit still forecasts
    expect(forecastEts(fit, { horizon: 2 }).point.length).toBe(2);
  });
});
