import { defineModel, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { lognormal, normal, poisson, simulate, spearmanCorrelation, triangular, truncate, uniform } from "../index.js";

const linear = defineModel({
  start: "2026-01",
  periods: 1,
  nodes: {
    units: { input: 1000 },
    price: { input: 10 },
    overhead: { input: 2000 },
    contribution: { formula: "3 * units + 500 * price - overhead" },
  },
});

const profitModel = defineModel({
  start: "2026",
  periods: 1,
  nodes: {
    units: { input: 10_000 },
    price: { input: 10 },
    unitCost: { input: 6 },
    fixedCost: { input: 25_000 },
    profit: { formula: "units * (price - unitCost) - fixedCost" },
  },
});
const profitInputs = {
  units: truncate(normal(10_000, 1_500), { lower: 0 }),
  price: triangular(8, 10, 13),
  unitCost: lognormal({ mean: 6, sd: 0.8 }),
  fixedCost: uniform(20_000, 30_000),
};

describe("simulate", () => {
  it("reproduces the analytic mean and variance of a linear model (5 SE)", () => {
    const inputs = { units: normal(1000, 100), price: triangular(8, 10, 13), overhead: uniform(1000, 3000) };
    // E = 3·1000 + 500·10.3333 − 2000; Var = 9·100² + 500²·Var(tri) + 2000²/12
    const mean = 3000 + 500 * (31 / 3) - 2000;
    const variance = 9 * 100 ** 2 + 500 ** 2 * (19 / 18) + 2000 ** 2 / 12;
    const n = 200_000;
    const s = simulate(linear, { inputs, iterations: n, seed: 3 }).summary("contribution");
    expect(s.count).toBe(n);
    expect(Math.abs(s.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / n));
    // SE of the sample variance of a near-normal sum ≈ σ²√(2/n)
    expect(Math.abs(s.variance - variance)).toBeLessThan(5 * variance * Math.sqrt(2 / n));
  });

  it("matches the reference profit model: analytic mean 17,567.03 and the numpy summary within Monte Carlo error", () => {
    const n = 400_000;
    const result = simulate(profitModel, {
      inputs: profitInputs,
      iterations: n,
      seed: 42,
      outputs: ["profit"],
      correlations: { inputs: ["units", "price"], matrix: [[1, -0.5], [-0.5, 1]], method: "gaussianCopula", scale: "normal" },
    });
    const s = result.summary("profit");
    const se = 12_490.9 / Math.sqrt(n); // numpy sd 12,490.9
    expect(Math.abs(s.mean - 17_567.03)).toBeLessThan(5 * se);
    expect(Math.abs(s.sd - 12_490.9)).toBeLessThan(5 * 12_490.9 / Math.sqrt(2 * n) * 1.5); // SE(sd) ≈ σ/√(2n), ×1.5 for kurtosis
    // P5: SE ≈ √(p(1 − p)/n)/f(P5) with f(P5) ≈ φ(1.645)/σ → 8.3·√(1e7/n); numpy −2,648.6
    expect(Math.abs(s.percentiles.p5 as number - -2_648.6)).toBeLessThan(5 * 8.3 * Math.sqrt(1e7 / n));
    expect(Math.abs(s.exceedance[0]?.probabilityBelow as number - 0.0765)).toBeLessThan(5 * Math.sqrt((0.0765 * 0.9235) / n));
    expect(s.exact).toBe(false);
  });

  it("gives VaR, CVaR and P(loss) of a normal output as the closed forms (5 SE)", () => {
    const model = defineModel({ start: "2026", periods: 1, nodes: { x: { input: 0 }, y: { formula: "x" } } });
    const n = 200_000;
    const s = simulate(model, { inputs: { x: normal(1000, 2000) }, iterations: n, seed: 9, riskLevels: [0.95] }).summary("y");
    // VaR95 = −(μ − 1.6448536σ) = 2289.7; CVaR95 = −(μ − 2.0627128σ) = 3125.4 (reference file's z95 and ES95)
    expect(Math.abs((s.risk[0]?.valueAtRisk as number) - 2_289.7072)).toBeLessThan(5 * 2000 * Math.sqrt(0.05 * 0.95 / n) / 0.1031);
    expect(Math.abs((s.risk[0]?.conditionalValueAtRisk as number) - 3_125.4256)).toBeLessThan(60);
    // P(X < 0) = Φ(−0.5) = 0.3085375
    expect(Math.abs((s.exceedance[0]?.probabilityBelow as number) - 0.3085375)).toBeLessThan(5 * Math.sqrt(0.3085 * 0.6915 / n));
  });

  it("is reproducible for a seed, and a different seed gives different draws", () => {
    const run = (seed: number) => simulate(linear, { inputs: { units: normal(1000, 100) }, iterations: 70_000, seed, chunkSize: 30_000 }).summary("contribution");
    expect(run(1).mean).toBe(run(1).mean);
    expect(run(1).percentile(0.3)).toBe(run(1).percentile(0.3));
    expect(run(1).mean).not.toBe(run(2).mean);
  });

  it("keeps samples on request: exact percentiles that the sketch approximates within its bound", () => {
    const options = { inputs: profitInputs, iterations: 100_000, seed: 5, outputs: ["profit"] as const };
    const exact = simulate(profitModel, { ...options, keepSamples: true });
    const sketch = simulate(profitModel, options);
    const x = exact.samples("profit").sort();
    expect(exact.summary("profit").exact).toBe(true);
    expect(exact.summary("profit").mean).toBe(sketch.summary("profit").mean); // same draws, same streaming moments
    for (const p of [0.01, 0.05, 0.5, 0.95, 0.99]) {
      const h = p * (x.length - 1);
      const lo = Math.floor(h);
      const q = (x[lo] as number) + (h - lo) * ((x[lo + 1] as number) - (x[lo] as number));
      expect(exact.summary("profit").percentile(p)).toBe(q);
      const bound = 0.001 * Math.max(Math.abs(x[lo] as number), Math.abs(x[lo + 1] as number));
      expect(Math.abs(sketch.summary("profit").percentile(p) - q)).toBeLessThanOrEqual(bound * (1 + 1e-12));
    }
    // CVaR from the sketch within α·mean|x| of the tail
    const m = Math.floor(0.05 * (x.length - 1)) + 1;
    let tail = 0;
    for (let i = 0; i < m; i++) tail += Math.abs(x[i] as number);
    expect(Math.abs(sketch.summary("profit").conditionalValueAtRisk(0.95) - exact.summary("profit").conditionalValueAtRisk(0.95))).toBeLessThanOrEqual((0.001 * tail) / m + 1e-9);
    expect(exact.inputSamples("units").length).toBe(100_000);
  });

  it("achieves the target rank correlation with Iman–Conover (within 0.02, n = 10,000) and Latin hypercube", () => {
    const r = simulate(profitModel, {
      inputs: profitInputs,
      iterations: 10_000,
      seed: 4,
      sampling: "lhs",
      keepSamples: true,
      correlations: { inputs: ["units", "price", "unitCost"], matrix: [[1, -0.5, 0.2], [-0.5, 1, 0], [0.2, 0, 1]] },
    });
    expect(Math.abs(spearmanCorrelation(r.inputSamples("units"), r.inputSamples("price")) + 0.5)).toBeLessThan(0.02);
    expect(Math.abs(spearmanCorrelation(r.inputSamples("units"), r.inputSamples("unitCost")) - 0.2)).toBeLessThan(0.02);
    expect(Math.abs(spearmanCorrelation(r.inputSamples("price"), r.inputSamples("unitCost")))).toBeLessThan(0.02);
    // LHS: each input's draws are stratified — one per 1/10,000 of probability
    const u = r.inputSamples("fixedCost");
    const strata = new Set(Array.from(u, (v) => Math.floor(((v - 20_000) / 10_000) * 10_000)));
    expect(strata.size).toBe(10_000);
  });

  it("Latin hypercube shrinks the error of the mean of a linear model far below plain sampling's SE", () => {
    const inputs = { units: normal(1000, 100), price: triangular(8, 10, 13), overhead: uniform(1000, 3000) };
    const mean = 3000 + 500 * (31 / 3) - 2000;
    const s = simulate(linear, { inputs, iterations: 20_000, seed: 8, sampling: "lhs" }).summary("contribution");
    // Additive model: LHS removes the main effects, leaving O(1/n) error; plain SE = σ/√n ≈ 5.4
    expect(Math.abs(s.mean - mean)).toBeLessThan(0.5);
  });

  it("simulates every period, with per-period draws and a stock", () => {
    const model = defineModel({
      start: "2026-01",
      periods: 6,
      nodes: {
        orders: { input: 20 },
        margin: { input: 15 },
        profit: { formula: "orders * margin - 250" },
        cash: { stock: { initial: 1000, inflows: ["profit"] } },
      },
    });
    const n = 50_000;
    const r = simulate(model, { inputs: { orders: { distribution: poisson(20), perPeriod: true } }, iterations: n, seed: 2 });
    expect(r.periods).toBe(6);
    // profit per month: 15·Poisson(20) − 250 → mean 50, variance 225·20
    const p = r.summary("profit", 3);
    expect(Math.abs(p.mean - 50)).toBeLessThan(5 * Math.sqrt(4500 / n));
    // cash at the start of month 6 = 1000 + Σ five independent months: mean 1250, variance 5·4500
    const c = r.summary("cash");
    expect(Math.abs(c.mean - 1250)).toBeLessThan(5 * Math.sqrt(22_500 / n));
    expect(Math.abs(c.variance - 22_500)).toBeLessThan(5 * 22_500 * Math.sqrt(2 / n));
    expect(r.rows()).toHaveLength(12);
  });

  it("rejects bad input with actionable messages", () => {
    const inputs = { units: normal(1000, 100) };
    const expectCode = (f: () => unknown, code: string, message: RegExp) => {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(isDpmError(e, code as never), String(e)).toBe(true);
        expect(String(e)).toMatch(message);
      }
    };
    expectCode(() => simulate(linear, { inputs, iterations: 0 }), "INVALID_ARGUMENT", /simulate: iterations must be an integer ≥ 1, got 0/);
    expectCode(() => simulate(linear, { inputs, iterations: -5 }), "INVALID_ARGUMENT", /iterations must be an integer ≥ 1/);
    expectCode(() => simulate(linear, { inputs: { nope: normal(0, 1) } as never, iterations: 10 }), "UNKNOWN_NODE", /inputs.nope is not an input of the model; inputs: units, price, overhead/);
    expectCode(() => simulate(linear, { inputs: {}, iterations: 10 }), "EMPTY", /give at least one uncertain input/);
    expectCode(() => simulate(linear, { inputs: { units: 5 as never }, iterations: 10 }), "INVALID_ARGUMENT", /inputs.units must be a distribution/);
    expectCode(() => simulate(linear, { inputs, iterations: 10, sampling: "sobol" as never }), "INVALID_ARGUMENT", /sampling must be "mc"/);
    expectCode(() => simulate(linear, { inputs, iterations: 10, outputs: ["profit" as never] }), "UNKNOWN_NODE", /outputs\[0\] names "profit"/);
    expectCode(
      () =>
        simulate(linear, {
          inputs: { units: normal(1000, 100), price: normal(10, 1), overhead: normal(2000, 100) },
          iterations: 10,
          correlations: { inputs: ["units", "price", "overhead"], matrix: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]] },
        }),
      "INVALID_ARGUMENT",
      /correlations.matrix is not positive semi-definite .*nearest valid correlation matrix is \[\[1,0.5,-0.5\]/,
    );
    expectCode(() => simulate(linear, { inputs, iterations: 10, correlations: { inputs: ["units", "price"], matrix: [[1, 0.5], [0.5, 1]] } }), "INVALID_ARGUMENT", /names "price", which is not among the uncertain inputs/);
    expectCode(() => simulate(linear, { inputs, iterations: 10 }).samples("contribution"), "INVALID_ARGUMENT", /run simulate with keepSamples: true/);
  });
});
