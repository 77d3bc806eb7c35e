import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { cltv } from "./cltv.js";
import { discountedCltv } from "./discountedCltv.js";

/** The definition, summed term by term: Σ_{t=1}^{H} m (1 − c)^{t−1} / (1 + d)^{t − s}, s = 1 for "start". */
function bruteForce(m: number, c: number, d: number, horizon: number, start: boolean): number {
  let sum = 0;
  for (let t = 1; t <= horizon; t++) sum += (m * (1 - c) ** (t - 1)) / (1 + d) ** (start ? t - 1 : t);
  return sum;
}

describe("discountedCltv", () => {
  it("is m / (d + c) for an unbounded horizon with end-of-period margins", () => {
    expect(discountedCltv(100, 0.5, 0.1, 0.15)).toBe(200);
    expect(discountedCltv(100, 0.5, 0.1, 0.15, { timing: "start" })).toBeCloseTo(230, 10);
  });

  it("equals the simple cltv when the discount rate is 0 (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 1, noNaN: true }), (a, m, c) => {
        expect(close(discountedCltv(a, m, c, 0), cltv(a, m, c), 1e-12)).toBe(true);
      }),
    );
  });

  it("matches the term-by-term sum for finite horizons and both timings (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.2, noNaN: true }),
        fc.integer({ min: 1, max: 240 }),
        fc.boolean(),
        (m, c, d, horizon, start) => {
          const got = discountedCltv(m, 1, c, d, { horizon, timing: start ? "start" : "end" });
          expect(close(got, bruteForce(m, c, d, horizon, start), 1e-10)).toBe(true);
        },
      ),
    );
  });

  it("approaches the unbounded value as the horizon grows", () => {
    expect(discountedCltv(20, 1, 0.05, 0.01, { horizon: 2000 })).toBeCloseTo(discountedCltv(20, 1, 0.05, 0.01), 9);
  });

  it("stays finite with zero churn when the discount rate is positive, and with a horizon", () => {
    expect(discountedCltv(10, 1, 0, 0.01)).toBeCloseTo(1000, 9);
    expect(discountedCltv(10, 1, 0, 0, { horizon: 12 })).toBe(120);
  });

  it("throws a clear DpmError when churn and discount are both 0 without a horizon", () => {
    const error = expectDpm(() => discountedCltv(10, 1, 0, 0), "INVALID_ARGUMENT", "churnRate");
    expect(error.message).toContain("horizon");
  });

  it("validates options and inputs", () => {
    expectDpm(() => discountedCltv(10, 1, 0.1, -0.01), "INVALID_ARGUMENT", "discountRate");
    expectDpm(() => discountedCltv(10, 1, 0.1, 0.01, { horizon: 0 }), "INVALID_ARGUMENT", "options.horizon");
    expectDpm(() => discountedCltv(10, 1, 0.1, 0.01, { horizon: 2.5 }), "INVALID_ARGUMENT", "options.horizon");
    expectDpm(() => discountedCltv(10, 1, 0.1, 0.01, { timing: "middle" as never }), "INVALID_ARGUMENT", "options.timing");
  });
});
