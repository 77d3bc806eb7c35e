import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { isDistribution, normal, uniform } from "../index.js";

describe("isDistribution", () => {
  it("recognises distributions and nothing else", () => {
    expect(isDistribution(normal(0, 1))).toBe(true);
    expect(isDistribution({ type: "normal", mean: 0 })).toBe(false);
    expect(isDistribution(null)).toBe(false);
  });

  it("accepts a seed, an Rng or a function as the random source", () => {
    const d = uniform(0, 1);
    // A seed gives exactly the draws of createRng(seed).
    const rng = createRng(99);
    expect(Array.from(d.sample(3, 99))).toEqual([rng.next(), rng.next(), rng.next()]);
    // An Rng advances as it is used.
    const shared = createRng(5);
    expect(d.sample(2, shared)).not.toEqual(d.sample(2, shared));
    // A function is used as it is.
    let k = 0;
    expect(Array.from(d.sample(3, () => (++k) / 4))).toEqual([0.25, 0.5, 0.75]);
    expect(() => d.sample(2, {} as never)).toThrow(/random must be a seed/);
  });
});
