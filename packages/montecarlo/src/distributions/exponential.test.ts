import { describe, expect, it } from "vitest";
import { exponential } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("exponential", () => {
  it("matches R's pexp/qexp and the closed forms", () => {
    const d = exponential(0.7);
    expect(d.cdf(3)).toBeCloseTo(0.87754357174701814, 15); // R 4.2.2: pexp(3, 0.7)
    expect(d.quantile(0.99)).toBeCloseTo(6.5788145514115577, 13); // qexp(0.99, 0.7)
    expect(d.mean).toBeCloseTo(1 / 0.7, 15);
    expect(d.variance).toBeCloseTo(1 / 0.49, 15);
    expect(d.pdf(0)).toBe(0.7);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(exponential(3)));

  it("quantile inverts cdf", () => expectQuantileInvertsCdf(exponential(0.2)));

  it("rejects rate ≤ 0", () => {
    expect(() => exponential(0)).toThrow(/exponential: rate must be > 0, got 0/);
  });
});
