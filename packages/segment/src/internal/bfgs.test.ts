import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bfgs } from "./bfgs.js";

// Rosenbrock: minimum 0 at (1, 1)
const rosenbrock = (x: Float64Array, g: Float64Array) => {
  const a = 1 - x[0]!;
  const b = x[1]! - x[0]! * x[0]!;
  g[0] = -2 * a - 400 * x[0]! * b;
  g[1] = 200 * b;
  return a * a + 100 * b * b;
};

describe("bfgs", () => {
  it("finds the Rosenbrock minimum (1, 1) from the classic start (−1.2, 1)", () => {
    const r = bfgs(rosenbrock, Float64Array.of(-1.2, 1), "test");
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.f).toBeLessThan(1e-12);
  });

  it("property: minimises random positive-definite quadratics to their closed-form minimiser A⁻¹b", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: -0.9, max: 0.9, noNaN: true })),
        fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
        ([d1, d2, rho], [b1, b2]) => {
          const off = rho * Math.sqrt(d1 * d2);
          // f = ½ xᵀAx − bᵀx, A = [[d1, off], [off, d2]]
          const f = (x: Float64Array, g: Float64Array) => {
            g[0] = d1 * x[0]! + off * x[1]! - b1;
            g[1] = off * x[0]! + d2 * x[1]! - b2;
            return 0.5 * (d1 * x[0]! * x[0]! + 2 * off * x[0]! * x[1]! + d2 * x[1]! * x[1]!) - b1 * x[0]! - b2 * x[1]!;
          };
          const det = d1 * d2 - off * off;
          const r = bfgs(f, Float64Array.of(0, 0), "test", { gradTol: 1e-10, maxStep: 100 });
          expect(r.x[0]).toBeCloseTo((d2 * b1 - off * b2) / det, 6);
          expect(r.x[1]).toBeCloseTo((d1 * b2 - off * b1) / det, 6);
        },
      ),
    );
  });

  it("throws NOT_CONVERGED with the last point when the iteration budget runs out", () => {
    try {
      bfgs(rosenbrock, Float64Array.of(-1.2, 1), "test", { maxIter: 3 });
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "NOT_CONVERGED")).toBe(true);
      expect((e as { details?: { lastPoint?: number[] } }).details?.lastPoint).toHaveLength(2);
    }
  });

  it("throws NOT_CONVERGED when the objective is not finite at the start", () => {
    expect(() => bfgs(() => Infinity, Float64Array.of(0), "test")).toThrow(/not finite at the starting point/);
  });
});
