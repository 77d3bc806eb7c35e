import { describe, expect, it } from "vitest";
import { calibrationTable } from "./calibrationTable.js";

describe("calibrationTable", () => {
  it("bins predictions and compares with observed rates", () => {
    const t = calibrationTable([0.05, 0.15, 0.95, 1], [0, 1, 1, 1], 10);
    expect(t).toHaveLength(10);
    expect(t[0]).toEqual({ lower: 0, upper: 0.1, count: 1, meanPredicted: 0.05, observedRate: 0 });
    expect(t[9]!.count).toBe(2);
    expect(t.reduce((s, b) => s + b.count, 0)).toBe(4);
  });
  it("rejects probabilities outside [0, 1]", () => {
    expect(() => calibrationTable([1.2], [1])).toThrow(/\[0, 1\]/);
  });
});
