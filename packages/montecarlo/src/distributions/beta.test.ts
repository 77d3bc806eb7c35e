import { describe, expect, it } from "vitest";
import { beta } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("beta", () => {
  it("matches closed forms: I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, integer shapes via the binomial sum", () => {
    expect(beta(3, 1).cdf(0.4)).toBeCloseTo(0.4 ** 3, 15);
    expect(beta(1, 2.5).cdf(0.3)).toBeCloseTo(1 - 0.7 ** 2.5, 15);
    expect(beta(2, 3).cdf(0.5)).toBeCloseTo(11 / 16, 14);
    expect(beta(0.5, 0.5).cdf(0.25)).toBeCloseTo((2 / Math.PI) * Math.asin(Math.sqrt(0.25)), 14); // arcsine law
  });

  it("matches R's dbeta/pbeta/qbeta", () => {
    expect(beta(2.5, 4).pdf(0.3)).toBeCloseTo(2.03426725306907, 12); // R 4.2.2: dbeta(0.3, 2.5, 4)
    expect(beta(2.5, 4).cdf(0.3)).toBeCloseTo(0.35219758590676714, 14); // pbeta(0.3, 2.5, 4)
    expect(beta(0.5, 0.7).quantile(0.05)).toBeCloseTo(0.0039213015298182529, 15); // qbeta(0.05, 0.5, 0.7)
    expect(beta(30, 5).quantile(0.999)).toBeCloseTo(0.97713469666569575, 13); // qbeta(0.999, 30, 5)
    expect(beta(2, 3).quantile(0.5)).toBeCloseTo(0.3857275681323904, 13); // qbeta(0.5, 2, 3)
    // large shapes (Stirling/deviance prefactor): pbeta(0.3, 100, 200), pbeta(0.7, 40, 25, lower = FALSE)
    expect(beta(100, 200).cdf(0.3) / 0.10884306564490982).toBeCloseTo(1, 13);
    expect((1 - beta(40, 25).cdf(0.7)) / 0.076434816170579359).toBeCloseTo(1, 12);
  });

  it("scales to [min, max]", () => {
    const d = beta(2, 3, { min: 10, max: 20 });
    expect(d.mean).toBeCloseTo(14, 14);
    expect(d.cdf(15)).toBeCloseTo(11 / 16, 14);
    expect(d.variance).toBeCloseTo((100 * 6) / (25 * 6), 14);
  });

  it("draws with the right mean and variance (5 SE), also for shapes below 1", () => {
    expectSampleMoments(beta(2, 5));
    expectSampleMoments(beta(0.3, 0.6), 200_000, 3);
  });

  it("quantile inverts cdf", () => {
    expectQuantileInvertsCdf(beta(2.5, 4));
    expectQuantileInvertsCdf(beta(50, 80));
  });

  it("rejects shapes ≤ 0 and an empty range", () => {
    expect(() => beta(0, 1)).toThrow(/beta: alpha must be > 0/);
    expect(() => beta(1, -2)).toThrow(/beta: beta must be > 0/);
    expect(() => beta(1, 2, { min: 3, max: 1 })).toThrow(/max must be greater than min/);
  });
});
