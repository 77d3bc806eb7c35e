import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { mae } from "./mae.js";
import { rmse } from "./rmse.js";

describe("rmse", () => {
  it("is the root mean squared error", () => {
    expect(rmse([10, 20, 30], [12, 18, 27])).toBeCloseTo(Math.sqrt(17 / 3), 14);
  });

  it("is at least the MAE, with equality for constant absolute errors (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 40 }), (y) => {
        const f = y.map((v, i) => v + Math.sin(i) * 3);
        expect(rmse(y, f)).toBeGreaterThanOrEqual(mae(y, f) * (1 - 1e-12));
        const g = y.map((v, i) => v + (i % 2 === 0 ? 2 : -2));
        expect(rmse(y, g)).toBeCloseTo(2, 9);
      }),
    );
  });

  it("rejects Infinity", () => {
    expect(catchDpm(() => rmse([1, 2], [1, Infinity])).code).toBe("NON_FINITE");
  });
});

describe("rmse near the ends of double range", () => {
  it("does not overflow or underflow for values scaled by 1e300 or 1e-300 (scale-equivariant)", () => {
    const y = [1, 2, 3, 4];
    const f = [1.5, 1, 3.5, 6];
    const base = rmse(y, f);
    expect(rmse(y.map((v) => v * 1e300), f.map((v) => v * 1e300)) / 1e300).toBeCloseTo(base, 12);
    expect(rmse(y.map((v) => v * 1e-300), f.map((v) => v * 1e-300)) / 1e-300).toBeCloseTo(base, 12);
  });
});
