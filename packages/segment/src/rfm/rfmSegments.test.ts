import { describe, expect, it } from "vitest";
import { DEFAULT_RFM_RULES, rfmSegments } from "./rfmSegments.js";

describe("rfmSegments", () => {
  const scores = { ids: ["a", "b", "c", "d", "e"], r: Uint8Array.of(5, 1, 5, 2, 3), f: Uint8Array.of(5, 5, 1, 1, 3), m: Uint8Array.of(1, 1, 1, 1, 1) };
  it("applies the default rules, first match wins", () => {
    expect(rfmSegments(scores)).toEqual(["champions", "at risk", "potential loyalists", "hibernating", "loyal"]);
    expect(DEFAULT_RFM_RULES.length).toBeGreaterThan(5);
  });
  it("accepts user rules and a fallback", () => {
    expect(rfmSegments(scores, { rules: [{ name: "top", f: [5, 5] }], fallback: "rest" })).toEqual(["top", "top", "rest", "rest", "rest"]);
  });
  it("rejects bad rules", () => {
    expect(() => rfmSegments(scores, { rules: [{ name: "", r: [1, 2] }] })).toThrow(/name/);
    expect(() => rfmSegments(scores, { rules: [{ name: "x", r: [3, 2] }] })).toThrow(/min ≤ max/);
  });
});
