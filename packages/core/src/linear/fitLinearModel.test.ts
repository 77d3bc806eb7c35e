import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { fitLinearModel } from "./fitLinearModel.js";

interface Table { names: string[]; estimate: number[]; stdError: number[]; vcov: number[][] }
const ref = JSON.parse(readFileSync(new URL("../../reference/linear.json", import.meta.url), "utf8")) as {
  mtcars: { data: Record<string, number[]>; ols: Table & { tValue: number[]; pValue: number[]; ci: number[][]; sigma: number; rSquared: number; adjRSquared: number; dfResidual: number; fitted: number[]; residuals: number[] }; HC0: Table; HC1: Table; HC2: Table; HC3: Table; HC1pValue: number[] };
  swiss: { data: Record<string, number[]>; wls: Table & { tValue: number[]; pValue: number[]; ci90: number[][]; sigma: number; rSquared: number; adjRSquared: number; dfResidual: number; fitted: number[] }; wlsHC1: Table; wlsHC3: Table };
  produc: { data: Record<string, number[]> & { state: string[] }; CR1: Table; CR0: Table; clusters: number };
};

function close(actual: ArrayLike<number>, expected: readonly number[], rel = 1e-8): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]!;
    expect(Math.abs(actual[i]! - e)).toBeLessThanOrEqual(rel * Math.max(Math.abs(e), 1e-12));
  }
}

const mt = ref.mtcars.data;
const mtDesign = { wt: mt.wt!, hp: mt.hp!, qsec: mt.qsec! };

describe("fitLinearModel", () => {
  it("matches R lm on mtcars (estimates, SEs, t, p, CI, σ, R²)", () => {
    const fit = fitLinearModel(mt.mpg!, mtDesign);
    const r = ref.mtcars.ols;
    expect(fit.names).toEqual(["(Intercept)", "wt", "hp", "qsec"]);
    close(fit.estimates, r.estimate);
    close(fit.stdErrors, r.stdError);
    close(fit.coefficients.map((c) => c.statistic), r.tValue);
    close(fit.coefficients.map((c) => c.pValue), r.pValue, 1e-7);
    close(fit.coefficients.map((c) => c.ciLow), r.ci.map((row) => row[0]!));
    close(fit.coefficients.map((c) => c.ciHigh), r.ci.map((row) => row[1]!));
    close(fit.vcov, r.vcov.flat());
    close(fit.fitted, r.fitted);
    close(fit.residuals, r.residuals, 1e-7);
    close([fit.sigma, fit.rSquared, fit.adjRSquared, fit.dfResidual], [r.sigma, r.rSquared, r.adjRSquared, r.dfResidual]);
    expect(fit.toString()).toContain("(Intercept)");
  });

  it.each(["HC0", "HC1", "HC2", "HC3"] as const)("matches sandwich::vcovHC(type = %s)", (type) => {
    const fit = fitLinearModel(mt.mpg!, mtDesign, { covariance: type });
    close(fit.vcov, ref.mtcars[type].vcov.flat());
    close(fit.stdErrors, ref.mtcars[type].stdError);
    if (type === "HC1") close(fit.coefficients.map((c) => c.pValue), ref.mtcars.HC1pValue, 1e-7);
  });

  it("matches weighted lm on swiss, with a 90 % interval and HC1/HC3", () => {
    const s = ref.swiss.data;
    const design = [
      { name: "Agriculture", values: s.Agriculture! },
      { name: "Education", values: s.Education! },
      { name: "Catholic", values: s.Catholic! },
    ];
    const fit = fitLinearModel(s.Fertility!, design, { weights: s.weight!, level: 0.9 });
    const r = ref.swiss.wls;
    close(fit.estimates, r.estimate);
    close(fit.stdErrors, r.stdError);
    close(fit.coefficients.map((c) => c.pValue), r.pValue, 1e-7);
    close(fit.coefficients.map((c) => c.ciLow), r.ci90.map((row) => row[0]!));
    close(fit.fitted, r.fitted);
    close([fit.sigma, fit.rSquared, fit.adjRSquared], [r.sigma, r.rSquared, r.adjRSquared]);
    close(fitLinearModel(s.Fertility!, design, { weights: s.weight!, covariance: "HC1" }).vcov, ref.swiss.wlsHC1.vcov.flat());
    close(fitLinearModel(s.Fertility!, design, { weights: s.weight!, covariance: "HC3" }).vcov, ref.swiss.wlsHC3.vcov.flat());
  });

  it("matches sandwich::vcovCL on plm::Produc clustered by state (CR1 and CR0)", () => {
    const p = ref.produc.data;
    const design = { lpcap: p.lpcap!, lpc: p.lpc!, lemp: p.lemp!, unemp: p.unemp! };
    const fit = fitLinearModel(p.lgsp!, design, { clusters: p.state });
    expect(fit.covariance).toBe("CR1");
    expect(fit.clusterCount).toBe(ref.produc.clusters);
    expect(fit.inferenceDf).toBe(ref.produc.clusters - 1);
    close(fit.vcov, ref.produc.CR1.vcov.flat());
    close(fitLinearModel(p.lgsp!, design, { clusters: p.state, covariance: "CR0" }).vcov, ref.produc.CR0.vcov.flat());
  });

  it("names the collinear columns of a rank-deficient design", () => {
    const x = [1, 2, 3, 4, 5, 6];
    const z = [0, 1, 0, 1, 0, 1];
    const e = catchDpm(() => fitLinearModel([1, 3, 2, 5, 4, 6], { x, z, both: x.map((v, i) => v + 2 * z[i]!) }));
    expect(e.code).toBe("SINGULAR");
    expect(e.message).toContain('"both" is a linear combination of "x", "z"');
    expect(e.details?.collinear).toEqual(["both", "x", "z"]);
    const e2 = catchDpm(() => fitLinearModel([1, 3, 2, 5], { zero: [0, 0, 0, 0] }));
    expect(e2.message).toContain('"zero" is all zeros');
    const e3 = catchDpm(() => fitLinearModel([1, 3, 2, 5], { one: [1, 1, 1, 1] }));
    expect(e3.details?.collinear).toEqual(["one", "(Intercept)"]);
  });

  it("rejects bad input with DpmError and never mutates it", () => {
    const y = [1, 2, 3, 5];
    const x = [1, 2, 3, 4];
    expect(catchDpm(() => fitLinearModel(y, { x: [1, 2, 3] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => fitLinearModel(y, { x: [1, NaN, 3, 4] })).code).toBe("NON_FINITE");
    expect(catchDpm(() => fitLinearModel([1, 2], { x: [1, 2] })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => fitLinearModel(y, { x }, { covariance: "HC9" as "HC1" })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLinearModel(y, { x }, { covariance: "CR1" })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLinearModel(y, { x }, { clusters: [1, 1, 1, 1] })).code).toBe("TOO_SHORT");
    expect(catchDpm(() => fitLinearModel(y, { x }, { weights: [1, -1, 1, 1] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLinearModel(y, { x }, { levl: 0.9 } as never)).message).toContain(`Did you mean "level"`);
    expect(catchDpm(() => fitLinearModel(y, { x }, null as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLinearModel(y, { x, x2: x } as never, { level: 2 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => fitLinearModel(y, { x }).coefficient("price")).message).toContain('"x"');
    expect(y).toEqual([1, 2, 3, 5]);
    expect(x).toEqual([1, 2, 3, 4]);
  });

  it("recovers exact coefficients (property: y = Xβ has zero residuals)", () => {
    const x1 = Array.from({ length: 20 }, (_, i) => Math.sin(i));
    const x2 = Array.from({ length: 20 }, (_, i) => Math.cos(i * 0.7) + i / 10);
    const y = x1.map((v, i) => 2 - 3 * v + 0.5 * x2[i]!);
    const y2 = y.map((v, i) => v + (i % 2 === 0 ? 1e-3 : -1e-3));
    close(fitLinearModel(y2, { x1, x2 }, { intercept: true }).estimates, [2, -3, 0.5], 1e-2);
    const exact = fitLinearModel(y.map((v, i) => v + (i === 3 ? 1e-9 : 0)), { x1, x2 });
    close(exact.estimates, [2, -3, 0.5], 1e-7);
  });
});
