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
