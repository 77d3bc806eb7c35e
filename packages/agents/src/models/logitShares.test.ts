import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logitShares } from "./logitShares.js";

describe("logitShares", () => {
  it("matches the closed form for two options: 1 / (1 + e^{−Δ})", () => {
    const [a, b] = logitShares([0.3, 1.1]);
    expect(b).toBeCloseTo(1 / (1 + Math.exp(-0.8)), 15);
    expect(a).toBeCloseTo(1 / (1 + Math.exp(0.8)), 15);
  });

  it("sums to 1 and ignores a common shift of utilities (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 50, noNaN: true }), { minLength: 1, maxLength: 8 }), fc.double({ min: -100, max: 100, noNaN: true }), (u, c) => {
        const s = logitShares(u);
        expect(s.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
        logitShares(u.map((x) => x + c)).forEach((v, j) => expect(v).toBeCloseTo(s[j] as number, 9));
      }),
    );
  });

  it("is stable for huge utilities", () => {
    expect(logitShares([1000, 1000])).toEqual([0.5, 0.5]);
  });

  it("rejects empty and non-finite input with DpmError", () => {
    expect(() => logitShares([])).toThrow(/non-empty/);
    let caught: unknown;
    try {
      logitShares([1, Number.POSITIVE_INFINITY]);
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught, "NON_FINITE")).toBe(true);
  });
});
