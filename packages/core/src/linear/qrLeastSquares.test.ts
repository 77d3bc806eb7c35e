import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { qrLeastSquares } from "./qrLeastSquares.js";

describe("qrLeastSquares", () => {
  it("solves the normal equations: X'(y − Xb) = 0 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })), { minLength: 6, maxLength: 30 }), (rows) => {
        const one = new Float64Array(rows.length).fill(1);
        const x = Float64Array.from(rows, (r) => r[0]);
        const z = Float64Array.from(rows, (r) => r[1]);
        const y = Float64Array.from(rows, (r) => r[2]);
        const fit = qrLeastSquares([one, x, z], y);
        if (fit.rank < 3) return;
        for (const c of [one, x, z]) {
          let s = 0;
          let scale = 0;
          for (let i = 0; i < y.length; i++) {
            s += c[i]! * fit.residuals[i]!;
            scale += Math.abs(c[i]! * y[i]!);
          }
          expect(Math.abs(s)).toBeLessThan(1e-9 * (1 + scale));
        }
      }),
    );
  });

  it("drops a collinear column to the end and writes it in terms of the others", () => {
    const one = new Float64Array([1, 1, 1, 1, 1]);
    const x = new Float64Array([1, 2, 3, 4, 5]);
    const both = x.map((v) => 3 - 2 * v);
    const z = new Float64Array([0, 1, 0, 0, 1]);
    const fit = qrLeastSquares([one, x, both, z], new Float64Array([1, 2, 2, 4, 5]));
    expect(fit.rank).toBe(3);
    expect(Array.from(fit.pivot)).toEqual([0, 1, 3, 2]);
    expect(fit.coef[2]).toBe(0);
    const dep = fit.dependencies[0]!;
    expect(dep[0]).toBeCloseTo(3, 10);
    expect(dep[1]).toBeCloseTo(-2, 10);
    expect(dep[3]).toBeCloseTo(0, 10);
  });

  it("rejects malformed and non-finite input with DpmError", () => {
    const x = new Float64Array([1, 2, 3]);
    expect(catchDpm(() => qrLeastSquares([x], new Float64Array([1, NaN, 2]))).code).toBe("NON_FINITE");
    expect(catchDpm(() => qrLeastSquares([new Float64Array([1, Infinity, 3])], x)).code).toBe("NON_FINITE");
    expect(catchDpm(() => qrLeastSquares([new Float64Array([1, 2])], x)).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => qrLeastSquares(null as never, x)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => qrLeastSquares([x], undefined as never)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => qrLeastSquares([x], x, 0)).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => qrLeastSquares([new Float64Array([1e308, 1e308, 1e308])], new Float64Array([1e308, -1e308, 1e308]))).code).toBe("NON_FINITE");
  });

  it("does not mutate its inputs", () => {
    const x = new Float64Array([1, 2, 3]);
    const y = new Float64Array([2, 4, 7]);
    qrLeastSquares([x], y);
    expect(Array.from(x)).toEqual([1, 2, 3]);
    expect(Array.from(y)).toEqual([2, 4, 7]);
  });
});
