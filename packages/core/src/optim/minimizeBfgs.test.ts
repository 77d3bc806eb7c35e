import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optim.json" with { type: "json" };
import { minimizeBfgs } from "./minimizeBfgs.js";

const rosenbrock = (x: Float64Array, g: Float64Array): number => {
  const n = x.length;
  let f = 0;
  g.fill(0);
  for (let i = 0; i < n - 1; i++) {
    const a = x[i]!;
    const b = x[i + 1]! - a * a;
    f += 100 * b * b + (1 - a) ** 2;
    g[i] = g[i]! - 400 * a * b - 2 * (1 - a);
    g[i + 1] = g[i + 1]! + 200 * b;
  }
  return f;
};
const beale = (x: Float64Array, g: Float64Array): number => {
  const [a, b] = [x[0]!, x[1]!];
  const t1 = 1.5 - a + a * b;
  const t2 = 2.25 - a + a * b * b;
  const t3 = 2.625 - a + a * b ** 3;
  g[0] = 2 * t1 * (b - 1) + 2 * t2 * (b * b - 1) + 2 * t3 * (b ** 3 - 1);
  g[1] = 2 * t1 * a + 4 * t2 * a * b + 6 * t3 * a * b * b;
  return t1 * t1 + t2 * t2 + t3 * t3;
};
// Himmelblau: four minima of value 0, one at (3, 2)
const himmelblau = (x: Float64Array, g: Float64Array): number => {
  const u = x[0]! ** 2 + x[1]! - 11;
  const v = x[0]! + x[1]! ** 2 - 7;
  g[0] = 4 * u * x[0]! + 2 * v;
  g[1] = 2 * u + 4 * v * x[1]!;
  return u * u + v * v;
};

describe("minimizeBfgs", () => {
  it("finds the Rosenbrock, Beale and Himmelblau minima", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.value).toBeLessThan(1e-12);
    expect(r.gradientNorm).toBeLessThanOrEqual(1e-6);
    expect(r.inverseHessian).toHaveLength(4);
    const b = minimizeBfgs(beale, [1, 1]);
    expect(b.x[0]).toBeCloseTo(3, 6);
    expect(b.x[1]).toBeCloseTo(0.5, 6);
    const h = minimizeBfgs(himmelblau, [2.5, 2.5]);
    expect(h.x[0]).toBeCloseTo(3, 7);
    expect(h.x[1]).toBeCloseTo(2, 7);
  });

  it("bounded: Rosenbrock with x₁ ≤ 0.5 ends on the bound at (0.5, 0.25); scipy L-BFGS-B problems (reference/optim.json) agree", () => {
    const r = minimizeBfgs(rosenbrock, [-1.2, 1], { upper: [0.5, Infinity] });
    expect(r.x[0]).toBe(0.5);
    expect(r.x[1]).toBeCloseTo(0.25, 7);
    for (const c of reference.bounded) {
      const lower = c.lower.map((v) => v ?? -Infinity);
      const upper = c.upper.map((v) => v ?? Infinity);
      const s = minimizeBfgs(rosenbrock, c.x0, { lower, upper, gtol: 1e-9, maxIterations: 5000 });
      expect(s.value).toBeCloseTo(c.value, 8);
      for (let i = 0; i < c.x.length; i++) expect(s.x[i]).toBeCloseTo(c.x[i]!, 5);
    }
  });

  it("property: random positive-definite quadratics reach A⁻¹b", () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: 0.5, max: 50, noNaN: true }), fc.double({ min: -0.9, max: 0.9, noNaN: true })),
        fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })),
        ([d1, d2, rho], [b1, b2]) => {
          const off = rho * Math.sqrt(d1 * d2);
          const f = (x: Float64Array, g: Float64Array) => {
            g[0] = d1 * x[0]! + off * x[1]! - b1;
            g[1] = off * x[0]! + d2 * x[1]! - b2;
            return 0.5 * (d1 * x[0]! * x[0]! + 2 * off * x[0]! * x[1]! + d2 * x[1]! * x[1]!) - b1 * x[0]! - b2 * x[1]!;
          };
          const det = d1 * d2 - off * off;
          const r = minimizeBfgs(f, [0, 0], { gtol: 1e-10, maxStep: 100 });
          expect(r.x[0]).toBeCloseTo((d2 * b1 - off * b2) / det, 6);
          expect(r.x[1]).toBeCloseTo((d1 * b2 - off * b1) / det, 6);
        },
      ),
    );
  });

  it("a warm start (initialInverseHessian from a previous run) converges in fewer iterations", () => {
    const first = minimizeBfgs(rosenbrock, [-1.2, 1]);
    const again = minimizeBfgs(rosenbrock, [0.99, 0.98], { initialInverseHessian: first.inverseHessian });
    const cold = minimizeBfgs(rosenbrock, [0.99, 0.98]);
    expect(again.iterations).toBeLessThanOrEqual(cold.iterations);
    expect(again.x[0]).toBeCloseTo(1, 6);
  });

  it("iteration limit → NOT_CONVERGED with the best point; onNotConverged: 'return' returns it", () => {
    const e = catchDpm(() => minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 }));
    expect(e.code).toBe("NOT_CONVERGED");
    expect((e.details as { x: number[] }).x).toHaveLength(2);
    const r = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3, onNotConverged: "return" });
    expect(r.status).toBe("maxIterations");
    expect(r.converged).toBe(false);
    expect(Array.from(r.x)).toEqual((e.details as { x: number[] }).x);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => minimizeBfgs(rosenbrock, [0, 0], { lower: [1, 1], upper: [0, 2] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeBfgs(rosenbrock, [Infinity, 0])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeBfgs(() => Infinity, [0])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeBfgs((_x, g) => { g[0] = NaN; return 1; }, [0])).message).toMatch(/gradient/);
    expect(catchDpm(() => minimizeBfgs(rosenbrock, [0, 0], { initialInverseHessian: [1, 0, 0] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => minimizeBfgs(rosenbrock, [0, 0], { gradTol: 1 } as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeBfgs(rosenbrock, [0, 0], { onNotConverged: "warn" as never })).code).toBe("INVALID_ARGUMENT");
  });
});
