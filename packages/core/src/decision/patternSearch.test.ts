import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { patternSearch, type BatchEvaluator } from "./patternSearch.js";

/** A batch evaluator from a pointwise objective and violation. */
const batch = (f: (x: Float64Array) => number, v: (x: Float64Array) => number = () => 0, n = 2): BatchEvaluator => (points, count, objective, violation) => {
  for (let k = 0; k < count; k++) {
    const x = points.subarray(k * n, (k + 1) * n);
    objective[k] = f(x);
    violation[k] = v(x);
  }
};
const at = (x: Float64Array, i: number) => x[i] as number;

describe("patternSearch", () => {
  it("finds the minimum of a smooth bowl and an active bound", () => {
    const r = patternSearch(batch((x) => (at(x, 0) - 1.5) ** 2 + 3 * (at(x, 1) + 2) ** 2), { lower: [-5, -1], upper: [5, 5] });
    expect(r.x[0]).toBeCloseTo(1.5, 6);
    expect(r.x[1]).toBe(-1); // the bound y ≥ −1 is active
    expect(r.status).toBe("converged");
    expect(r.method).toBe("patternSearch");
  });

  it("follows Rosenbrock's valley to (1, 1)", () => {
    const r = patternSearch(batch((x) => 100 * (at(x, 1) - at(x, 0) ** 2) ** 2 + (1 - at(x, 0)) ** 2), { lower: [-2, -2], upper: [2, 2], maxEvaluations: 200_000, maxIterations: 20_000 });
    expect(Math.abs(at(r.x, 0) - 1)).toBeLessThan(1e-3);
    expect(Math.abs(at(r.x, 1) - 1)).toBeLessThan(2e-3);
  });

  it("slides along a binding linear constraint at an angle", () => {
    // min (x − 4)² + (y − 4)² s.t. x + 3y ≤ 5: the projection of (4, 4) onto the line is (2.9, 0.7)
    const r = patternSearch(batch((x) => (at(x, 0) - 4) ** 2 + (at(x, 1) - 4) ** 2, (x) => Math.max(0, at(x, 0) + 3 * at(x, 1) - 5)), { lower: [0, 0], upper: [10, 10] });
    expect(at(r.x, 0)).toBeCloseTo(2.9, 6);
    expect(at(r.x, 1)).toBeCloseTo(0.7, 6);
    expect(r.violation).toBe(0);
  });

  it("enumerates small grids, reports progress and is deterministic", () => {
    const seen: number[] = [];
    const f = batch((x) => Math.abs(at(x, 0) - 2.2) + Math.abs(at(x, 1) - 7));
    const r = patternSearch(f, { lower: [0, 0], upper: [5, 10], steps: [0.5, 1], onProgress: (p) => seen.push(p.evaluations) });
    expect(r.method).toBe("exhaustive");
    expect(Array.from(r.x)).toEqual([2, 7]);
    expect(r.evaluations).toBe(11 * 11);
    expect(seen.at(-1)).toBe(121);
    const cont = { lower: [0, 0], upper: [5, 10] };
    expect(patternSearch(f, cont)).toEqual(patternSearch(f, cont));
  });

  it("prefers any feasible point and otherwise the least violation", () => {
    const r = patternSearch(batch((x) => -at(x, 0), (x) => Math.max(0, 3 - at(x, 0) - at(x, 1))), { lower: [0, 0], upper: [1, 1] });
    expect(r.violation).toBeCloseTo(1, 9); // x = y = 1 is the least violating point
    expect(Array.from(r.x)).toEqual([1, 1]);
  });

  it("rejects bad input", () => {
    const f = batch((x) => at(x, 0));
    expect(catchDpm(() => patternSearch(f, { lower: [1, 0], upper: [0, 1] })).message).toMatch(/lower bound\[0\] \(1\) is above the upper bound/);
    expect(catchDpm(() => patternSearch(f, { lower: [0], upper: [1, 2] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => patternSearch(f, { lower: [], upper: [] })).code).toBe("EMPTY");
    expect(catchDpm(() => patternSearch(f, { lower: [0, 0], upper: [1, 1], steps: [-1, 0] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => patternSearch(f, { lower: [0, 0], upper: [1, Infinity] })).code).toBe("NON_FINITE");
    expect(catchDpm(() => patternSearch(batch(() => Number.NaN), { lower: [0, 0], upper: [1, 1] })).code).toBe("NON_FINITE");
    expect(catchDpm(() => patternSearch(f, { lower: [0, 0], upper: [1, 1], maxEvaluation: 3 } as never)).message).toMatch(/did you mean "maxEvaluations"/i);
    expect(catchDpm(() => patternSearch(f, { lower: [0, 0], upper: [1, 1], tolerance: 2 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => patternSearch("f" as never, { lower: [0], upper: [1] })).code).toBe("INVALID_ARGUMENT");
    const limited = patternSearch(f, { lower: [0, 0], upper: [1, 1], maxEvaluations: 5 });
    expect(limited.status).toBe("maxEvaluations");
    expect(limited.evaluations).toBe(5);
  });
});
