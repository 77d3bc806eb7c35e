import { logGamma } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgNbdLogLikelihood } from "./bgNbdLogLikelihood.js";

describe("bgNbdLogLikelihood", () => {
  it("x = 0 reduces to the NBD zero term log((α/(α+T))^r)", () => {
    // r = α = 1, T = 1: log(1/2)
    expect(bgNbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], T: [1] })).toBeCloseTo(Math.log(0.5), 14);
  });
  it("matches the direct (non-log-space) formula for moderate inputs", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.double({ min: 1, max: 20, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (x, tx, extra) => {
        const p = { r: 0.7, alpha: 3, a: 0.9, b: 2.5 };
        const T = tx + extra;
        const { r, alpha, a, b } = p;
        const A1 = Math.exp(logGamma(r + x) - logGamma(r)) * Math.pow(alpha, r);
        const A2 = Math.exp(logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x));
        const direct = Math.log(A1 * A2 * (Math.pow(alpha + T, -(r + x)) + (a / (b + x - 1)) * Math.pow(alpha + tx, -(r + x))));
        expect(bgNbdLogLikelihood(p, { frequency: [x], recency: [tx], T: [T] })).toBeCloseTo(direct, 8);
      }),
      { numRuns: 50 },
    );
  });
  it("stays finite for very heavy buyers and rejects bad parameters", () => {
    expect(Number.isFinite(bgNbdLogLikelihood({ r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 }, { frequency: [5000], recency: [300], T: [310] }))).toBe(true);
    expect(() => bgNbdLogLikelihood({ r: -1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], T: [1] })).toThrow(/params.r/);
  });
});
