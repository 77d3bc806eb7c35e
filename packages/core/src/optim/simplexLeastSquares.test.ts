import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optim.json" with { type: "json" };
import { simplexLeastSquares } from "./simplexLeastSquares.js";

describe("simplexLeastSquares", () => {
  it("equals the exact simplex-constrained solution (scipy SLSQP support + KKT solve, reference/optim.py): Basque synthetic control and a wide weighted problem", () => {
    for (const c of reference.simplex) {
      const r = simplexLeastSquares(c.X, c.y, c.weights === null ? {} : { weights: c.weights });
      expect(r.converged).toBe(true);
      for (let j = 0; j < c.w.length; j++) expect(Math.abs(r.x[j]! - c.w[j]!)).toBeLessThan(1e-10);
      expect(r.value).toBeCloseTo(c.value, 10);
      expect(r.x.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
    }
  });

  it("property: weights are feasible and satisfy the KKT conditions of the simplex problem", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 9 }), fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 70, maxLength: 70 }), (n, p, vals) => {
        const X = Array.from({ length: n }, (_, i) => Array.from({ length: p }, (_, j) => vals[i * 9 + j]!));
        const y = Array.from({ length: n }, (_, i) => vals[60 + i]!);
        const r = simplexLeastSquares(X, y);
        const res = y.map((yi, i) => yi - X[i]!.reduce((s, v, j) => s + v * r.x[j]!, 0));
        // g_j = −2 X_jᵀ r; KKT: g_j = μ on the support, g_j ≥ μ off it
        const g = Array.from({ length: p }, (_, j) => -2 * res.reduce((s, ri, i) => s + X[i]![j]! * ri, 0));
        const support = Array.from(r.x.keys()).filter((j) => r.x[j]! > 1e-9);
        const mu = Math.min(...support.map((j) => g[j]!));
        const scale = 1 + Math.max(...g.map(Math.abs));
        expect(r.x.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
        for (let j = 0; j < p; j++) {
          expect(r.x[j]).toBeGreaterThanOrEqual(0);
          expect(g[j]! - mu).toBeGreaterThan(-1e-7 * scale);
          if (r.x[j]! > 1e-9) expect(Math.abs(g[j]! - mu)).toBeLessThan(1e-7 * scale);
        }
      }),
    );
  });

  it("a single candidate gets weight 1; a target inside the hull is fitted exactly", () => {
    expect(Array.from(simplexLeastSquares([[2], [3]], [0, 0]).x)).toEqual([1]);
    const r = simplexLeastSquares([[0, 1, 0], [0, 0, 1]], [0.2, 0.3]);
    expect(Array.from(r.x, (w) => Math.round(w * 1e12) / 1e12)).toEqual([0.5, 0.2, 0.3]);
  });

  it("row weights change the fit: a zero weight ignores that row", () => {
    const X = [[1, 0], [0, 1], [5, 5]];
    const a = simplexLeastSquares(X, [1, 0, 100], { weights: [1, 1, 0] });
    expect(a.x[0]).toBeCloseTo(1, 12);
    expect(a.value).toBeCloseTo(0, 20);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => simplexLeastSquares([[1]], [1], { weights: [-1] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => simplexLeastSquares([[1]], [1], { weights: [1, 2] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => simplexLeastSquares([[1]], [Infinity])).code).toBe("NON_FINITE");
    expect(catchDpm(() => simplexLeastSquares("X" as never, [1])).code).toBe("INVALID_ARGUMENT");
  });
});
