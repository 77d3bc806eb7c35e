import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { me } from "./me.js";

describe("me", () => {
  it("is the mean of actual − forecast", () => {
    expect(me([10, 20, 30], [12, 18, 27])).toBeCloseTo((-2 + 2 + 3) / 3, 14);
  });

  it("shifts by c when every forecast is c too low (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (y, c) => {
        expect(me(y, y.map((v) => v - c))).toBeCloseTo(c, 6);
      }),
    );
  });

  it("rejects empty, mismatched and non-finite input", () => {
    expect(catchDpm(() => me([], [])).code).toBe("EMPTY");
    expect(catchDpm(() => me([1, 2], [1])).code).toBe("LENGTH_MISMATCH");
    const e = catchDpm(() => me([1, NaN], [1, 2]));
    expect(e.code).toBe("NON_FINITE");
    expect(e.message).toMatch(/me: actual\[1\]/);
  });
});
