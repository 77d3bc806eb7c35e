import { describe, expect, it } from "vitest";
import { lognormal } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("lognormal", () => {
  it("converts arithmetic mean/sd to the log scale (reference file: mu 1.782949, sigma 0.132746)", () => {
    const d = lognormal({ mean: 6, sd: 0.8 });
    expect(d.params.mu).toBeCloseTo(1.782949, 6);
    expect(d.params.sigma).toBeCloseTo(0.132746, 6);
    expect(d.mean).toBeCloseTo(6, 12);
    expect(d.sd).toBeCloseTo(0.8, 12);
  });

  it("matches R's dlnorm/plnorm/qlnorm", () => {
    const d = lognormal({ mu: 1.782949, sigma: 0.132746 });
    expect(d.pdf(6)).toBeCloseTo(0.49978223854195175, 13); // R 4.2.2: dlnorm(6, 1.782949, 0.132746)
    expect(d.cdf(5)).toBeCloseTo(0.095590922080926219, 14); // plnorm(5, …)
    expect(d.quantile(0.95)).toBeCloseTo(7.3986439954684302, 12); // qlnorm(0.95, …)
    expect(d.pdf(-1)).toBe(0);
    expect(d.cdf(0)).toBe(0);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(lognormal({ mean: 6, sd: 0.8 })));

  it("quantile inverts cdf", () => expectQuantileInvertsCdf(lognormal({ mu: 0, sigma: 1 })));

  it("rejects bad parameters", () => {
    expect(() => lognormal({ mu: 0, sigma: 0 })).toThrow(/lognormal: sigma must be > 0/);
    expect(() => lognormal({ mean: -1, sd: 1 })).toThrow(/mean must be > 0/);
    expect(() => lognormal({ mean: 1, sd: 0 })).toThrow(/sd must be > 0/);
    expect(() => lognormal({} as never)).toThrow(/pass \{ mu, sigma \}/);
  });
});
