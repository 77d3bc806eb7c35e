import { describe, expect, it } from "vitest";
import { nelderMead } from "./nelderMead.js";

const rosenbrock = (x: Float64Array) => 100 * ((x[1] as number) - (x[0] as number) ** 2) ** 2 + (1 - (x[0] as number)) ** 2;

describe("nelderMead", () => {
  it("reproduces R's optim(c(-1.2, 1), fr) step for step (R 4.2.2)", () => {
    const r = nelderMead(rosenbrock, Float64Array.from([-1.2, 1]), { maxit: 500 });
    expect(r.evaluations).toBe(195);
    expect(r.x[0]).toBeCloseTo(1.00026013872567, 13);
    expect(r.x[1]).toBeCloseTo(1.00050599930377, 13);
    expect(r.value).toBeCloseTo(8.82524109672275e-8, 20);
    expect(r.fail).toBe(0);
  });

  it("treats non-finite values as 1e35 like R, and reports a non-finite start", () => {
    // R: optim(c(1, 1), function(x) if (x[1] < 0) Inf else (x[1] - 2)^2 + (x[2] + 1)^2)
    const walled = (x: Float64Array) => ((x[0] as number) < 0 ? Infinity : ((x[0] as number) - 2) ** 2 + ((x[1] as number) + 1) ** 2);
    const r = nelderMead(walled, Float64Array.from([1, 1]), { maxit: 500 });
    expect(r.evaluations).toBe(69);
    expect(r.x[0]).toBeCloseTo(1.99988954900495, 12);
    expect(r.x[1]).toBeCloseTo(-1.00001244003801, 12);
    expect(nelderMead(walled, Float64Array.from([-1, 0]), { maxit: 200 }).fail).toBe(2);
  });

  it("stops at the evaluation limit", () => {
    const r = nelderMead(rosenbrock, Float64Array.from([-1.2, 1]), { maxit: 20 });
    expect(r.fail).toBe(1);
    expect(r.evaluations).toBeLessThanOrEqual(23);
  });
});
