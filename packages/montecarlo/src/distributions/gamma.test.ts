import { describe, expect, it } from "vitest";
import { gamma } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("gamma", () => {
  it("matches closed forms: Erlang cdf, P(½, x) = erf(√x) through χ²₁", () => {
    // Erlang(3): P(3, x) = 1 − e^−x (1 + x + x²/2)
    const x = 2.2;
    expect(gamma(3).cdf(x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x + (x * x) / 2), 15);
    expect(gamma(1, { rate: 2 }).cdf(0.7)).toBeCloseTo(1 - Math.exp(-1.4), 15);
    // χ² quantiles: 2·qgamma(0.95, ν/2), R 4.2.2 qchisq(0.95, 1) and qchisq(0.95, 10)
    expect(2 * gamma(0.5).quantile(0.95)).toBeCloseTo(3.841458820694124, 12);
    expect(2 * gamma(5).quantile(0.95)).toBeCloseTo(18.307038053275146, 12);
  });

  it("matches R's dgamma/pgamma/qgamma in both tails", () => {
    expect(gamma(3, { scale: 2 }).pdf(2.5)).toBeCloseTo(0.11191593627351176, 15); // dgamma(2.5, 3, scale = 2)
    expect(gamma(0.5).cdf(2.5)).toBeCloseTo(0.97465268132253169, 15); // pgamma(2.5, 0.5)
    const upper = 1 - gamma(30).cdf(50);
    expect(upper).toBeCloseTo(0.00091682886145608015, 12); // pgamma(50, 30, lower = FALSE)
    expect(gamma(0.3).quantile(0.001) / 6.9726990967833327e-11).toBeCloseTo(1, 10); // qgamma(0.001, 0.3)
    expect(gamma(2, { scale: 3 }).quantile(0.95)).toBeCloseTo(14.231593555171731, 11); // qgamma(0.95, 2, scale = 3)
    expect(gamma(1e4).quantile(0.5)).toBeCloseTo(9999.66666864205, 8); // qgamma(0.5, 1e4)
  });

  it("draws with the right mean and variance (5 SE), for shapes above and below 1", () => {
    expectSampleMoments(gamma(2.5, { scale: 3 }));
    expectSampleMoments(gamma(0.4, { rate: 2 }), 200_000, 5);
  });

  it("quantile inverts cdf", () => {
    expectQuantileInvertsCdf(gamma(2.5));
    expectQuantileInvertsCdf(gamma(0.7, { scale: 10 }));
  });

  it("rejects bad parameters", () => {
    expect(() => gamma(0)).toThrow(/gamma: shape must be > 0/);
    expect(() => gamma(1, { scale: -1 })).toThrow(/scale must be > 0/);
    expect(() => gamma(1, { scale: 1, rate: 1 } as never)).toThrow(/give scale or rate, not both/);
  });
});
