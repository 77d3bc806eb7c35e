import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quantileScores } from "./quantileScores.js";

describe("quantileScores", () => {
  it("hand-worked quintiles with ties", () => {
    // below-counts 6,0,2,2,9,7,1,8,2,5 and above-counts 3,9,5,5,0,2,8,1,5,4 → 1+floor(5c/10)
    expect([...quantileScores([5, 1, 3, 3, 9, 7, 2, 8, 3, 4])]).toEqual([4, 1, 2, 2, 5, 4, 1, 5, 2, 3]);
    expect([...quantileScores([5, 1, 3, 3, 9, 7, 2, 8, 3, 4], { reverse: true })]).toEqual([2, 5, 3, 3, 1, 2, 5, 1, 3, 3]);
  });
  it("rejects bad input", () => {
    expect(() => quantileScores([])).toThrow(/empty/);
    expect(() => quantileScores([1, Number.NaN])).toThrow();
    expect(() => quantileScores([1], { bins: 1 })).toThrow(/bins/);
  });
  it("property: scores in 1..bins, monotone in the value, ties equal", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 60 }), (v) => {
        const s = quantileScores(v);
        for (let i = 0; i < v.length; i++) {
          expect(s[i]! >= 1 && s[i]! <= 5).toBe(true);
          for (let j = 0; j < v.length; j++) if (v[i]! <= v[j]!) expect(s[i]! <= s[j]!).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
