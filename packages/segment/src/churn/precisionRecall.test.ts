import { describe, expect, it } from "vitest";
import { precisionRecall } from "./precisionRecall.js";

describe("precisionRecall", () => {
  it("hand-worked confusion counts", () => {
    expect(precisionRecall([0.9, 0.6, 0.2, 0.7, 0.4], [1, 0, 0, 1, 1], 0.5)).toEqual({ tp: 2, fp: 1, fn: 1, tn: 1, precision: 2 / 3, recall: 2 / 3 });
    expect(precisionRecall([0.1], [1], 0.5).precision).toBe(0);
  });
  it("rejects mismatched lengths", () => {
    expect(() => precisionRecall([0.1, 0.2], [1])).toThrow(/same length/);
  });
});
