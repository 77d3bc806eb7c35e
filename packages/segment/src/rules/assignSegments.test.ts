import { describe, expect, it } from "vitest";
import { assignSegments } from "./assignSegments.js";

describe("assignSegments", () => {
  const rules = [
    { name: "vip", when: (f: Readonly<Record<string, number>>) => f.spend! >= 100 },
    { name: "active", when: (f: Readonly<Record<string, number>>) => f.orders! >= 2 },
  ];
  it("re-evaluates segments on each snapshot", () => {
    const s1 = { asOf: "2025-01-31", ids: ["a", "b", "c"], features: { spend: [150, 50, 10], orders: [1, 3, 1] } };
    const s2 = { asOf: "2025-02-28", ids: ["a", "b", "c"], features: { spend: [150, 120, 10], orders: [1, 4, 2] } };
    expect(assignSegments(s1, rules).segments).toEqual(["vip", "active", "other"]);
    expect(assignSegments(s2, rules, { fallback: "dormant" }).segments).toEqual(["vip", "vip", "active"]);
  });
  it("rejects bad snapshots and rules", () => {
    expect(() => assignSegments({ asOf: "2025-01-31", ids: ["a"], features: { spend: [Number.NaN] } }, rules)).toThrow(/finite/);
    expect(() => assignSegments({ asOf: "2025-01-31", ids: ["a"], features: { spend: [1, 2] } }, rules)).toThrow(/values for 1 ids/);
    expect(() => assignSegments({ asOf: "Jan", ids: [], features: {} }, rules)).toThrow(/asOf/);
    expect(() => assignSegments({ asOf: "2025-01-31", ids: [], features: {} }, [{ name: "x" } as never])).toThrow(/rules\[0\]/);
  });
});
