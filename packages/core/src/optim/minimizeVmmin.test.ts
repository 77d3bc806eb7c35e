import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optimR.json" with { type: "json" };
import { minimizeVmmin } from "./minimizeVmmin.js";

const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
const rosenbrockGradient = (x: Float64Array, _fx: number, g: Float64Array) => {
  const b = x[1]! - x[0]! ** 2;
  g[0] = -400 * x[0]! * b - 2 * (1 - x[0]!);
  g[1] = 200 * b;
};

// optimR.json stores 15 digits: R's default reltol √ε comes back rounded
const exactTol = (t: number) => (Math.abs(t - Math.sqrt(Number.EPSILON)) < 1e-20 ? Math.sqrt(Number.EPSILON) : t);

describe("minimizeVmmin", () => {
  it("reproduces R's optim(method = 'BFGS') on Rosenbrock: same point, value and counts (reference/optimR.R)", () => {
    for (const c of reference.vmmin) {
      const r = minimizeVmmin(rosenbrock, c.x0, { ...(c.gradient ? { gradient: rosenbrockGradient } : {}), maxIterations: c.maxit, reltol: exactTol(c.reltol), onNotConverged: "return" });
      for (let i = 0; i < 2; i++) expect(r.x[i]).toBeCloseTo(c.par[i]!, 12);
      expect(r.value).toBeCloseTo(c.value, 14);
      expect(r.evaluations).toBe(c.fncount);
      expect(r.iterations).toBe(c.grcount);
      expect(r.converged).toBe(c.convergence === 0);
    }
  });

  it("the default numerical gradient is R's (central differences, step 1e−3)", () => {
    const r = minimizeVmmin(rosenbrock, [-1.2, 1]);
    expect(r.x[0]).toBeCloseTo(1, 2);
  });

  it("iteration limit → NOT_CONVERGED with the best point; 'return' gives it", () => {
    const e = catchDpm(() => minimizeVmmin(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient, maxIterations: 5 }));
    expect(e.code).toBe("NOT_CONVERGED");
    const r = minimizeVmmin(rosenbrock, [-1.2, 1], { gradient: rosenbrockGradient, maxIterations: 5, onNotConverged: "return" });
    expect(r.status).toBe("maxIterations");
    expect(Array.from(r.x)).toEqual((e.details as { x: number[] }).x);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => minimizeVmmin(() => NaN, [1])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeVmmin((x) => (x[0]! < 0.5 ? NaN : x[0]! ** 2), [1], { gradient: (x, _f, g) => void (g[0] = 2 * x[0]!) })).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeVmmin(rosenbrock, [1, 1], { gradient: 3 as never })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeVmmin(rosenbrock, [1, 1], { maxit: 3 } as never)).code).toBe("INVALID_ARGUMENT");
  });
});
