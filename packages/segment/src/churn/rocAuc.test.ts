import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rocAuc } from "./rocAuc.js";

describe("rocAuc", () => {
  it("counts ties as one half", () => {
    expect(rocAuc([0.5, 0.5], [0, 1])).toBe(0.5);
    expect(rocAuc([1, 2, 3, 4], [0, 0, 1, 1])).toBe(1);
  });
  it("property: equals the brute-force pair count", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1 })), { minLength: 2, maxLength: 40 }), (rows) => {
        const s = rows.map((r) => r[0]);
        const l = rows.map((r) => r[1]);
        const pos = s.filter((_, i) => l[i] === 1);
        const neg = s.filter((_, i) => l[i] === 0);
        if (pos.length === 0 || neg.length === 0) return;
        let c = 0;
        for (const p of pos) for (const q of neg) c += p > q ? 1 : p === q ? 0.5 : 0;
        expect(rocAuc(s, l)).toBeCloseTo(c / (pos.length * neg.length), 12);
      }),
      { numRuns: 100 },
    );
  });
  it("rejects a missing class", () => {
    expect(() => rocAuc([1, 2], [1, 1])).toThrow(/both classes/);
  });
});
