import { defineModel, isDpmError, normalCdf, normalPdf, normalQuantile, type DpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { lognormal } from "../distributions/lognormal.js";
import { normal } from "../distributions/normal.js";
import { uniform } from "../distributions/uniform.js";
import { optimizeUnderUncertainty } from "./optimizeUnderUncertainty.js";

function catchDpm(f: () => unknown): DpmError {
  try {
    f();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw error;
  }
  throw new Error("expected a DpmError");
}

// The newsvendor: order q, demand D, sell min(q, D) at p, each unit costs c, leftovers salvage at s.
const p = 5;
const c = 2;
const s = 0.5;
const fractile = (p - c) / (p - s);
const newsvendor = defineModel({
  start: "2026-01-05",
  freq: "day",
  periods: 1,
  nodes: {
    order: { input: 100 },
    demand: { input: 100 },
    sold: { formula: "min(order, demand)" },
    profit: { formula: `${p} * sold + ${s} * (order - sold) - ${c} * order` },
  },
});
/** E[profit(q)] = (p − s)·(q − E[(q − D)⁺]) + (s − c)·q, with E[(q − D)⁺] in closed form. */
const expectedProfit = (q: number, shortfall: (q: number) => number) => (p - s) * (q - shortfall(q)) + (s - c) * q;

describe("optimizeUnderUncertainty", () => {
  const N = 20_000;

  it("newsvendor, normal demand: the critical fractile q* = μ + σ·Φ⁻¹((p − c)/(p − s))", () => {
    const mu = 200;
    const sigma = 40;
    const qStar = mu + sigma * normalQuantile(fractile);
    const r = optimizeUnderUncertainty(newsvendor, {
      decisions: { order: { lower: 50, upper: 400 } },
      inputs: { demand: normal(mu, sigma) },
      objective: { node: "profit", goal: "maximize" },
      iterations: N,
      seed: 11,
      // Latin hypercube: the reported (iid) standard error is then conservative, so "within one SE"
      // is a fair check; the plain Monte Carlo coverage is checked across seeds below.
      sampling: "lhs",
    });
    // the sample-average optimum is the empirical fractile: SE = √(φ(1−φ)/N) / f(q*)
    const seQ = Math.sqrt((fractile * (1 - fractile)) / N) / (normalPdf((qStar - mu) / sigma) / sigma);
    expect(Math.abs(r.decisions.order - qStar)).toBeLessThan(2 * seQ);
    const shortfall = (q: number) => (q - mu) * normalCdf((q - mu) / sigma) + sigma * normalPdf((q - mu) / sigma);
    const exact = expectedProfit(qStar, shortfall);
    expect(Math.abs(r.objective.estimate - exact)).toBeLessThan(r.objective.standardError);
    expect(r.objective.standardError).toBeGreaterThan(0);
    expect(r.iterations).toBe(N);
    expect(r.evaluations).toBe(r.candidates * N);
    expect(r.converged).toBe(true);
    // the profit curve is flat at the top: neighbouring orders are indistinguishable from the optimum
    expect(r.runnersUp.length).toBeGreaterThan(0);
    for (const ru of r.runnersUp) {
      expect(ru.difference).toBeGreaterThanOrEqual(0);
      expect(ru.difference).toBeLessThanOrEqual(2 * ru.standardError);
      expect(ru.standardError).toBeLessThan(r.objective.standardError); // paired differences: common random numbers at work
    }
  });

  it("newsvendor, lognormal demand: q* = exp(m + s·Φ⁻¹(fractile))", () => {
    const m = Math.log(150);
    const sl = 0.35;
    const qStar = Math.exp(m + sl * normalQuantile(fractile));
    const r = optimizeUnderUncertainty(newsvendor, {
      decisions: { order: { lower: 20, upper: 600 } },
      inputs: { demand: lognormal({ mu: m, sigma: sl }) },
      objective: { node: "profit", goal: "maximize" },
      iterations: N,
      seed: 5,
      sampling: "lhs",
    });
    const density = normalPdf((Math.log(qStar) - m) / sl) / (qStar * sl);
    const seQ = Math.sqrt((fractile * (1 - fractile)) / N) / density;
    expect(Math.abs(r.decisions.order - qStar)).toBeLessThan(2 * seQ);
    const shortfall = (q: number) => {
      const d = (Math.log(q) - m) / sl;
      return q * normalCdf(d) - Math.exp(m + (sl * sl) / 2) * normalCdf(d - sl);
    };
    expect(Math.abs(r.objective.estimate - expectedProfit(qStar, shortfall))).toBeLessThan(r.objective.standardError);
  });

  it("is calibrated: across seeds the optimum lands within 2 SE of q* nearly always", () => {
    const mu = 100;
    const sigma = 25;
    const qStar = mu + sigma * normalQuantile(fractile);
    const n = 4_000;
    const seQ = Math.sqrt((fractile * (1 - fractile)) / n) / (normalPdf((qStar - mu) / sigma) / sigma);
    const shortfall = (q: number) => (q - mu) * normalCdf((q - mu) / sigma) + sigma * normalPdf((q - mu) / sigma);
    const exact = expectedProfit(qStar, shortfall);
    let withinQ = 0;
    let withinProfit = 0;
    const seeds = 20;
    for (let seed = 0; seed < seeds; seed++) {
      const r = optimizeUnderUncertainty(newsvendor, {
        decisions: { order: { lower: 0, upper: 300 } },
        inputs: { demand: normal(mu, sigma) },
        objective: { node: "profit", goal: "maximize" },
        iterations: n,
        seed,
        tolerance: 1e-4,
      });
      if (Math.abs(r.decisions.order - qStar) < 2 * seQ) withinQ++;
      if (Math.abs(r.objective.estimate - exact) < 2 * r.objective.standardError) withinProfit++;
    }
    expect(withinQ).toBeGreaterThanOrEqual(17); // 95 % nominal
    expect(withinProfit).toBeGreaterThanOrEqual(17);
  });

  it("is reproducible: same seed, same answer; progress is reported", () => {
    const opts = {
      decisions: { order: { lower: 50, upper: 300, integer: true } },
      inputs: { demand: normal(150, 30) },
      objective: { node: "profit", goal: "maximize" },
      iterations: 2_000,
      seed: 3,
    } as const;
    const seen: number[] = [];
    const a = optimizeUnderUncertainty(newsvendor, { ...opts, onProgress: (pr) => seen.push(pr.candidates) });
    const b = optimizeUnderUncertainty(newsvendor, opts);
    expect(a).toEqual(b);
    expect(a.method).toBe("exhaustive");
    expect(Number.isInteger(a.decisions.order)).toBe(true);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(251);
    expect(optimizeUnderUncertainty(newsvendor, { ...opts, seed: 4 }).objective.estimate).not.toBe(a.objective.estimate);
  });

  it("optimises a percentile, a probability and CVaR, under a chance constraint", () => {
    // P(profit ≥ 300) is maximised by an order that makes 300 reachable yet cheap
    const pr = optimizeUnderUncertainty(newsvendor, {
      decisions: { order: { lower: 0, upper: 400, integer: true } },
      inputs: { demand: normal(200, 40) },
      objective: { node: "profit", measure: { probabilityAtLeast: 300 }, goal: "maximize" },
      iterations: 5_000,
      seed: 2,
    });
    // profit ≥ 300 needs q ≥ 300/(p − c) = 100 and demand ≥ (300 + (c − s)q)/(p − s): best at q = 100
    expect(pr.decisions.order).toBe(100);
    const pExact = 1 - normalCdf(((300 + (c - s) * 100) / (p - s) - 200) / 40);
    expect(Math.abs(pr.objective.estimate - pExact)).toBeLessThan(3 * pr.objective.standardError);
    expect(pr.objective.standardError).toBeCloseTo(Math.sqrt((pExact * (1 - pExact)) / 5_000), 3);

    // maximise mean profit subject to P(loss) ≤ 5 %: with uniform demand on [0, 400] a loss
    // happens when D < (c − s)q/(p − s) = q/3, so P(loss) = q/1200 ≤ 0.05 → q ≤ 60 binds
    const constrained = optimizeUnderUncertainty(newsvendor, {
      decisions: { order: { lower: 0, upper: 400 } },
      inputs: { demand: uniform(0, 400) },
      objective: { node: "profit", goal: "maximize" },
      constraints: [{ node: "profit", measure: { probabilityBelow: 0 }, op: "<=", value: 0.05 }],
      iterations: 20_000,
      seed: 9,
    });
    expect(Math.abs(constrained.decisions.order - 60)).toBeLessThan(3);
    expect(constrained.constraints[0]?.binding).toBe(true);
    expect(constrained.constraints[0]?.estimate).toBeLessThanOrEqual(0.05);

    // CVaR 10 % (lower tail) and the 10th percentile prefer smaller orders than the mean does
    const base = { decisions: { order: { lower: 50, upper: 400 } }, inputs: { demand: normal(200, 40) }, iterations: 5_000, seed: 4 } as const;
    const mean = optimizeUnderUncertainty(newsvendor, { ...base, objective: { node: "profit", goal: "maximize" } });
    const cvar = optimizeUnderUncertainty(newsvendor, { ...base, objective: { node: "profit", measure: { cvar: 0.1 }, goal: "maximize" } });
    const p10 = optimizeUnderUncertainty(newsvendor, { ...base, objective: { node: "profit", measure: { percentile: 0.1 }, goal: "maximize" } });
    expect(cvar.decisions.order).toBeLessThan(mean.decisions.order);
    expect(p10.decisions.order).toBeLessThan(mean.decisions.order);
    expect(cvar.objective.estimate).toBeLessThan(p10.objective.estimate);
    expect(cvar.objective.standardError).toBeGreaterThan(0);
    expect(p10.objective.standardError).toBeGreaterThan(0);
  });

  it("rejects bad input with actionable DpmErrors", () => {
    const base = {
      decisions: { order: { lower: 0, upper: 300 } },
      inputs: { demand: normal(150, 30) },
      objective: { node: "profit", goal: "maximize" },
      iterations: 500,
    } as const;
    const inverted = catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, decisions: { order: { lower: 10, upper: 5 } } }));
    expect(inverted.code).toBe("INVALID_ARGUMENT");
    expect(inverted.message).toMatch(/lower 10 above upper 5/);
    expect(catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, objective: { node: "profits" as never, goal: "maximize" } })).code).toBe("UNKNOWN_NODE");
    expect(catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, inputs: { order: normal(1, 1) } })).message).toMatch(/both a decision and an uncertain input/);
    expect(catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, objective: { node: "profit", goal: "maximize", measure: { percentile: 2 } } })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, maxCandidate: 3 } as never)).message).toMatch(/did you mean "maxCandidates"/i);
    const infeasible = catchDpm(() =>
      optimizeUnderUncertainty(newsvendor, { ...base, constraints: [{ node: "profit", measure: { probabilityAtLeast: 2_000 }, op: ">=", value: 0.5 }] }),
    );
    expect(infeasible.code).toBe("NO_SOLUTION");
    expect(infeasible.message).toMatch(/should be >= 0\.5/);
    const limited = catchDpm(() => optimizeUnderUncertainty(newsvendor, { ...base, maxCandidates: 5 }));
    expect(limited.code).toBe("NOT_CONVERGED");
    expect(limited.details).toMatchObject({ decisions: { order: expect.any(Number) } });
    const ratio = defineModel({ start: "2026-01", periods: 1, nodes: { x: { input: 1 }, u: { input: 1 }, y: { formula: "u / (x - 2)" } } });
    expect(catchDpm(() => optimizeUnderUncertainty(ratio, { decisions: { x: { lower: 0, upper: 4 } }, inputs: { u: normal(1, 0.1) }, objective: { node: "y", goal: "minimize" }, iterations: 10 })).code).toBe("NON_FINITE");
  });
});
