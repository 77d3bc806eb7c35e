import { isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isSimpleUndirected } from "../../test/isSimpleUndirected.js";
import { degreeStats } from "./degreeStats.js";
import { wattsStrogatz } from "./wattsStrogatz.js";

describe("wattsStrogatz", () => {
  it("is the ring lattice at beta = 0: i links to i ± 1 … k/2", () => {
    const g = wattsStrogatz(10, 4, 0);
    expect(Array.from(g.targets.subarray(g.offsets[0], g.offsets[1]))).toEqual([1, 2, 8, 9]);
    expect(degreeStats(g).min).toBe(4);
    expect(degreeStats(g).max).toBe(4);
  });

  it("keeps exactly n·k/2 edges (mean degree k) when rewiring, and stays simple (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5, max: 80 }), fc.integer({ min: 1, max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.nat(), (n, h, beta, seed) => {
        const g = wattsStrogatz(n, 2 * h, beta, { seed });
        expect(g.edges).toBe(n * h);
        expect(g.meanDegree).toBe(2 * h);
        expect(isSimpleUndirected(g)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("rewires about a fraction beta of the edges", () => {
    // Each lattice edge is rewired with probability beta, so the number of edges that are no
    // longer lattice edges is Binomial(nk/2, beta) (minus rare redraws onto another lattice edge).
    const n = 20_000;
    const k = 10;
    const beta = 0.1;
    const g = wattsStrogatz(n, k, beta, { seed: 9 });
    let far = 0;
    for (let i = 0; i < n; i++) {
      for (let e = g.offsets[i] as number; e < (g.offsets[i + 1] as number); e++) {
        const j = g.targets[e] as number;
        const ring = Math.min(Math.abs(i - j), n - Math.abs(i - j));
        if (j > i && ring > k / 2) far++;
      }
    }
    const M = (n * k) / 2;
    expect(Math.abs(far - M * beta)).toBeLessThan(5 * Math.sqrt(M * beta * (1 - beta)));
  });

  it("rejects k odd, k ≥ n and beta outside [0, 1] with DpmError", () => {
    for (const f of [() => wattsStrogatz(10, 3, 0.1), () => wattsStrogatz(10, 10, 0.1), () => wattsStrogatz(10, 4, 1.5), () => wattsStrogatz(10, 4, -0.1)]) {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
    expect(() => wattsStrogatz(10, 12, 0.1)).toThrow(/even whole number smaller than size \(10\)/);
  });
});
