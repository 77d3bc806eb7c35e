import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSimpleUndirected } from "../../test/isSimpleUndirected.js";
import { barabasiAlbert } from "./barabasiAlbert.js";
import { degreeStats } from "./degreeStats.js";
import { erdosRenyi } from "./erdosRenyi.js";

describe("barabasiAlbert", () => {
  it("has m(m+1)/2 + (n−m−1)·m edges and minimum degree m (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 80 }), fc.integer({ min: 1, max: 4 }), fc.nat(), (n, m0, seed) => {
        const m = Math.min(m0, n - 1);
        const g = barabasiAlbert(n, m, { seed });
        expect(g.edges).toBe((m * (m + 1)) / 2 + (n - m - 1) * m);
        expect(degreeStats(g).min).toBe(m);
        expect(isSimpleUndirected(g)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("has the heavy tail P(K ≥ k) ≈ m(m+1)/(k(k+1)) that a Poisson graph lacks", () => {
    const n = 20_000;
    const m = 3;
    const g = barabasiAlbert(n, m, { seed: 1 });
    const s = degreeStats(g);
    expect(s.mean).toBeCloseTo(2 * m, 1);
    for (const k of [10, 20, 40]) {
      const theory = (m * (m + 1)) / (k * (k + 1));
      // n·P(K ≥ k) agents in the tail: allow 5 Poisson standard deviations plus 20% finite-size bias.
      const tol = 5 * Math.sqrt(theory / n) + 0.2 * theory;
      expect(Math.abs((s.ccdf[k] as number) - theory)).toBeLessThan(tol);
    }
    // An Erdős–Rényi graph with the same mean degree has essentially nobody at degree 40:
    // P(Poisson(6) ≥ 40) ≈ 1e-19.
    const er = degreeStats(erdosRenyi(n, 2 * m, { seed: 1 }));
    expect(er.max).toBeLessThan(40);
    expect(s.max).toBeGreaterThan(10 * s.mean);
  });

  it("rejects m < 1 and m ≥ n with DpmError", () => {
    for (const [n, m] of [[10, 0], [10, 10], [1, 1], [10, 2.5]] as const) {
      let caught: unknown;
      try {
        barabasiAlbert(n, m);
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
    expect(() => barabasiAlbert(5, 5)).toThrow(/must be smaller than size \(5\)/);
  });

  it("checks the size limit first: barabasiAlbert(1e9) fails at once instead of an invalid typed-array length", () => {
    const started = performance.now();
    expect(() => barabasiAlbert(1e9, 3)).toThrow(/size must be a whole number between 2 and 10,000,000/);
    expect(() => barabasiAlbert(10_000_000, 50)).toThrow(/links, over the limit of 134217728/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => barabasiAlbert(10, 2, null as never)).toThrow(/options must be an object/);
    expect(() => barabasiAlbert(10, 2, { sed: 1 } as never)).toThrow(/Did you mean "seed"/);
  });
});
