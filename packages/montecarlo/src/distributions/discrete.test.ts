import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discrete } from "../index.js";
import { expectSampleMoments } from "../../test/statHelpers.js";

describe("discrete", () => {
  it("normalises weights, merges repeated values and has exact moments", () => {
    const d = discrete([3, 1, 3, 2], [1, 2, 1, 4]);
    expect(d.pmf(3)).toBe(0.25);
    expect(d.pmf(1)).toBe(0.25);
    expect(d.pmf(2.5)).toBe(0);
    expect(d.cdf(2)).toBe(0.75);
    expect(d.mean).toBe(2);
    expect(d.variance).toBe(0.5);
    expect(d.quantile(0.25)).toBe(1);
    expect(d.quantile(0.2500001)).toBe(2);
    expect(d.support).toEqual([1, 3]);
  });

  it("draws with the right mean and variance (5 SE)", () => expectSampleMoments(discrete([0, 0.05, 0.15], [5, 3, 2])));

  it("quantile(cdf(x)) = x for every value", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 12 }), (values) => {
        const d = discrete(values, values.map((_, i) => i + 1));
        return values.every((v) => d.quantile(d.cdf(v)) === v);
      }),
      { seed: 5 },
    );
  });

  it("rejects bad weights with actionable messages", () => {
    expect(() => discrete([1, 2], [0, 0])).toThrow(/discrete: weights must sum to a positive number, got 0/);
    expect(() => discrete([1, 2], [1, -1])).toThrow(/weights\[1\] is -1; weights must be ≥ 0/);
    try {
      discrete([1, 2], [1]);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "LENGTH_MISMATCH")).toBe(true);
    }
    expect(() => discrete([])).toThrow(/values is empty/);
  });
});
