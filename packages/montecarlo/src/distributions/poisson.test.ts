import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { poisson } from "../index.js";
import { expectSampleMoments } from "../../test/statHelpers.js";

describe("poisson", () => {
  it("matches R's dpois/ppois/qpois", () => {
    const d = poisson(2.5);
    expect(d.pmf(3)).toBeCloseTo(0.21376301724973648, 15); // R 4.2.2: dpois(3, 2.5)
    expect(d.cdf(3)).toBeCloseTo(0.75757613313306593, 15); // ppois(3, 2.5)
    expect(d.cdf(3.7)).toBe(d.cdf(3));
    expect(d.quantile(0.3)).toBe(2); // qpois(0.3, 2.5)
    expect(poisson(100).cdf(120)).toBeCloseTo(0.97733067092164727, 14); // ppois(120, 100)
    expect(poisson(1000).quantile(0.999)).toBe(1099); // qpois(0.999, 1000)
    expect(poisson(1000).pmf(1000)).toBeCloseTo(0.012614611348721503, 15); // dpois(1000, 1000)
    expect(d.pmf(2.5)).toBe(0);
  });

  it("draws with mean = variance = λ (5 SE) by inversion (λ < 10) and PTRS (λ ≥ 10)", () => {
    expectSampleMoments(poisson(3.2));
    expectSampleMoments(poisson(45));
    expectSampleMoments(poisson(2500), 100_000);
  });

  it("PTRS draws follow the pmf: chi-square goodness of fit", () => {
    const d = poisson(30);
    const n = 100_000;
    const x = d.sample(n, 9);
    const counts = new Map<number, number>();
    for (const k of x) counts.set(k, (counts.get(k) ?? 0) + 1);
    let chi2 = 0;
    let cells = 0;
    for (let k = 15; k <= 45; k++) {
      const e = n * d.pmf(k);
      chi2 += ((counts.get(k) ?? 0) - e) ** 2 / e;
      cells++;
    }
    // 31 cells → χ²₃₁ (tails left out): mean 31, sd √62 ≈ 7.9; 31 + 5·7.9 ≈ 70.
    expect(chi2).toBeLessThan(70);
  });

  it("quantile(cdf(k)) = k", () => {
    const d = poisson(17.5);
    fc.assert(fc.property(fc.integer({ min: 0, max: 60 }), (k) => d.quantile(d.cdf(k)) === k), { seed: 3 });
  });

  it("rejects λ ≤ 0", () => {
    expect(() => poisson(0)).toThrow(/poisson: lambda must be > 0/);
  });
});
