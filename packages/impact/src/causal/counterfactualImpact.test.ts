import { createRng, studentTQuantile } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/causalFixtures.js";
import { counterfactualCore, counterfactualDesign, counterfactualImpact } from "./counterfactualImpact.js";

// One seeded run: a control following a random walk, y = 10 + 1.5·x + 0.5·trend + N(0, 1) (+ effect).
function simulate(seed: number, effect: number, pre = 60, post = 12) {
  const rng = createRng(seed);
  const n = pre + post;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  let level = 20;
  for (let t = 0; t < n; t++) {
    level += rng.normal(0, 1);
    x[t] = level;
    y[t] = 10 + 1.5 * level + (0.5 * t) / n + rng.normal(0, 1) + (t >= pre ? effect : 0);
  }
  return { x, y, pre };
}

describe("counterfactualImpact", () => {
  it("95 % intervals cover an injected effect in 95 % ± binomial error of 2,000 seeded runs (average and point-wise)", () => {
    const runs = 2000;
    const effect = 3;
    let coverAvg = 0;
    let coverPoint = 0;
    let points = 0;
    const q = studentTQuantile(0.975, 60 - 3); // df = pre − (intercept, trend, control)
    for (let r = 0; r < runs; r++) {
      const { x, y, pre } = simulate(r + 1, effect);
      const core = counterfactualCore(y, counterfactualDesign(y.length, [x], true, 1), pre);
      if (Math.abs(core.avgEffect - effect) <= q * core.avgSe) coverAvg++;
      for (let t = pre; t < y.length; t++) {
        points++;
        if (Math.abs(y[t]! - core.predicted[t]! - effect) <= q * core.pointSe[t]!) coverPoint++;
      }
    }
    const tol = 3 * Math.sqrt((0.95 * 0.05) / runs);
    expect(Math.abs(coverAvg / runs - 0.95)).toBeLessThan(tol);
    expect(Math.abs(coverPoint / points - 0.95)).toBeLessThan(tol);
  });

  it("A/A runs (no effect) report 'no effect' at the nominal rate", () => {
    const runs = 1000;
    let falsePositives = 0;
    for (let r = 0; r < runs; r++) {
      const { x, y, pre } = simulate(10_000 + r, 0);
      if (counterfactualImpact(y, { interventionIndex: pre, controls: { x } }).significant) falsePositives++;
    }
    expect(Math.abs(falsePositives / runs - 0.05)).toBeLessThan(3 * Math.sqrt((0.95 * 0.05) / runs));
  });

  it("reports point-wise, cumulative and average effects consistently", () => {
    const { x, y, pre } = simulate(42, 5);
    const res = counterfactualImpact(y, { interventionIndex: pre, controls: { x } });
    expect(res.significant).toBe(true);
    expect(res.probabilityOfEffect).toBeGreaterThan(0.99);
    const sum = Array.from(res.pointEffect.subarray(pre)).reduce((a, b) => a + b, 0);
    expect(res.cumulative.estimate).toBeCloseTo(sum, 9);
    expect(res.estimate).toBeCloseTo(sum / 12, 9);
    expect(res.ciLow).toBeLessThan(5);
    expect(res.ciHigh).toBeGreaterThan(5);
    expect(res.toString()).toContain("cumulative effect");
    expect(Array.from(res.predictedLow).every(Number.isFinite)).toBe(true);
  });

  it("flags autocorrelated residuals and rejects bad input", () => {
    const n = 40;
    const y = Float64Array.from({ length: n }, (_, t) => Math.sin(t / 4) * 5 + t);
    const res = counterfactualImpact(y, { interventionIndex: 30 });
    expect(res.trustworthy).toBe(false);
    expect(res.warnings.join(" ")).toContain("autocorrelated");
    expect(catchDpm(() => counterfactualImpact(y, { interventionIndex: 0 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => counterfactualImpact(y, { interventionIndex: 40 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => counterfactualImpact(y, { interventionIndex: 3 })).code).toBe("TOO_SHORT");
    const constant = catchDpm(() => counterfactualImpact(y, { interventionIndex: 30, controls: { c: new Float64Array(n).fill(2) } }));
    expect(constant.code).toBe("SINGULAR");
    expect(constant.message).toContain('"c" is a linear combination of "(Intercept)"');
    expect(catchDpm(() => counterfactualImpact(y, { interventionIndex: 30, controls: { c: [1, 2] } })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => counterfactualImpact([1, 2, NaN, 4, 5, 6], { interventionIndex: 4 })).code).toBe("NON_FINITE");
  });
});
