import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { minimizeBfgs } from "./minimizeBfgs.js";
import { withNumericGradient } from "./withNumericGradient.js";

describe("withNumericGradient", () => {
  it("matches the analytic gradient of a smooth function to ~1e−9", () => {
    const f = (x: Float64Array) => Math.exp(x[0]!) * Math.sin(x[1]!) + x[0]! * x[1]! ** 3;
    const fg = withNumericGradient(f);
    const g = new Float64Array(2);
    const x = Float64Array.of(0.7, -1.3);
    expect(fg(x, g)).toBe(f(x));
    expect(g[0]).toBeCloseTo(Math.exp(0.7) * Math.sin(-1.3) + (-1.3) ** 3, 8);
    expect(g[1]).toBeCloseTo(Math.exp(0.7) * Math.cos(-1.3) + 3 * 0.7 * 1.3 ** 2, 8);
  });

  it("stays inside the box: one-sided differences at a bound", () => {
    const seen: number[] = [];
    const f = (x: Float64Array) => {
      seen.push(x[0]!);
      return Math.sqrt(x[0]!) + x[0]!;
    };
    const g = new Float64Array(1);
    withNumericGradient(f, { lower: [0] })(Float64Array.of(0), g);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0);
    expect(g[0]).toBeGreaterThan(1);
  });

  it("lets the quasi-Newton minimisers work without a gradient (Himmelblau → (3, 2))", () => {
    const f = (x: Float64Array) => (x[0]! ** 2 + x[1]! - 11) ** 2 + (x[0]! + x[1]! ** 2 - 7) ** 2;
    const r = minimizeBfgs(withNumericGradient(f), [2.5, 2.5], { gtol: 1e-7 });
    expect(r.x[0]).toBeCloseTo(3, 6);
    expect(r.x[1]).toBeCloseTo(2, 6);
  });

  it("rejects bad input", () => {
    expect(catchDpm(() => withNumericGradient(1 as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => withNumericGradient((x) => x[0]!, { step: 0 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => withNumericGradient((x) => x[0]!, { lower: 3 as never })).code).toBe("INVALID_ARGUMENT");
  });
});
