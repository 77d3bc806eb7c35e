import { describe, expect, it } from "vitest";
import { standardize } from "./standardize.js";

describe("standardize", () => {
  it("z-score: mean 0, sd 1 per feature", () => {
    const r = standardize([[1, 10], [2, 20], [3, 60]]);
    expect([...r.center]).toEqual([2, 30]);
    const col = [r.data[1]!, r.data[3]!, r.data[5]!];
    expect(col.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 12);
    expect(col.reduce((a, b) => a + b * b, 0) / 3).toBeCloseTo(1, 12);
  });
  it("robust: median / IQR", () => {
    const r = standardize([[1], [2], [3], [4], [100]], { method: "robust" });
    expect(r.center[0]).toBe(3);
    expect(r.scale[0]).toBe(2);
  });
  it("rejects all-identical features", () => {
    expect(() => standardize([[1, 5], [2, 5]])).toThrow(/feature 1 has zero spread/);
  });
});
