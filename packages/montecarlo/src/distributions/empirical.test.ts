import { describe, expect, it } from "vitest";
import { empirical, normal } from "../index.js";
import { expectMomentsNear, expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("empirical", () => {
  it("without smoothing is the data, each with probability 1/n", () => {
    const d = empirical([5, 1, 4, 2, 3]);
    expect(d.discrete).toBe(true);
    expect(d.mean).toBe(3);
    expect(d.variance).toBe(2); // population variance of the data
    expect(d.quantile(0.4)).toBe(2);
    expect(d.cdf(3.5)).toBe(0.6);
    expectSampleMoments(d);
  });

  it("with a Gaussian kernel has variance s² + h² and a smooth cdf", () => {
    const data = [180, 220, 200, 240, 160];
    const d = empirical(data, { smoothing: "kernel", bandwidth: 10 });
    expect(d.discrete).toBe(false);
    expect(d.variance).toBeCloseTo(900, 10);
    // cdf is the mean of the kernels' cdfs
    const x = 205;
    const expected = data.reduce((s, v) => s + normal(v, 10).cdf(x), 0) / data.length;
    expect(d.cdf(x)).toBeCloseTo(expected, 15);
    expectSampleMoments(d);
    expectQuantileInvertsCdf(d, 1e-8);
  });

  it("chooses Silverman's bandwidth by default", () => {
    const data = normal(0, 1).sample(500, 3);
    const d = empirical(data, { smoothing: "kernel" });
    const h = d.params.bandwidth as number;
    // 0.9·min(sd, IQR/1.34)·n^(−1/5) with sd ≈ IQR/1.34 ≈ 1 for normal data → ≈ 0.9·500^(−0.2) = 0.2597
    expect(h).toBeGreaterThan(0.2);
    expect(h).toBeLessThan(0.32);
    expectMomentsNear(d.sample(100_000, 1), d.mean, d.variance);
  });

  it("rejects empty data, constant data with smoothing and bad bandwidths", () => {
    expect(() => empirical([])).toThrow(/empirical: data is empty/);
    expect(() => empirical([3, 3, 3], { smoothing: "kernel" })).toThrow(/needs data with some spread/);
    expect(() => empirical([1, 2], { smoothing: "kernel", bandwidth: -1 })).toThrow(/bandwidth must be > 0/);
    expect(() => empirical([1, 2], { smoothing: "box" as never })).toThrow(/smoothing must be "none" or "kernel"/);
  });
});
