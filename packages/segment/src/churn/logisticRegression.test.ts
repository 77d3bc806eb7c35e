import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { logisticRegression } from "./logisticRegression.js";
import { predictProbability } from "./predictProbability.js";

describe("logisticRegression", () => {
  it("recovers known coefficients from simulated data", () => {
    const rng = createRng(9);
    const n = 4000;
    const X: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = rng.normal();
      const b = rng.normal();
      X.push([a, b]);
      y.push(rng.next() < 1 / (1 + Math.exp(-(-0.5 + 1.5 * a - 1 * b))) ? 1 : 0);
    }
    const m = logisticRegression(X, y, { l2: 0 });
    // back to the raw scale: beta_j = coef_j / scale_j
    expect(m.coefficients[0]! / m.scale[0]!).toBeCloseTo(1.5, 0);
    expect(m.coefficients[1]! / m.scale[1]!).toBeCloseTo(-1, 0);
    const p = predictProbability(m, X);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });
  it("rejects one class, bad labels and perfectly separable data without a penalty", () => {
    expect(() => logisticRegression([[1], [2]], [1, 1])).toThrow(/both classes/);
    expect(() => logisticRegression([[1], [2]], [0, 2])).toThrow(/0 or 1/);
    expect(() => logisticRegression([[1], [2], [3], [4]], [0, 0, 1, 1], { l2: 0, maxIterations: 30 })).toThrow();
  });
});
