import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { minimizeNegativeLogLikelihood } from "./minimizeNegativeLogLikelihood.js";

const catchError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error("expected a throw");
};

describe("minimizeNegativeLogLikelihood", () => {
  it("minimises a smooth objective and returns the inverse Hessian for a warm start", () => {
    const f = (z: Float64Array, g: Float64Array) => {
      g[0] = 2 * (z[0]! - 1);
      g[1] = 4 * (z[1]! + 2);
      return (z[0]! - 1) ** 2 + 2 * (z[1]! + 2) ** 2;
    };
    const r = minimizeNegativeLogLikelihood(f, Float64Array.of(0, 0), "fitTest", 1e-10);
    expect(r.x[0]).toBeCloseTo(1, 9);
    expect(r.x[1]).toBeCloseTo(-2, 9);
    expect(r.inverseHessian[0]).toBeCloseTo(0.5, 2); // BFGS approximates H⁻¹ = diag(½, ¼)
  });

  it("a start where the objective is not finite → NOT_CONVERGED naming the fit, with the point", () => {
    const e = catchError(() => minimizeNegativeLogLikelihood(() => Infinity, Float64Array.of(3), "fitTest", 1e-8));
    expect(isDpmError(e, "NOT_CONVERGED")).toBe(true);
    expect((e as Error).message).toMatch(/^fitTest: .*initial values/);
    expect((e as { details: { lastPoint: number[] } }).details.lastPoint).toEqual([3]);
  });

  it("a wall the line search cannot pass (gradient still large) → NOT_CONVERGED with the last state", () => {
    // f = −z on z < 1, Infinity beyond: the infimum is at the wall, where the gradient stays −1
    const f = (z: Float64Array, g: Float64Array) => {
      g[0] = -1;
      return z[0]! < 1 ? -z[0]! : Infinity;
    };
    const e = catchError(() => minimizeNegativeLogLikelihood(f, Float64Array.of(0), "fitTest", 1e-8));
    expect(isDpmError(e, "NOT_CONVERGED")).toBe(true);
    expect((e as { details: { lastPoint: number[] } }).details.lastPoint[0]).toBeLessThan(1);
  });
});
