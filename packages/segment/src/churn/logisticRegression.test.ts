import { readFileSync } from "node:fs";
import { createRng, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { logisticRegression } from "./logisticRegression.js";
import { predictProbability } from "./predictProbability.js";

interface RefFit { l2: number; estimate: number[] }
const ref = JSON.parse(readFileSync(new URL("../../reference/logisticRegression.json", import.meta.url), "utf8")) as {
  data: { recency: number[]; frequency: number[]; churn: number[] };
  glm: RefFit;
  ridge: RefFit;
};

function expectRel(actual: number, expected: number, rel: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

describe("logisticRegression", () => {
  const X = ref.data.recency.map((r, i) => [r, ref.data.frequency[i]!]);
  const y = ref.data.churn;

  it("l2 = 0 equals R glm on the z-scored features: intercept and both coefficients (reference/logisticRegression.R)", () => {
    const m = logisticRegression(X, y, { l2: 0 });
    expectRel(m.intercept, ref.glm.estimate[0]!, 1e-10);
    expectRel(m.coefficients[0]!, ref.glm.estimate[1]!, 1e-10);
    expectRel(m.coefficients[1]!, ref.glm.estimate[2]!, 1e-10);
    expect(m.coefficients.length).toBe(2);
  });

  it("default l2 = 1e-3 equals R's penalised maximum likelihood (optim + Newton polish)", () => {
    const m = logisticRegression(X, y);
    expect(ref.ridge.l2).toBe(1e-3);
    expectRel(m.intercept, ref.ridge.estimate[0]!, 1e-10);
    expectRel(m.coefficients[0]!, ref.ridge.estimate[1]!, 1e-10);
    expectRel(m.coefficients[1]!, ref.ridge.estimate[2]!, 1e-10);
    // Float64Array input with dimensions gives the same model
    const flat = Float64Array.from(X.flat());
    const f = logisticRegression(flat, y, { dimensions: 2 });
    expect(f.intercept).toBe(m.intercept);
    expect(Array.from(f.coefficients)).toEqual(Array.from(m.coefficients));
    const p = predictProbability(m, X);
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
  });

  it("recovers known coefficients from simulated data", () => {
    const rng = createRng(9);
    const n = 4000;
    const S: number[][] = [];
    const t: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = rng.normal();
      const b = rng.normal();
      S.push([a, b]);
      t.push(rng.next() < 1 / (1 + Math.exp(-(-0.5 + 1.5 * a - 1 * b))) ? 1 : 0);
    }
    const m = logisticRegression(S, t, { l2: 0 });
    // back to the raw scale: beta_j = coef_j / scale_j (sampling error ≈ 0.05 at n = 4000)
    expect(Math.abs(m.coefficients[0]! / m.scale[0]! - 1.5)).toBeLessThan(0.15);
    expect(Math.abs(m.coefficients[1]! / m.scale[1]! + 1)).toBeLessThan(0.15);
  });

  it("rejects one class, bad labels, bad options and perfectly separable data without a penalty", () => {
    expect(() => logisticRegression([[1], [2]], [1, 1])).toThrow(/both classes/);
    expect(() => logisticRegression([[1], [2]], [0, 2])).toThrow(/0 or 1/);
    expect(() => logisticRegression([[1], [2], [1], [2]], [0, 1, 1, 0], { l2s: 0 } as never)).toThrow(/Did you mean "l2"/);
    expect(() => logisticRegression([[1], [2], [1], [2]], [0, 1, 1, 0], null as never)).toThrow(/options must be an object/);
    expect(() => logisticRegression([[1], [2], [1], [2]], [0, 1, 1, 0], { l2: -1 })).toThrow(/options.l2/);
    try {
      logisticRegression([[1], [2], [3], [4]], [0, 0, 1, 1], { l2: 0, maxIterations: 30 });
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "NO_SOLUTION")).toBe(true);
      expect((e as Error).message).toMatch(/^logisticRegression: .*options\.l2 > 0/);
    }
    // with the default penalty the separable data has a finite optimum
    expect(Number.isFinite(logisticRegression([[1], [2], [3], [4]], [0, 0, 1, 1]).coefficients[0]!)).toBe(true);
  });
});
