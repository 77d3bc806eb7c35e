import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileSketch } from "../index.js";

const type7 = (sorted: Float64Array, p: number) => {
  const h = p * (sorted.length - 1);
  const lo = Math.floor(h);
  return (sorted[lo] as number) + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] as number) - (sorted[lo] as number));
};

describe("quantileSketch", () => {
  it("keeps every percentile within α·max(|x₍ₖ₎|, |x₍ₖ₊₁₎|) of the exact type-7 value", () => {
    // Normal doubles of either sign over 12 orders of magnitude, and zeros (denormals have too few
    // bits for any relative bound).
    const magnitude = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    const value = fc.oneof(magnitude, magnitude.map((x) => -x), fc.constant(0));
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(0.01, 0.001),
        (xs, p, alpha) => {
          const s = quantileSketch({ relativeAccuracy: alpha }).add(xs);
          const sorted = Float64Array.from(xs).sort();
          const h = p * (sorted.length - 1);
          const lo = Math.floor(h);
          const bound = alpha * Math.max(Math.abs(sorted[lo] as number), Math.abs(sorted[Math.min(lo + 1, sorted.length - 1)] as number));
          return Math.abs(s.quantile(p) - type7(sorted, p)) <= bound * (1 + 1e-9) + 1e-300;
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it("merges in any order to the same sketch, and min/max/count are exact", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { maxLength: 50 }), { minLength: 1, maxLength: 6 }), (parts) => {
        const forward = quantileSketch();
        for (const p of parts) forward.merge(quantileSketch().add(p));
        const backward = quantileSketch();
        for (const p of [...parts].reverse()) backward.merge(quantileSketch().add(p));
        const all = parts.flat();
        if (all.length === 0) return forward.count === 0;
        return [0, 0.1, 0.5, 0.77, 1].every((q) => forward.quantile(q) === backward.quantile(q)) && forward.count === all.length && forward.min === Math.min(...all) && forward.max === Math.max(...all);
      }),
      { seed: 18, numRuns: 100 },
    );
  });

  it("stays bounded: values far below the largest collapse into one bucket (absolute error ≤ the threshold)", () => {
    const s = quantileSketch({ relativeAccuracy: 0.01, maxBins: 100 }).add([1e-9, 2e-9, 1, 2, 1e6]);
    // 100 buckets of ratio γ ≈ 1.0202 span a factor e^(100·0.02) ≈ 7.4 below 1e6
    expect(s.count).toBe(5);
    expect(s.quantile(0)).toBe(1e-9); // min stays exact
    expect(s.quantile(0.25)).toBeLessThan(1e6);
    expect(s.quantile(1)).toBe(1e6);
  });

  it("rejects bad settings", () => {
    expect(() => quantileSketch({ relativeAccuracy: 0 })).toThrow(/relativeAccuracy must be in \(0, 0.5\)/);
    expect(() => quantileSketch({ maxBins: 3 })).toThrow(/maxBins must be an integer ≥ 16/);
    expect(() => quantileSketch().add([Number.NaN])).toThrow(/values\[0\] is NaN/);
    expect(() => quantileSketch().add([1]).merge(quantileSketch({ relativeAccuracy: 0.01 }))).toThrow(/same relativeAccuracy/);
  });
});
