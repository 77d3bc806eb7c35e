import { describe, expect, it } from "vitest";
import { silhouetteScore } from "./silhouetteScore.js";

describe("silhouetteScore", () => {
  it("hand-worked value and separation ordering", () => {
    // point 0: a=1, b=10.5; point 1: a=1, b=9.5 → (9.5/10.5 + 8.5/9.5)/2 for both halves
    expect(silhouetteScore([[0], [1], [10], [11]], [0, 0, 1, 1])).toBeCloseTo((9.5 / 10.5 + 8.5 / 9.5) / 2, 12);
    expect(silhouetteScore([[0], [1], [10], [11]], [0, 1, 0, 1])).toBeLessThan(0);
  });
  it("rejects one cluster and mismatched labels", () => {
    expect(() => silhouetteScore([[0], [1]], [0, 0])).toThrow(/2 non-empty/);
    expect(() => silhouetteScore([[0], [1]], [0])).toThrow(/one entry/);
  });
});
