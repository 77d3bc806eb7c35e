import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { breakEvenUnits } from "./breakEvenUnits.js";

describe("breakEvenUnits", () => {
  it("is fixed costs over unit contribution", () => {
    expect(breakEvenUnits(10_000, 25, 15)).toBe(1_000);
    expect(breakEvenUnits(0, 25, 15)).toBe(0);
  });

  it("makes profit zero at the break-even volume (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0.01, max: 100, noNaN: true }), (fixed, cost, markup) => {
        const price = cost + markup;
        const units = breakEvenUnits(fixed, price, cost);
        expect(close(units * price - units * cost - fixed, 0, 1e-7 * Math.max(1, fixed))).toBe(true);
      }),
    );
  });

  it("throws NO_SOLUTION when every unit loses money", () => {
    const error = expectDpm(() => breakEvenUnits(10_000, 10, 12), "NO_SOLUTION", "price");
    expect(error.message).toContain("no volume breaks even");
    expectDpm(() => breakEvenUnits(10_000, 10, 10), "NO_SOLUTION", "price");
  });

  it("rejects negative inputs", () => {
    expectDpm(() => breakEvenUnits(-1, 10, 5), "INVALID_ARGUMENT", "fixedCosts");
    expectDpm(() => breakEvenUnits(1, 10, -5), "INVALID_ARGUMENT", "variableCostPerUnit");
  });
});
