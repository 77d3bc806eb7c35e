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
    expect(() => latinHypercube(0, 2)).toThrow(/latinHypercube: count must be an integer between 1 and/);
    expect(() => latinHypercube(5, 0)).toThrow(/dimensions must be an integer between 1 and/);
  });

  it("checks the size limit first (1e9 and 1e12 points fail at once, not after allocating)", () => {
    const started = performance.now();
    expect(() => latinHypercube(1e9, 1)).toThrow(/count must be an integer between 1 and 134217728, got 1000000000/);
    expect(() => latinHypercube(1e12, 1)).toThrow(/count must be an integer between 1 and 134217728/);
    expect(() => latinHypercube(2 ** 20, 2 ** 8)).toThrow(/over the limit/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it("rejects a random source returning NaN, 1.5 or only zeros instead of returning NaN", () => {
    expect(() => latinHypercube(4, 2, () => Number.NaN)).toThrow(/random source returned NaN; it must return uniforms in \[0, 1\)/);
    expect(() => latinHypercube(4, 2, () => 1.5)).toThrow(/returned 1.5/);
    expect(() => latinHypercube(4, 2, () => 0)).toThrow(/returned 0 sixty-four times/);
    expect(() => latinHypercube(4, 2, () => 1)).toThrow(/returned 1;/);
  });
});
