import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { latinHypercube, normal } from "../index.js";

describe("latinHypercube", () => {
  it("puts exactly one point in each stratum of every column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 4 }), fc.integer(), (n, k, seed) => {
        for (const col of latinHypercube(n, k, seed)) {
          const seen = new Uint8Array(n);
          for (const u of col) {
            if (!(u >= 0 && u < 1)) return false;
            const b = Math.floor(u * n);
            seen[b] = (seen[b] as number) + 1;
          }
          if (!seen.every((c) => c === 1)) return false;
        }
        return true;
      }),
      { seed: 21, numRuns: 60 },
    );
  });

  it("columns are independent orderings (near-zero rank correlation)", () => {
    const [a, b] = latinHypercube(20_000, 2, 8) as [Float64Array, Float64Array];
    let s = 0;
    for (let i = 0; i < a.length; i++) s += (a[i] as number - 0.5) * (b[i] as number - 0.5);
    // correlation of independent uniforms has SE 1/√n = 0.007; allow 5 SE
    expect(Math.abs((s / a.length) * 12)).toBeLessThan(0.035);
  });

  it("stratification shrinks the error of a mean by orders of magnitude (inversion through quantile)", () => {
    const d = normal(10, 2);
    const [u] = latinHypercube(10_000, 1, 3) as [Float64Array];
    let m = 0;
    for (const x of u) m += d.quantile(x);
    m /= u.length;
    // plain MC: SE = 2/√10,000 = 0.02; LHS of a monotone function: error O(1/n)
    expect(Math.abs(m - 10)).toBeLessThan(0.002);
  });

  it("rejects bad sizes", () => {
    expect(() => latinHypercube(0, 2)).toThrow(/latinHypercube: count must be an integer ≥ 1/);
    expect(() => latinHypercube(5, 0)).toThrow(/dimensions must be an integer ≥ 1/);
  });
});
