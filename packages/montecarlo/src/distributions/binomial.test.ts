import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomial } from "../index.js";
import { expectSampleMoments } from "../../test/statHelpers.js";

describe("binomial", () => {
  it("matches R's dbinom/pbinom/qbinom", () => {
    const d = binomial(20, 0.35);
    expect(d.pmf(7)).toBeCloseTo(0.18440118638393124, 14); // R 4.2.2: dbinom(7, 20, 0.35)
    expect(d.cdf(7)).toBeCloseTo(0.60102660460316426, 14); // pbinom(7, 20, 0.35)
    expect(d.quantile(0.9)).toBe(10); // qbinom(0.9, 20, 0.35)
    expect(binomial(1000, 0.5).cdf(480)).toBeCloseTo(0.10872414660207072, 14); // pbinom(480, 1000, 0.5)
    expect(binomial(1000, 0.5).quantile(0.01)).toBe(463); // qbinom(0.01, 1000, 0.5)
  });

  it("handles p = 0 and p = 1", () => {
    expect(binomial(5, 0).sample(3, 1)).toEqual(new Float64Array(3));
    expect(binomial(5, 1).sample(2, 1)).toEqual(Float64Array.from([5, 5]));
    expect(binomial(5, 1).pmf(5)).toBe(1);
  });

  it("draws with mean np and variance np(1 − p) (5 SE) by inversion and BTRS, both sides of p = ½", () => {
    expectSampleMoments(binomial(20, 0.2));
    expectSampleMoments(binomial(200, 0.3));
    expectSampleMoments(binomial(5000, 0.9), 100_000);
  });

  it("quantile(cdf(k)) = k", () => {
    const d = binomial(60, 0.42);
    fc.assert(fc.property(fc.integer({ min: 5, max: 40 }), (k) => d.quantile(d.cdf(k)) === k), { seed: 4 });
  });

  it("rejects bad n and p", () => {
    expect(() => binomial(2.5, 0.5)).toThrow(/binomial: n must be an integer ≥ 0/);
    expect(() => binomial(10, 1.2)).toThrow(/binomial: p must be a probability in \[0, 1\], got 1.2/);
  });
});
