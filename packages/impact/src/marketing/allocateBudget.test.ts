import { DpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { allocateBudget } from "./allocateBudget.js";
import { fitMarketingMix } from "./fitMarketingMix.js";
import { allocateOnCurves, type Curve, marginal, response } from "./internal/allocate.js";
import { simulateMix, type TrueChannel } from "./internal/simulateMix.js";

// Michaelis–Menten curves (Hill shape 1): r_j(s) = β_j s / (s + c_j) with c_j = K_j / L_j; the
// optimum of Σ r_j subject to Σ s_j = T is s_j = √(β_j c_j / λ) − c_j with
// √(1/λ) = (T + Σ c_j) / Σ √(β_j c_j) (when every s_j > 0).
function analytic(curves: readonly Curve[], T: number): number[] {
  const c = curves.map((x) => x.halfSaturation / x.carry);
  const root = curves.map((x, j) => Math.sqrt(x.coefficient * c[j]!));
  const inv = (T + c.reduce((a, b) => a + b, 0)) / root.reduce((a, b) => a + b, 0);
  return root.map((r, j) => r * inv - c[j]!);
}
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DpmError);
    return (e as DpmError).code;
  }
  return "no error";
};

describe("allocateOnCurves", () => {
  it("equals the closed-form optimum for Michaelis–Menten curves", () => {
    const curves: Curve[] = [
      { coefficient: 400, carry: 2, halfSaturation: 150, shape: 1 },
      { coefficient: 250, carry: 1.1, halfSaturation: 40, shape: 1 },
      { coefficient: 200, carry: 1.4, halfSaturation: 60, shape: 1 },
    ];
    const s = allocateOnCurves(curves, 200, [0, 0, 0], [200, 200, 200]);
    const a = analytic(curves, 200);
    s.forEach((v, j) => expect(Math.abs(v - a[j]!)).toBeLessThan(1e-6));
    const m = curves.map((c, j) => marginal(c, s[j]!));
    expect(Math.abs(m[0]! - m[1]!) / m[0]!).toBeLessThan(1e-8); // marginal ROAS equalised
  });
  it("S-shaped curves and bounds: matches a brute-force grid", () => {
    const curves: Curve[] = [
      { coefficient: 300, carry: 1.5, halfSaturation: 80, shape: 2.2 },
      { coefficient: 200, carry: 1, halfSaturation: 30, shape: 1.3 },
    ];
    const T = 120;
    const s = allocateOnCurves(curves, T, [10, 0], [100, T]);
    let best = -Infinity;
    for (let x = 10; x <= 100; x += 0.001) best = Math.max(best, response(curves[0]!, x) + response(curves[1]!, T - x));
    expect(response(curves[0]!, s[0]!) + response(curves[1]!, s[1]!)).toBeGreaterThanOrEqual(best - 1e-6);
    expect(s[0]! + s[1]!).toBeCloseTo(T, 9);
  });
  it("profit objective spends only while a unit of spend returns more than its cost", () => {
    const curves: Curve[] = [{ coefficient: 100, carry: 1, halfSaturation: 50, shape: 1 }];
    // margin·β c / (s + c)² = 1 → s = √(margin β c) − c = √(0.5·100·50) − 50 = 0 → with margin 2: √(10000) − 50 = 50.
    const s = allocateOnCurves(curves, 1000, [0], [1000], 2);
    expect(s[0]).toBeCloseTo(50, 6);
  });
});

describe("allocateBudget", () => {
  const truth: TrueChannel[] = [
    { name: "tv", meanSpend: 100, decay: 0.5, halfSaturation: 150, shape: 1, coefficient: 400 },
    { name: "search", meanSpend: 60, decay: 0.1, halfSaturation: 40, shape: 1, coefficient: 250 },
    { name: "social", meanSpend: 40, decay: 0.3, halfSaturation: 60, shape: 1, coefficient: 200 },
  ];
  const sim = simulateMix(truth, 156, 25, "alloc");
  const fit = fitMarketingMix({ sales: sim.sales, spend: sim.spend }, { bootstrap: 40, seed: 2 });
  const trueCurves: Curve[] = truth.map((c) => ({ coefficient: c.coefficient, carry: 1 / (1 - c.decay), halfSaturation: c.halfSaturation, shape: 1 }));

  it("the fitted optimum earns within 2 % of the analytic optimum of the true response curves", () => {
    const T = 200;
    const plan = allocateBudget(fit, { total: T });
    const star = analytic(trueCurves, T);
    const bestSales = star.reduce((a, s, j) => a + response(trueCurves[j]!, s), 0);
    const got = plan.channels.reduce((a, c, j) => a + response(trueCurves[j]!, c.optimal), 0);
    expect(got).toBeGreaterThanOrEqual(0.98 * bestSales);
    expect(Math.abs(plan.expectedSales - bestSales) / bestSales).toBeLessThan(0.1);
    expect(plan.channels.reduce((a, c) => a + c.optimal, 0)).toBeCloseTo(T, 8);
    expect(plan.lift).toBeGreaterThanOrEqual(0);
    expect(plan.liftLow).toBeLessThanOrEqual(plan.liftHigh);
    expect(plan.toString()).toContain("marginal ROAS");
  });

  it("respects bounds and validates", () => {
    const plan = allocateBudget(fit, { total: 200, lower: { tv: 120 }, upper: { search: 30 } });
    expect(plan.channels[0]!.optimal).toBeGreaterThanOrEqual(120 - 1e-9);
    expect(plan.channels[1]!.optimal).toBeLessThanOrEqual(30 + 1e-9);
    expect(code(() => allocateBudget(fit, { total: 100, lower: { tv: 80, search: 40 } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => allocateBudget(fit, { total: 100, upper: { tv: 10, search: 10, social: 10 } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => allocateBudget(fit, { total: 100, lower: { radio: 1 } }))).toBe("INVALID_ARGUMENT");
    expect(code(() => allocateBudget(fit, { objective: "profit" }))).toBe("INVALID_ARGUMENT");
    expect(code(() => allocateBudget(fit, { totl: 1 } as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => allocateBudget({ ...fit, draws: { ...fit.draws, count: 3 } }))).toBe("INVALID_ARGUMENT");
  });
});
