import { describe, expect, it } from "vitest";
import { exponential, gamma, lognormal, normal, poisson, truncate, uniform } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("truncate", () => {
  it("half-normal: mean √(2/π), variance 1 − 2/π", () => {
    const d = truncate(normal(0, 1), { lower: 0 });
    expect(d.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    expect(d.variance).toBeCloseTo(1 - 2 / Math.PI, 14);
    expect(d.pdf(0.5)).toBeCloseTo(2 * normal(0, 1).pdf(0.5), 15);
    expect(d.pdf(-0.5)).toBe(0);
  });

  it("exponential truncated at a is a + exponential (memorylessness)", () => {
    const d = truncate(exponential(2), { lower: 3 });
    expect(d.mean).toBeCloseTo(3.5, 10); // numeric quadrature path
    expect(d.variance).toBeCloseTo(0.25, 10);
    expect(d.quantile(0.5)).toBeCloseTo(3 + Math.LN2 / 2, 12);
  });

  it("a uniform truncated is a narrower uniform", () => {
    const d = truncate(uniform(0, 10), { lower: 2, upper: 4 });
    expect(d.mean).toBeCloseTo(3, 12);
    expect(d.variance).toBeCloseTo(4 / 12, 12);
    expect(d.support).toEqual([2, 4]);
  });

  it("stays accurate deep in a tail", () => {
    const d = truncate(normal(0, 1), { lower: 8 });
    // For large a the truncated normal is ≈ a + Exp(a): median ≈ 8 + ln2/8
    expect(d.quantile(0.5)).toBeGreaterThan(8);
    expect(d.quantile(0.5)).toBeCloseTo(8 + Math.LN2 / 8, 2);
    expect(d.cdf(d.quantile(0.3))).toBeCloseTo(0.3, 10);
  });

  it("draws within the bounds with the right mean and variance (5 SE)", () => {
    const d = truncate(lognormal({ mean: 6, sd: 2 }), { lower: 4, upper: 9 });
    const x = d.sample(50_000, 2);
    expect(Math.min(...x)).toBeGreaterThanOrEqual(4);
    expect(Math.max(...x)).toBeLessThanOrEqual(9);
    expectSampleMoments(d);
    expectSampleMoments(truncate(normal(10_000, 1_500), { lower: 0 }));
  });

  it("quantile inverts cdf", () => {
    expectQuantileInvertsCdf(truncate(gamma(2), { upper: 3 }));
    expectQuantileInvertsCdf(truncate(normal(0, 1), { lower: -1, upper: 2 }));
  });

  it("rejects discrete distributions, empty intervals and missing bounds", () => {
    expect(() => truncate(poisson(3) as never, { lower: 1 })).toThrow(/only continuous distributions can be truncated/);
    expect(() => truncate(normal(0, 1), { lower: 2, upper: 1 })).toThrow(/lower must be less than upper/);
    expect(() => truncate(uniform(0, 1), { lower: 2 })).toThrow(/has no probability/);
    expect(() => truncate(normal(0, 1), {})).toThrow(/give lower and\/or upper/);
  });
});
