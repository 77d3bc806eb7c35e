import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgNbdProbabilityAlive } from "./bgNbdProbabilityAlive.js";

const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

describe("bgNbdProbabilityAlive", () => {
  it("matches the direct formula", () => {
    const direct = 1 / (1 + (p.a / (p.b + 2 - 1)) * Math.pow((p.alpha + 38.86) / (p.alpha + 30.43), p.r + 2));
    expect(bgNbdProbabilityAlive(p, 2, 30.43, 38.86)).toBeCloseTo(direct, 14);
  });
  it("property: in [0, 1], no overflow for heavy buyers, decreasing in time since the last purchase", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0.1, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (x, tx, gap) => {
        const a = bgNbdProbabilityAlive(p, x, tx, tx + gap);
        const b = bgNbdProbabilityAlive(p, x, tx, tx + gap + 1);
        expect(a >= 0 && a <= 1 && !Number.isNaN(a)).toBe(true);
        expect(b <= a).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
  it("rejects inconsistent histories", () => {
    expect(() => bgNbdProbabilityAlive(p, 1.5, 1, 2)).toThrow(/whole number/);
  });
});
