import { describe, expect, it } from "vitest";
import { triangular } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("triangular", () => {
  it("has the reference file's analytic mean and variance (10.333333, 1.055556)", () => {
    const d = triangular(8, 10, 13);
    expect(d.mean).toBeCloseTo(10.333333, 6);
    expect(d.variance).toBeCloseTo(1.055556, 6);
  });

  it("has the closed-form density and cdf", () => {
    const d = triangular(0, 1, 3);
    expect(d.pdf(1)).toBeCloseTo(2 / 3, 15);
    expect(d.pdf(0.5)).toBeCloseTo(1 / 3, 15);
    expect(d.cdf(1)).toBeCloseTo(1 / 3, 15);
    expect(d.cdf(2)).toBeCloseTo(1 - 1 / 6, 15);
    expect(d.quantile(1 / 3)).toBeCloseTo(1, 14);
    expect(triangular(0, 0, 1).pdf(0)).toBe(2); // mode at an end
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(triangular(8, 10, 13)));

  it("quantile inverts cdf", () => {
    expectQuantileInvertsCdf(triangular(8, 10, 13));
    expectQuantileInvertsCdf(triangular(0, 0, 1));
  });

  it("rejects min > max and a mode outside the range", () => {
    expect(() => triangular(5, 6, 4)).toThrow(/triangular: max must be greater than min/);
    expect(() => triangular(0, 5, 4)).toThrow(/triangular: mode must lie between min and max \(0 … 4\), got 5/);
  });
});
