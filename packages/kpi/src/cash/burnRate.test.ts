import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { burnRate } from "./burnRate.js";

describe("burnRate", () => {
  it("is cash used per period, negative when cash grows", () => {
    expect(burnRate(50_000, 44_000)).toBe(6_000);
    expect(burnRate(50_000, 44_000, 2)).toBe(3_000);
    expect(burnRate(50_000, 52_000)).toBe(-2_000);
  });

  it("rejects periods ≤ 0 and non-finite balances", () => {
    expectDpm(() => burnRate(1, 0, 0), "INVALID_ARGUMENT", "periods");
    expectDpm(() => burnRate(Number.NaN, 0), "NON_FINITE", "startingCash");
  });

  it("works over opening and closing balance series", () => {
    const opening = timeSeries("2025-01", [100, 90, 85]);
    const closing = timeSeries("2025-01", [90, 85, 86]);
    expect(Array.from(burnRate(opening, closing).values)).toEqual([10, 5, -1]);
  });
});
