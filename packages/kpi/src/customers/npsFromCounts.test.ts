import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { npsFromCounts } from "./npsFromCounts.js";

describe("npsFromCounts", () => {
  it("is 100 × (promoters − detractors) / total", () => {
    expect(npsFromCounts(60, 25, 15)).toBe(45);
    expect(npsFromCounts(0, 10, 0)).toBe(0);
  });

  it("throws when there are no answers (undefined KPI) and for negative counts", () => {
    expect(expectDpm(() => npsFromCounts(0, 0, 0), "INVALID_ARGUMENT", "promoters").details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => npsFromCounts(1, -1, 0), "INVALID_ARGUMENT", "passives");
  });

  it("tracks weekly NPS over series", () => {
    const w = (xs: number[]) => timeSeries("2025-W10", xs);
    expect(Array.from(npsFromCounts(w([6, 8]), w([2, 1]), w([2, 1])).values)).toEqual([40, 70]);
  });
});
