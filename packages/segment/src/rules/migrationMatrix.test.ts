import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { migrationMatrix } from "./migrationMatrix.js";

describe("migrationMatrix", () => {
  const jan = { asOf: "2025-01-31", ids: ["a", "b", "c", "d"], segments: ["new", "new", "vip", "vip"] };
  const feb = { asOf: "2025-02-28", ids: ["d", "c", "b", "a"], segments: ["new", "vip", "new", "vip"] };
  it("counts transitions and row shares", () => {
    const m = migrationMatrix(jan, feb);
    expect(m.rows).toEqual(["new", "vip"]);
    expect(m.counts).toEqual([[1, 1], [1, 1]]);
    expect(m.shares).toEqual([[0.5, 0.5], [0.5, 0.5]]);
  });
  it("tracks new and gone customers on request, errors otherwise", () => {
    const mar = { asOf: "2025-03-31", ids: ["a", "e"], segments: ["vip", "new"] };
    const m = migrationMatrix(feb, mar, { unmatched: "track" });
    expect(m.rows).toEqual(["new", "vip", "(new)"]);
    expect(m.columns).toEqual(["new", "vip", "(gone)"]);
    expect(m.counts).toEqual([[0, 0, 2], [0, 1, 1], [1, 0, 0]]);
    expect(() => migrationMatrix(feb, mar)).toThrow(/unknown in from/);
  });
  it("rejects snapshots out of time order", () => {
    try {
      migrationMatrix(feb, jan);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "NON_MONOTONIC")).toBe(true);
    }
  });
});
