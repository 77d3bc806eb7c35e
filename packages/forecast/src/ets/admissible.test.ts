import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { admissible, rootsWithin } from "./admissible.js";

/** Coefficients (increasing powers) of Π (z − r_i) for real roots. */
function fromRoots(roots: number[]): Float64Array {
  let c = [1];
  for (const r of roots) {
    const next = new Array<number>(c.length + 1).fill(0);
    for (let i = 0; i < c.length; i++) {
      next[i + 1] = (next[i + 1] as number) + (c[i] as number);
      next[i] = (next[i] as number) - r * (c[i] as number);
    }
    c = next;
  }
  return Float64Array.from(c);
}

describe("rootsWithin", () => {
  it("agrees with the largest root modulus of polynomials built from known roots (property)", () => {
    const work = new Float64Array(64);
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1.6, max: 1.6, noNaN: true }), { minLength: 1, maxLength: 12 }), (roots) => {
        const max = Math.max(...roots.map(Math.abs));
        fc.pre(Math.abs(max - 1) > 1e-6);
        expect(rootsWithin(fromRoots(roots), 1, work)).toBe(max < 1);
      }),
    );
  });

  it("handles complex roots: z² + 0.81 (|z| = 0.9) and z² + 1.21 (|z| = 1.1)", () => {
    const work = new Float64Array(8);
    expect(rootsWithin(Float64Array.from([0.81, 0, 1]), 1, work)).toBe(true);
    expect(rootsWithin(Float64Array.from([1.21, 0, 1]), 1, work)).toBe(false);
  });
});

describe("admissible", () => {
  const poly = new Float64Array(32);
  const work = new Float64Array(64);

  it("accepts the usual region of simple exponential smoothing and Holt's method", () => {
    expect(admissible(0.5, 0, NaN, 1, 1, poly, work)).toBe(true);
    expect(admissible(1.9, 0, NaN, 1, 1, poly, work)).toBe(true); // admissible is wider than (0, 1)
    expect(admissible(2.1, 0, NaN, 1, 1, poly, work)).toBe(false);
    expect(admissible(0.5, 3.1, NaN, 1, 1, poly, work)).toBe(false); // β > (1 + φ)(2 − α)
  });

  it("accepts R's fitted seasonal models and rejects γ beyond 1 + 1/φ − α", () => {
    // ETS(A,A,A) on ldeaths and ETS(M,A,M) on UKgas (r_fits.json) are admissible.
    expect(admissible(0.00419985, 0.00419608, 0.00762354, 1, 12, poly, work)).toBe(true);
    expect(admissible(0.0305369, 0.0305364, 0.623839, 1, 4, poly, work)).toBe(true);
    expect(admissible(0.5, 0.1, 1.6, 1, 4, poly, work)).toBe(false);
  });

  it("rejects a seasonal model whose characteristic polynomial has a root outside the unit circle", () => {
    // α + β large with small γ: the trend-season interaction is unstable for m = 12.
    expect(admissible(0.99, 0.99, 0.005, 1, 12, poly, work)).toBe(false);
  });
});
