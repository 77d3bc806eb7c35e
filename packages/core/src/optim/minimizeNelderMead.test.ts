import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import reference from "../../reference/optimR.json" with { type: "json" };
import { minimizeNelderMead } from "./minimizeNelderMead.js";

const fns: Record<string, (x: Float64Array) => number> = {
  rosenbrock: (x) => {
    let s = 0;
    for (let i = 0; i < x.length - 1; i++) s += 100 * (x[i + 1]! - x[i]! ** 2) ** 2 + (1 - x[i]!) ** 2;
    return s;
  },
  beale: (x) => (1.5 - x[0]! + x[0]! * x[1]!) ** 2 + (2.25 - x[0]! + x[0]! * x[1]! ** 2) ** 2 + (2.625 - x[0]! + x[0]! * x[1]! ** 3) ** 2,
  himmelblau: (x) => (x[0]! ** 2 + x[1]! - 11) ** 2 + (x[0]! + x[1]! ** 2 - 7) ** 2,
};
const exactTol = (t: number) => (Math.abs(t - Math.sqrt(Number.EPSILON)) < 1e-20 ? Math.sqrt(Number.EPSILON) : t);

describe("minimizeNelderMead", () => {
  it("reproduces R's optim(method = 'Nelder-Mead') step for step: same point, value, evaluation count and code (reference/optimR.R)", () => {
    for (const c of reference.nelderMead) {
      const r = minimizeNelderMead(fns[c.f]!, c.x0, { maxEvaluations: c.maxit, reltol: exactTol(c.reltol), onNotConverged: "return" });
      for (let i = 0; i < c.x0.length; i++) expect(r.x[i]).toBeCloseTo(c.par[i]!, 12);
      expect(r.value).toBeCloseTo(c.value, 13);
      expect(r.evaluations).toBe(c.fncount);
      expect(r.converged).toBe(c.convergence === 0);
      if (c.convergence === 1) expect(r.status).toBe("maxEvaluations");
    }
  });

  it("counts non-finite values as 1e35 (R's rule), so Infinity keeps the simplex inside the domain", () => {
    const f = (x: Float64Array) => (x[0]! <= 0 ? Infinity : x[0]! - Math.log(x[0]!) + (x[1]! - 2) ** 2);
    const r = minimizeNelderMead(f, [0.2, 0], { reltol: 1e-12 });
    expect(r.x[0]).toBeCloseTo(1, 4);
    expect(r.x[1]).toBeCloseTo(2, 4);
  });

  it("uses the given initial steps", () => {
    const a = minimizeNelderMead(fns.himmelblau!, [0, 0], { steps: [1, 1], reltol: 1e-12 });
    const b = minimizeNelderMead(fns.himmelblau!, [0, 0], { reltol: 1e-12 });
    expect(a.evaluations).not.toBe(b.evaluations);
    expect(a.value).toBeLessThan(1e-8);
  });

  it("budget exhausted → NOT_CONVERGED with the best vertex; does not modify x0", () => {
    const x0 = [-1.2, 1];
    const e = catchDpm(() => minimizeNelderMead(fns.rosenbrock!, x0, { maxEvaluations: 50 }));
    expect(e.code).toBe("NOT_CONVERGED");
    expect((e.details as { x: number[] }).x).toHaveLength(2);
    expect(x0).toEqual([-1.2, 1]);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => minimizeNelderMead(() => NaN, [1])).code).toBe("NON_FINITE");
    expect(catchDpm(() => minimizeNelderMead(fns.beale!, [1, 1], { steps: [1] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => minimizeNelderMead(fns.beale!, [1, 1], { maxit: 5 } as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeNelderMead(fns.beale!, [1, 1], { reltol: -1 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => minimizeNelderMead(fns.beale!, "ab" as never)).code).toBe("INVALID_ARGUMENT");
  });
});
