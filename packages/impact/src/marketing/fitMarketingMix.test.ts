import { DpmError, nonNegativeLeastSquares } from "@dpm/core";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fitMarketingMix } from "./fitMarketingMix.js";
import { fitPrefix, orthoBasis, workspace } from "./internal/mixKernel.js";
import { simulateMix, type TrueChannel } from "./internal/simulateMix.js";

const CH: TrueChannel[] = [
  { name: "tv", meanSpend: 100, decay: 0.5, halfSaturation: 150, shape: 1.5, coefficient: 400 },
  { name: "search", meanSpend: 60, decay: 0.1, halfSaturation: 40, shape: 1, coefficient: 250 },
  { name: "social", meanSpend: 40, decay: 0.3, halfSaturation: 60, shape: 2, coefficient: 200 },
];
const sum = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DpmError);
    return (e as DpmError).code;
  }
  return "no error";
};

interface ConstrainedRef { Z: number[][]; F: number[][]; y: number[]; ridge: number; beta: number[]; gamma: number[] }
const cref = (JSON.parse(readFileSync(new URL("../../reference/marketing/transforms.json", import.meta.url), "utf8")) as { constrained: ConstrainedRef }).constrained;

describe("constrained least squares kernel", () => {
  it("matches scipy's nnls on the partialled-out, ridge-augmented media block (one coefficient at its bound)", () => {
    const n = cref.y.length;
    const Z = [0, 1, 2, 3].map((c) => Float64Array.from(cref.Z, (r) => r[c]!));
    const F = [0, 1, 2].map((c) => Float64Array.from(cref.F, (r) => r[c]!));
    const beta = new Float64Array(3);
    const gamma = new Float64Array(4);
    fitPrefix(orthoBasis(Z, n), F, Float64Array.from(cref.y), cref.ridge, workspace(n, 3, 4), beta, gamma);
    expect(beta[1]).toBe(0);
    beta.forEach((b, j) => expect(Math.abs(b - cref.beta[j]!)).toBeLessThan(1e-9));
    gamma.forEach((g, j) => expect(Math.abs(g - cref.gamma[j]!)).toBeLessThan(1e-9));
  });
  it("agrees with core's nonNegativeLeastSquares without ridge when controls are only the intercept", () => {
    const n = cref.y.length;
    const F = [0, 1, 2].map((c) => Float64Array.from(cref.F, (r) => r[c]!));
    const y = Float64Array.from(cref.y);
    const beta = new Float64Array(3);
    const gamma = new Float64Array(1);
    fitPrefix(orthoBasis([new Float64Array(n).fill(1)], n), F, y, 0, workspace(n, 3, 1), beta, gamma);
    // Same problem for core: centre y and F (the intercept is free), NNLS on the centred columns.
    const mean = (v: ArrayLike<number>) => sum(v) / n;
    const rows = Array.from({ length: n }, (_, i) => F.map((f) => f[i]! - mean(f)));
    const core = nonNegativeLeastSquares(rows, Array.from(y, (v) => v - mean(y)));
    beta.forEach((b, j) => expect(Math.abs(b - core.x[j]!)).toBeLessThan(1e-8));
  });
});

describe("fitMarketingMix", () => {
  const sim = simulateMix(CH, 156, 25, "mmm-one");
  const fit = fitMarketingMix({ sales: sim.sales, spend: sim.spend }, { bootstrap: 40, seed: 1 });

  it("the weekly decomposition adds up exactly to the fitted sales", () => {
    const parts = Object.values(fit.contributions);
    expect(Object.keys(fit.contributions)).toEqual(["baseline", "tv", "search", "social"]);
    for (let t = 0; t < 156; t++) {
      let s = 0;
      for (const p of parts) s += p[t]!;
      expect(s).toBe(fit.fitted[t]);
      expect(fit.residuals[t]).toBeCloseTo(sim.sales[t]! - fit.fitted[t]!, 9);
    }
    expect(fit.diagnostics.rSquared).toBeGreaterThan(0.9);
    expect(fit.diagnostics.mape).toBeLessThan(0.05);
    expect(Math.abs(fit.diagnostics.durbinWatson - 2)).toBeLessThan(0.6);
    expect(fit.identifiable).toBe(true);
  });

  it("recovers each channel's total contribution within 10 % on one seeded data set; ROAS and marginal ROAS are consistent", () => {
    for (const c of fit.channels) {
      const truth = sum(sim.truth[c.name]!);
      expect(Math.abs(c.contribution - truth) / truth).toBeLessThan(0.1);
      expect(c.roas).toBeCloseTo(c.contribution / c.spend, 12);
      expect(c.contributionLow).toBeLessThanOrEqual(c.contributionHigh);
      // Diminishing returns: the next unit of spend earns less than the average one.
      expect(c.marginalRoas).toBeLessThan(c.roas * 1.5);
      expect(c.marginalRoas).toBeGreaterThan(0);
    }
    expect(fit.toString()).toContain("marginal ROAS");
  });

  it("response curves: zero at zero spend, increasing, and the steady-state formula", () => {
    const c = fit.channels[0]!;
    const r = fit.responseCurve("tv", [0, 50, 100, 200]);
    expect(r.response[0]).toBe(0);
    for (let i = 1; i < 4; i++) expect(r.response[i]!).toBeGreaterThan(r.response[i - 1]!);
    const a = 100 / (1 - c.decay);
    expect(r.response[2]).toBeCloseTo((c.coefficient * a ** c.shape) / (a ** c.shape + c.halfSaturation ** c.shape), 9);
    expect(r.low[2]!).toBeLessThanOrEqual(r.high[2]!);
    expect(code(() => fit.responseCurve("radio", [1]))).toBe("INVALID_ARGUMENT");
  });

  it("is reproducible with a seed and takes controls with free signs", () => {
    const price = Float64Array.from({ length: 156 }, (_, t) => 10 + (t % 5));
    const sales = sim.sales.map((v, t) => v - 30 * price[t]!);
    const a = fitMarketingMix({ sales, spend: sim.spend, controls: { price } }, { bootstrap: 10, searchBudget: 60, seed: 3 });
    const b = fitMarketingMix({ sales, spend: sim.spend, controls: { price } }, { bootstrap: 10, searchBudget: 60, seed: 3 });
    expect(a.channels.map((c) => c.contribution)).toEqual(b.channels.map((c) => c.contribution));
    expect(a.controlCoefficients.price!).toBeLessThan(-20);
    expect(Object.keys(a.contributions)).toContain("price");
  });

  it("Weibull adstock: recovers the contributions of geometric carry-over (Weibull shape 1 is geometric) within 10 %", () => {
    const w = fitMarketingMix({ sales: sim.sales, spend: sim.spend }, { adstock: "weibull", bootstrap: 20, seed: 4 });
    for (const c of w.channels) {
      const truth = sum(sim.truth[c.name]!);
      expect(c.adstock).toBe("weibull");
      expect(Math.abs(c.contribution - truth) / truth).toBeLessThan(0.1);
      expect(c.adstockShape).toBeGreaterThan(0);
    }
    // The response curve's carry 1 / (1 − decay) is the sum of the Weibull lag weights.
    const c = w.channels[0]!;
    let carry = 0;
    for (let l = 0; l < 13; l++) carry += Math.exp(-Math.pow(l / c.adstockScale, c.adstockShape));
    expect(1 / (1 - c.decay)).toBeCloseTo(carry, 9);
    expect(code(() => fitMarketingMix({ sales: sim.sales, spend: sim.spend }, { adstock: "delayed" as never }))).toBe("INVALID_ARGUMENT");
  });

  it(
    "calibration: contributions within 10 % and the 90 % interval covers the truth (seeded replications × 3 channels)",
    () => {
      // Default settings (transforms chosen by rolling-origin CV), 40 bootstrap refits. 200
      // replications take ~30 s on an idle core, half the package suite's budget, so the suite runs
      // 60 (180 channel checks); run all 200 with MMM_CALIBRATION_REPS=200 (measured: 95.2 % within
      // 10 %, coverage 87.0 % of 600 checks). Target coverage 0.85 (issue), asserted over 200
      // replications; with 180 correlated checks a binomial 2σ allowance is ≈ 0.05, so 60 assert ≥ 0.80.
      // (Before the bounds moved to the (B + 1)·α order statistics, type-7 quantiles of 40 draws
      // gave intervals of 85.6 % expected content instead of 90 %, and 83.3 % coverage.)
      const reps = Number(process.env.MMM_CALIBRATION_REPS ?? 60);
      let within = 0;
      let cover = 0;
      let total = 0;
      for (let r = 0; r < reps; r++) {
        const s = simulateMix(CH, 156, 25, r);
        const f = fitMarketingMix({ sales: s.sales, spend: s.spend }, { bootstrap: 40, seed: r });
        for (const c of f.channels) {
          const truth = sum(s.truth[c.name]!);
          total++;
          if (Math.abs(c.contribution - truth) <= 0.1 * truth) within++;
          if (truth >= c.contributionLow && truth <= c.contributionHigh) cover++;
        }
      }
      expect(within / total).toBeGreaterThanOrEqual(0.9);
      expect(cover / total).toBeGreaterThanOrEqual(reps >= 200 ? 0.85 : 0.8);
    },
    120_000,
  );

  it("bad input: negative spend, an all-zero channel, too few weeks, collinear channels (named)", () => {
    const sales = Array.from(sim.sales);
    const tv = Array.from(sim.spend.tv!);
    expect(code(() => fitMarketingMix({ sales, spend: { tv: tv.map((v, i) => (i === 3 ? -1 : v)) } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fitMarketingMix({ sales, spend: { tv, flyers: new Array(156).fill(0) } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fitMarketingMix({ sales: sales.slice(0, 12), spend: { tv: tv.slice(0, 12), b: tv.slice(0, 12).map((v) => v + 1) } }))).toBe("TOO_SHORT");
    expect(code(() => fitMarketingMix({ sales, spend: { tv: tv.slice(1) } }))).toBe("LENGTH_MISMATCH");
    expect(code(() => fitMarketingMix({ sales, spend: {} }))).toBe("INVALID_ARGUMENT");
    expect(code(() => fitMarketingMix({ sales, spend: { tv } }, { bootstrp: 3 } as never))).toBe("INVALID_ARGUMENT");
    try {
      fitMarketingMix({ sales, spend: { tv, google: tv.map((v) => 2 * v) } });
      expect.unreachable();
    } catch (e) {
      expect((e as DpmError).code).toBe("SINGULAR");
      expect((e as DpmError).message).toMatch(/"google" is a linear combination of "tv"|"tv" is a linear combination of "google"/);
    }
    // Nearly collinear: flagged as unidentifiable rather than thrown.
    const near = fitMarketingMix({ sales, spend: { tv, google: tv.map((v, i) => 2 * v + (i % 7)) } }, { bootstrap: 10, searchBudget: 20 });
    expect(near.identifiable).toBe(false);
    expect(near.warnings.join(" ")).toContain('"tv" and "google"');
  });
});
