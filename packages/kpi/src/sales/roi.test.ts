import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { roi } from "./roi.js";

describe("roi", () => {
  it("is the net gain per unit of cost", () => {
    expect(roi(1_200, 1_000)).toBeCloseTo(0.2, 15);
    expect(roi(0, 1_000)).toBe(-1);
    expect(roi(-500, 1_000)).toBe(-1.5);
  });

  it("throws for zero cost (undefined KPI) and negative cost", () => {
    expect(expectDpm(() => roi(100, 0), "INVALID_ARGUMENT", "cost").details).toMatchObject({ undefinedKpi: true });
    expectDpm(() => roi(100, -5), "INVALID_ARGUMENT", "cost");
    expectDpm(() => roi(Number.NaN, 5), "NON_FINITE", "gain");
  });
});
