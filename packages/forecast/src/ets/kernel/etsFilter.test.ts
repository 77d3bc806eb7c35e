import { describe, expect, it } from "vitest";
import { ADD, NONE } from "./codes.js";
import { etsFilter } from "./etsFilter.js";

describe("etsFilter", () => {
  it("with α = 1 the level is the last observation and fitted values are the naive forecasts", () => {
    const y = Float64Array.from([5, 7, 6, 9, 8]);
    const r = etsFilter(y, ADD, NONE, NONE, 1, 0, 0, 1, Float64Array.from([5]), 1);
    expect(Array.from(r.states)).toEqual([5, 5, 7, 6, 9, 8]);
    expect(Array.from(r.fitted)).toEqual([5, 5, 7, 6, 9]);
    expect(Array.from(r.residuals)).toEqual([0, 2, -1, 3, -1]);
  });

  it("stores seasonal states newest first (R's s1 … sm)", () => {
    // α = γ = 0: the season just rotates; after one step s1 is the state used at t = 1
    const x0 = Float64Array.from([10, 1, 2, 3]); // l, s0 (newest), s1, s2 (oldest, used first)
    const r = etsFilter(Float64Array.from([13, 12]), ADD, NONE, ADD, 1e-12, 0, 0, 1, x0, 3);
    expect(r.fitted[0]).toBeCloseTo(13, 9);
    expect(Array.from(r.states.subarray(4, 8)).map((v) => Math.round(v * 1e6) / 1e6)).toEqual([10, 3, 1, 2]);
    expect(r.fitted[1]).toBeCloseTo(12, 9);
  });
});
