import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optim.json" with { type: "json" };
import { minimizeLbfgs } from "./minimizeLbfgs.js";

// Rosenbrock in n dimensions: Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)²; minimum 0 at (1, …, 1)
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
const booth = (x: Float64Array, g: Float64Array): number => {
  const u = x[0]! + 2 * x[1]! - 7;
  const v = 2 * x[0]! + x[1]! - 5;
  g[0] = 2 * u + 4 * v;
  g[1] = 4 * u + 2 * v;
  return u * u + v * v;
};

describe("minimizeLbfgs", () => {
  it("finds the Rosenbrock minimum (1, 1) from (−1.2, 1) and in 10 dimensions", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.status).toBe("converged");
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.value).toBeLessThan(1e-12);
    const r10 = minimizeLbfgs(rosenbrock, new Float64Array(10).fill(-1), { maxIterations: 500 });
    for (const v of r10.x) expect(v).toBeCloseTo(1, 5);
  });

  it("finds the Beale minimum (3, 0.5) and the Booth minimum (1, 3)", () => {
    const r = minimizeLbfgs(beale, [1, 1]);
    expect(r.x[0]).toBeCloseTo(3, 6);
    expect(r.x[1]).toBeCloseTo(0.5, 6);
    const b = minimizeLbfgs(booth, [-5, 8]);
    expect(b.x[0]).toBeCloseTo(1, 7);
    expect(b.x[1]).toBeCloseTo(3, 7);
  });

  it("bounded: the Rosenbrock optimum with x₁ ≤ 0.5 is (0.5, 0.25), value 0.25 (analytic; scipy L-BFGS-B agrees)", () => {
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { upper: [0.5, Infinity] });
    expect(r.x[0]).toBe(0.5);
    expect(r.x[1]).toBeCloseTo(0.25, 8);
    expect(r.value).toBeCloseTo(0.25, 10);
  });

  it("bounded problems match scipy's L-BFGS-B (reference/optim.json)", () => {
    for (const c of reference.bounded) {
      const lower = c.lower.map((v) => v ?? -Infinity);
      const upper = c.upper.map((v) => v ?? Infinity);
      const r = minimizeLbfgs(rosenbrock, c.x0, { lower, upper, maxIterations: 2000, gtol: 1e-10, ftol: 0 });
      expect(r.value).toBeCloseTo(c.value, 8);
      for (let i = 0; i < c.x.length; i++) expect(r.x[i]).toBeCloseTo(c.x[i]!, 5);
      for (let i = 0; i < c.x.length; i++) {
        expect(r.x[i]).toBeGreaterThanOrEqual(lower[i]!);
        expect(r.x[i]).toBeLessThanOrEqual(upper[i]!);
      }
    }
  });

  it("property: random convex quadratics in a random box reach the projected optimum (separable case closed form)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true })), { minLength: 1, maxLength: 6 }),
        (terms) => {
          // f = Σ dᵢ (xᵢ − cᵢ)² on [lᵢ, lᵢ + wᵢ]: optimum clamp(cᵢ)
          const f = (x: Float64Array, g: Float64Array) => {
            let s = 0;
            terms.forEach(([d, c], i) => {
              s += d * (x[i]! - c) ** 2;
              g[i] = 2 * d * (x[i]! - c);
            });
            return s;
          };
          const lower = terms.map(([, , l]) => l);
          const upper = terms.map(([, , l, w]) => l + w);
          const r = minimizeLbfgs(f, terms.map(() => 0), { lower, upper, gtol: 1e-9 });
          terms.forEach(([, c, l, w], i) => expect(r.x[i]).toBeCloseTo(Math.min(Math.max(c, l), l + w), 6));
        },
      ),
    );
  });

  it("treats Infinity as outside the domain: f = −log x − log(1 − x) stays in (0, 1)", () => {
    const f = (x: Float64Array, g: Float64Array) => {
      const v = x[0]!;
      if (!(v > 0 && v < 1)) return Infinity;
      g[0] = -1 / v + 1 / (1 - v);
      return -Math.log(v) - Math.log(1 - v);
    };
    const r = minimizeLbfgs(f, [0.01]);
    expect(r.x[0]).toBeCloseTo(0.5, 7);
  });

  it("does not modify x0", () => {
    const x0 = Float64Array.of(-1.2, 1);
    minimizeLbfgs(rosenbrock, x0);
    expect(Array.from(x0)).toEqual([-1.2, 1]);
  });

  it("iteration limit → NOT_CONVERGED carrying the best point; onNotConverged: 'return' returns it", () => {
    const e = catchDpm(() => minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 }));
    expect(e.code).toBe("NOT_CONVERGED");
    const d = e.details as { x: number[]; value: number; iterations: number };
    expect(d.x).toHaveLength(2);
    expect(d.iterations).toBe(3);
    const r = minimizeLbfgs(rosenbrock, [-1.2, 1], { maxIterations: 3, onNotConverged: "return" });
    expect(r.converged).toBe(false);
    expect(r.status).toBe("maxIterations");
    expect(Array.from(r.x)).toEqual(d.x);
    expect(r.value).toBe(d.value);
    expect(r.message).toMatch(/iteration limit/);
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [-1.2, 1], { maxEvaluations: 5 })).code).toBe("NOT_CONVERGED");
  });

  it("rejects bad input with DpmErrors that say what to change", () => {
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [1, 1], { lower: [0, 2], upper: [1, 1] })).message).toMatch(/lower\[1\] = 2 is above options\.upper\[1\] = 1/);
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [1, 1], { lower: [0] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [NaN, 1])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [])).code).toBe("EMPTY");
    expect(catchDpm(() => minimizeLbfgs(() => NaN, [1])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeLbfgs(() => Infinity, [1])).message).toMatch(/starting point/);
    expect(catchDpm(() => minimizeLbfgs((x, g) => { g[0] = 2 * (x[0]! - 3); return x[0]! > 1.5 ? NaN : (x[0]! - 3) ** 2; }, [1])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [1, 1], { maxIter: 3 } as never)).message).toMatch(/did you mean "maxIterations"/i);
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [1, 1], null as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeLbfgs(rosenbrock, [1, 1], { memory: 0 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeLbfgs("f" as never, [1])).code).toBe("INVALID_ARGUMENT");
  });
});
