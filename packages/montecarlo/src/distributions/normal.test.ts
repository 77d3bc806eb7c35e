import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { normal } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("normal", () => {
  it("matches R's dnorm/pnorm/qnorm", () => {
    const d = normal(2, 0.5);
    expect(d.pdf(1.3)).toBeCloseTo(0.29945493127148975, 14); // R 4.2.2: dnorm(1.3, 2, 0.5)
    expect(d.cdf(1.3)).toBeCloseTo(0.080756659233771053, 14); // pnorm(1.3, 2, 0.5)
    expect(d.quantile(0.01)).toBeCloseTo(0.83682606297957962, 13); // qnorm(0.01, 2, 0.5)
    expect(normal(0, 1).cdf(-9) / 1.1285884059538408e-19).toBeCloseTo(1, 12); // pnorm(-9): relative accuracy in the tail
    expect(d.mean).toBe(2);
    expect(d.variance).toBe(0.25);
    expect(d.sd).toBe(0.5);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(normal(-3, 2)));

  it("quantile inverts cdf", () => expectQuantileInvertsCdf(normal(100, 15)));

  it("is reproducible per seed and differs between seeds", () => {
    const d = normal(0, 1);
    expect(d.sample(5, 1)).toEqual(d.sample(5, 1));
    expect(d.sample(5, 1)).not.toEqual(d.sample(5, 2));
  });

  it("rejects sd ≤ 0 and non-finite parameters", () => {
    expect(() => normal(0, 0)).toThrow(/normal: sd must be > 0, got 0/);
    expect(() => normal(0, -1)).toThrow(/sd must be > 0/);
    try {
      normal(Number.NaN, 1);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "NON_FINITE")).toBe(true);
    }
    expect(() => normal(0, 1).quantile(1.5)).toThrow(/normal.quantile: p must be a probability/);
    expect(() => normal(0, 1).sample(-1)).toThrow(/count must be an integer ≥ 0/);
  });
});
