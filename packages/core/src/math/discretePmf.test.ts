import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { binomialPmf, poissonPmf } from "./discretePmf.js";

describe("poissonPmf and binomialPmf", () => {
  it("match 40-digit mpmath values", () => {
    // mpmath 1.3 (dps = 40): exp(-l) l^k / k! and binomial(n, k) p^k (1 − p)^(n−k)
    const pois: [number, number, number][] = [
      [0, 2.5, 0.082084998623898795],
      [7, 3.2, 0.027789259206343496],
      [1000, 1000, 0.0126146113487215],
    ];
    for (const [k, l, r] of pois) expect(Math.abs(poissonPmf(k, l) / r - 1)).toBeLessThan(1e-14);
    const binom: [number, number, number, number][] = [
      [3, 10, 0.3, 0.266827932],
      [500, 1000, 0.5, 0.025225018178360802],
      [0, 20, 0.1, 0.12157665459056927],
      [7, 7, 0.9, 0.47829690000000008],
    ];
    for (const [k, n, p, r] of binom) expect(Math.abs(binomialPmf(k, n, p) / r - 1)).toBeLessThan(1e-14);
  });

  it("sum to 1 over the support (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, p) => {
        let s = 0;
        for (let k = 0; k <= n; k++) s += binomialPmf(k, n, p);
        expect(s).toBeCloseTo(1, 12);
      }),
    );
    let s = 0;
    for (let k = 0; k < 200; k++) s += poissonPmf(k, 40);
    expect(s).toBeCloseTo(1, 13);
  });

  it("reject impossible counts and parameters", () => {
    expect(() => poissonPmf(1.5, 2)).toThrow(/poissonPmf: k must be an integer ≥ 0, got 1.5/);
    expect(() => poissonPmf(1, 0)).toThrow(/poissonPmf: lambda must be a finite number > 0/);
    expect(() => binomialPmf(5, 4, 0.5)).toThrow(/binomialPmf: k must be an integer in \[0, 4\]/);
    expect(() => binomialPmf(1, 4, 1.2)).toThrow(/binomialPmf: p must be a probability in \[0, 1\]/);
  });
});
