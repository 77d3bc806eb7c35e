import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { trainTestSplit } from "./trainTestSplit.js";

describe("trainTestSplit", () => {
  it("property: a seeded partition of 0..n−1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer(), (n, f, seed) => {
        const s = trainTestSplit(n, { testFraction: f, seed });
        expect(s.train.length + s.test.length).toBe(n);
        expect([...s.train, ...s.test].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        expect([...trainTestSplit(n, { testFraction: f, seed }).test]).toEqual([...s.test]);
      }),
      { numRuns: 50 },
    );
  });
  it("rejects bad fractions", () => {
    expect(() => trainTestSplit(10, { testFraction: 1 })).toThrow(/testFraction/);
  });
});
