import { describe, expect, it } from "vitest";
import { kmeansElbow } from "./kmeansElbow.js";

describe("kmeansElbow", () => {
  it("inertia falls with k; hand-worked values", () => {
    const e = kmeansElbow([[0], [2], [10], [12], [30]], 1, 3, { restarts: 3 });
    // k=1: mean 10.8 → 116.64+77.44+0.64+1.44+368.64 = 564.8 ; k=3: {0,2},{10,12},{30} → 4
    expect(e[0]!.inertia).toBeCloseTo(564.8, 9);
    expect(e[2]!.inertia).toBeCloseTo(4, 9);
    expect(e[1]!.inertia).toBeLessThan(e[0]!.inertia);
  });
  it("rejects a bad range", () => {
    expect(() => kmeansElbow([[0]], 2, 1)).toThrow(/kMin/);
  });
});
