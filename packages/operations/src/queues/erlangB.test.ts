import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { erlangB } from "./erlangB.js";

describe("erlangB", () => {
  it("matches the closed form a^c/c! / Σ a^k/k!", () => {
    const closed = (a: number, c: number) => {
      let sum = 0;
      let term = 1;
      for (let k = 0; k <= c; k++) {
        if (k > 0) term *= a / k;
        sum += term;
      }
      return term / sum;
    };
    for (const [a, c] of [[2, 3], [10, 12], [0.5, 1], [30, 25]] as const) expect(erlangB(a, { servers: c })).toBeCloseTo(closed(a, c), 12);
    expect(erlangB(0, { servers: 3 })).toBe(0);
    expect(erlangB(5, { servers: 0 })).toBe(1);
  });
  it("rejects a negative load", () => {
    expectDpm(() => erlangB(-1, { servers: 3 }), "INVALID_ARGUMENT", "load");
  });
});
