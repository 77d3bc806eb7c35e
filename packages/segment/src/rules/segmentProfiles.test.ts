import { describe, expect, it } from "vitest";
import { segmentProfiles } from "./segmentProfiles.js";

describe("segmentProfiles", () => {
  const snap = { asOf: "2025-03-31", ids: ["a", "b", "c", "d"], features: { spend: [300, 60, 40, 0], orders: [6, 2, 1, 0] } };
  const seg = { asOf: "2025-03-31", ids: ["a", "b", "c", "d"], segments: ["vip", "base", "base", "lost"] };
  it("sizes, shares and means", () => {
    const p = segmentProfiles(snap, seg, { revenue: "spend" });
    expect(p.map((x) => x.segment)).toEqual(["base", "lost", "vip"]);
    expect(p[0]).toEqual({ segment: "base", size: 2, share: 0.5, revenueShare: 0.25, means: { spend: 50, orders: 1.5 } });
    expect(p.reduce((s, x) => s + x.revenueShare, 0)).toBeCloseTo(1, 12);
  });
  it("rejects mismatched assignments and unknown revenue features", () => {
    expect(() => segmentProfiles(snap, { ...seg, ids: ["a", "b", "d", "c"] })).toThrow(/assignment.ids\[2\]/);
    expect(() => segmentProfiles(snap, seg, { revenue: "sales" })).toThrow(/not a feature/);
  });
});
