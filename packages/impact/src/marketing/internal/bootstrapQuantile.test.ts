import { describe, expect, it } from "vitest";
import { bootstrapQuantile } from "./bootstrapQuantile.js";

describe("bootstrapQuantile", () => {
  it("is unbiased for the quantile at any number of draws: E[U_(i)] = i/(B + 1), so on those expectations it returns p", () => {
    for (const B of [10, 40, 100, 199]) {
      const expected = Float64Array.from({ length: B }, (_, i) => (i + 1) / (B + 1));
      for (const p of [0.05, 0.1, 0.5, 0.9, 0.95]) if (p >= 1 / (B + 1) && p <= B / (B + 1)) expect(bootstrapQuantile(expected, p)).toBeCloseTo(p, 12);
    }
    // The interval between the 5 % and 95 % bounds has expected content 0.9; type 7 would give 85.6 % at B = 40.
    const B = 40;
    const expected = Float64Array.from({ length: B }, (_, i) => (i + 1) / (B + 1));
    expect(bootstrapQuantile(expected, 0.95) - bootstrapQuantile(expected, 0.05)).toBeCloseTo(0.9, 12);
    const h7 = (p: number) => 1 + (B - 1) * p; // type-7 1-based position
    expect((h7(0.95) - h7(0.05)) / (B + 1)).toBeCloseTo(0.856, 3);
  });
  it("clamps to the sample outside [1/(B + 1), B/(B + 1)] and is NaN for no draws", () => {
    const s = Float64Array.of(1, 2, 3);
    expect(bootstrapQuantile(s, 0.01)).toBe(1);
    expect(bootstrapQuantile(s, 0.99)).toBe(3);
    expect(bootstrapQuantile(s, 0.5)).toBe(2);
    expect(bootstrapQuantile(new Float64Array(0), 0.5)).toBeNaN();
  });
});
