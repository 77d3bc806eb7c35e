import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { nps } from "./nps.js";
import { npsFromCounts } from "./npsFromCounts.js";

describe("nps", () => {
  it("is % promoters (9–10) minus % detractors (0–6); passives (7–8) only dilute", () => {
    expect(nps([10, 9])).toBe(100);
    expect(nps([0, 6])).toBe(-100);
    expect(nps([7, 8])).toBe(0);
    expect(nps([10, 7, 6, 9])).toBe(25);
    expect(nps(new Uint8Array([9, 9, 9, 1]))).toBe(50);
  });

  it("agrees with npsFromCounts and stays within ±100 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (scores) => {
        const p = scores.filter((s) => s >= 9).length;
        const d = scores.filter((s) => s <= 6).length;
        const value = nps(scores);
        expect(value).toBeCloseTo(npsFromCounts(p, scores.length - p - d, d), 10);
        expect(Math.abs(value)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it("throws EMPTY for no answers and names the first bad answer", () => {
    expectDpm(() => nps([]), "EMPTY", "scores");
    expectDpm(() => nps([9, 11]), "INVALID_ARGUMENT", "scores[1]");
    expectDpm(() => nps([9, 7.5]), "INVALID_ARGUMENT", "scores[1]");
    expectDpm(() => nps([-1]), "INVALID_ARGUMENT", "scores[0]");
    expectDpm(() => nps("9" as never), "INVALID_ARGUMENT", "scores");
  });
});
