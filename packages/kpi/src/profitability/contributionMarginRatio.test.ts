import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { contributionMargin } from "./contributionMargin.js";
import { contributionMarginRatio } from "./contributionMarginRatio.js";

describe("contributionMarginRatio", () => {
  it("is the contribution margin as a share of revenue", () => {
    expect(contributionMarginRatio(200, 50)).toBe(0.75);
  });

  it("equals contributionMargin / revenue (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), (r, v) => {
        expect(close(contributionMarginRatio(r, v), contributionMargin(r, v) / r, 1e-12)).toBe(true);
      }),
    );
  });

  it("throws for zero revenue (undefined KPI) and negative costs", () => {
    expectDpm(() => contributionMarginRatio(0, 0), "INVALID_ARGUMENT", "revenue");
    expectDpm(() => contributionMarginRatio(10, -1), "INVALID_ARGUMENT", "variableCosts");
  });
});
