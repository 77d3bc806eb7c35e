import { describe, expect, it } from "vitest";
import { beta, pert } from "../index.js";
import { expectQuantileInvertsCdf, expectSampleMoments } from "../../test/statHelpers.js";

describe("pert", () => {
  it("has mean (min + 4·mode + max)/6 and variance (μ − min)(max − μ)/7", () => {
    const d = pert(4, 6, 14);
    expect(d.mean).toBeCloseTo(7, 14);
    expect(d.variance).toBeCloseTo((3 * 7) / 7, 14);
  });

  it("is the beta distribution with shapes 1 + 4(mode − min)/range, 1 + 4(max − mode)/range", () => {
    const d = pert(0, 0.25, 1);
    const b = beta(2, 4);
    for (const x of [0.1, 0.3, 0.7]) {
      expect(d.cdf(x)).toBeCloseTo(b.cdf(x), 14);
      expect(d.pdf(x)).toBeCloseTo(b.pdf(x), 13);
    }
    expect(pert(0, 0.25, 1, { lambda: 2 }).mean).toBeCloseTo((0 + 2 * 0.25 + 1) / 4, 14);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(pert(4, 6, 14)));

  it("quantile inverts cdf", () => expectQuantileInvertsCdf(pert(4, 6, 14)));

  it("rejects bad three-point estimates", () => {
    expect(() => pert(4, 6, 4)).toThrow(/pert: max must be greater than min/);
    expect(() => pert(4, 15, 14)).toThrow(/pert: mode must lie between min and max/);
    expect(() => pert(4, 6, 14, { lambda: 0 })).toThrow(/lambda must be > 0/);
  });
});
