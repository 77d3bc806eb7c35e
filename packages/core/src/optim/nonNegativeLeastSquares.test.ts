import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optim.json" with { type: "json" };
import { nonNegativeLeastSquares } from "./nonNegativeLeastSquares.js";

describe("nonNegativeLeastSquares", () => {
  it("equals scipy.optimize.nnls on fixed tall, wide and square problems (reference/optim.py)", () => {
    for (const c of reference.nnls) {
      const r = nonNegativeLeastSquares(c.X, c.y);
      expect(r.converged).toBe(true);
      for (let j = 0; j < c.x.length; j++) expect(Math.abs(r.x[j]! - c.x[j]!)).toBeLessThan(1e-10 * Math.max(1, Math.abs(c.x[j]!)));
      expect(r.residualNorm).toBeCloseTo(c.rnorm, 10);
    }
  });

  it("property: the result satisfies the KKT conditions (x ≥ 0; gradient 0 where x > 0, ≥ 0 where x = 0)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 128, maxLength: 128 }), (n, p, vals) => {
        const X = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => vals[i * 8 + j]!));
        const y = Array.from({ length: n }, (_, i) => vals[64 + i]!);
        const r = nonNegativeLeastSquares(X, y);
        const res = y.map((yi, i) => yi - X[i]!.reduce((s, v, j) => s + v * r.x[j]!, 0));
        for (let j = 0; j < p; j++) {
          expect(r.x[j]).toBeGreaterThanOrEqual(0);
          const w = res.reduce((s, ri, i) => s + X[i]![j]! * ri, 0); // −½ ∂f/∂x_j
          if (r.x[j]! > 0) expect(Math.abs(w)).toBeLessThan(1e-8);
          else expect(w).toBeLessThan(1e-8);
        }
      }),
    );
  });

  it("returns zeros when every column points away from y, and handles duplicated columns", () => {
    expect(Array.from(nonNegativeLeastSquares([[1], [1]], [-1, -2]).x)).toEqual([0]);
    const r = nonNegativeLeastSquares([[1, 1], [2, 2], [3, 3]], [1, 2, 3]);
    expect(r.x[0]! + r.x[1]!).toBeCloseTo(1, 12);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => nonNegativeLeastSquares([], [])).code).toBe("EMPTY");
    expect(catchDpm(() => nonNegativeLeastSquares([[1, 2], [3]], [1, 2])).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => nonNegativeLeastSquares([[1], [2]], [1])).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => nonNegativeLeastSquares([[1], [NaN]], [1, 2])).code).toBe("NON_FINITE");
    expect(catchDpm(() => nonNegativeLeastSquares([[1], [2]], [1, 2], { tolerance: 1 } as never)).code).toBe("INVALID_ARGUMENT");
  });
});
