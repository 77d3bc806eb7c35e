import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSimpleUndirected } from "../../test/isSimpleUndirected.js";
import { erdosRenyi } from "./erdosRenyi.js";

describe("erdosRenyi", () => {
  it("has the expected mean degree within 5 standard errors", () => {
    // Edges ~ Binomial(M = n(n−1)/2, p), mean degree = 2E/n, so sd = 2·sqrt(M p (1−p)) / n.
    for (const [n, k] of [[20_000, 6], [2_000, 40]] as const) {
      const g = erdosRenyi(n, k, { seed: 3 });
      const p = k / (n - 1);
      const M = (n * (n - 1)) / 2;
      expect(Math.abs(g.meanDegree - k)).toBeLessThan((5 * 2 * Math.sqrt(M * p * (1 - p))) / n);
    }
  });

  it("is a simple undirected graph and reproducible (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (n, frac, seed) => {
        const g = erdosRenyi(n, frac * (n - 1), { seed });
        expect(isSimpleUndirected(g)).toBe(true);
        expect(Array.from(erdosRenyi(n, frac * (n - 1), { seed }).targets)).toEqual(Array.from(g.targets));
      }),
      { numRuns: 50 },
    );
  });

  it("gives the complete graph at mean degree n − 1 and no edges at 0", () => {
    expect(erdosRenyi(6, 5).edges).toBe(15);
    expect(erdosRenyi(6, 0).edges).toBe(0);
  });

  it("rejects mean degrees that cannot be realised with DpmError", () => {
    for (const [n, k] of [[10, 10], [10, -1], [1, 0], [10, Number.NaN]] as const) {
      let caught: unknown;
      try {
        erdosRenyi(n, k);
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
    expect(() => erdosRenyi(10, 12)).toThrow(/meanDegree must be in \[0, 9\]/);
  });
});
