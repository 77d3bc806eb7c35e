import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { conversionRate } from "./conversionRate.js";

describe("conversionRate", () => {
  it("is conversions over visitors", () => {
    expect(conversionRate(25, 1_000)).toBe(0.025);
    expect(conversionRate(0, 1_000)).toBe(0);
  });

  it("throws for zero visitors, negative counts and conversions above visitors", () => {
    expectDpm(() => conversionRate(0, 0), "INVALID_ARGUMENT", "visitors");
    expectDpm(() => conversionRate(-1, 10), "INVALID_ARGUMENT", "conversions");
    expectDpm(() => conversionRate(11, 10), "INVALID_ARGUMENT", "conversions");
  });
});
