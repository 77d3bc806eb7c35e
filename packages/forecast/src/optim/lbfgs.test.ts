import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lbfgs } from "./lbfgs.js";

describe("lbfgs", () => {
  it("minimises the Rosenbrock function to (1, 1)", () => {
    const r = lbfgs((x, g) => {
      const a = x[0] as number;
      const b = x[1] as number;
      g[0] = -400 * a * (b - a * a) - 2 * (1 - a);
      g[1] = 200 * (b - a * a);
      return 100 * (b - a * a) ** 2 + (1 - a) ** 2;
    }, Float64Array.from([-1.2, 1]), { maxIterations: 500, ftol: 0 });
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.status).toBe("converged");
  });

  it("solves random convex quadratics (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 50, noNaN: true }), { minLength: 2, maxLength: 8 }), (d) => {
        const target = d.map((_, i) => i - 1.5);
        const r = lbfgs((x, g) => {
          let f = 0;
          for (let i = 0; i < d.length; i++) {
            const e = (x[i] as number) - (target[i] as number);
            f += 0.5 * (d[i] as number) * e * e;
            g[i] = (d[i] as number) * e;
          }
          return f;
        }, new Float64Array(d.length), { maxIterations: 500, ftol: 0, gtol: 1e-10 });
        for (let i = 0; i < d.length; i++) expect(r.x[i]).toBeCloseTo(target[i] as number, 6);
      }),
      { numRuns: 30 },
    );
  });

  it("backs off from an infeasible region (objective = Infinity) and stops at its edge", () => {
    const r = lbfgs((x, g) => {
      const a = x[0] as number;
      if (a > 1) return Infinity;
      g[0] = 2 * (a - 3);
      return (a - 3) ** 2;
    }, Float64Array.from([0]));
    expect(r.x[0]).toBeLessThanOrEqual(1);
    expect(r.x[0]).toBeGreaterThan(0.9);
    expect(r.value).toBeCloseTo((r.x[0] as number - 3) ** 2, 12);
  });
});
