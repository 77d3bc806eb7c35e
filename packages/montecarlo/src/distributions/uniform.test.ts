import { describe, expect, it } from "vitest";
import { uniform } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("uniform", () => {
  it("has the closed-form moments and cdf", () => {
    const d = uniform(20_000, 30_000);
    expect(d.mean).toBe(25_000);
    expect(d.variance).toBeCloseTo(10_000 ** 2 / 12, 6);
    expect(d.cdf(22_500)).toBe(0.25);
    expect(d.pdf(25_000)).toBe(1e-4);
    expect(d.pdf(19_999)).toBe(0);
    expect(d.support).toEqual([20_000, 30_000]);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(uniform(-1, 3)));

  it("quantile inverts cdf", () => expectQuantileInvertsCdf(uniform(2, 5)));

  it("rejects min ≥ max", () => {
    expect(() => uniform(3, 3)).toThrow(/uniform: max must be greater than min, got min = 3 and max = 3/);
    expect(() => uniform(4, 3)).toThrow(/max must be greater than min/);
  });
});
