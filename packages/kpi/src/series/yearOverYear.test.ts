import { formatPeriod, timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { yearLag, yearOverYear } from "./yearOverYear.js";

describe("yearLag", () => {
  it("is one year of periods for each frequency", () => {
    expect(["year", "quarter", "month", "week", "day"].map((f) => yearLag(f as never))).toEqual([1, 4, 12, 52, 364]);
  });

  it("rejects an unknown frequency", () => {
    expectDpm(() => yearLag("hour" as never), "INVALID_ARGUMENT", "freq");
  });
});

describe("yearOverYear", () => {
  it("compares each month with the same month a year earlier", () => {
    const values = Array.from({ length: 14 }, (_, i) => 100 + i);
    const yoy = yearOverYear(timeSeries("2024-01", values));
    expect(formatPeriod(yoy.start)).toBe("2025-01");
    expect(yoy.length).toBe(2);
    expect(yoy.values[0]).toBe(12 / 100);
    expect(yoy.values[1]).toBe(12 / 101);
  });

  it("compares days with the same weekday 364 days earlier", () => {
    const values = Array.from({ length: 366 }, (_, i) => (i < 364 ? 10 : 15));
    const yoy = yearOverYear(timeSeries("2024-03-04", values));
    expect(formatPeriod(yoy.start)).toBe("2025-03-03"); // a Monday, like 2024-03-04
    expect(Array.from(yoy.values)).toEqual([0.5, 0.5]);
  });

  it("supports the difference mode", () => {
    const yoy = yearOverYear(timeSeries("2023", [100, 130]), { mode: "difference" });
    expect(Array.from(yoy.values)).toEqual([30]);
  });

  it("throws TOO_SHORT for a year or less of data and rejects non-series", () => {
    expectDpm(() => yearOverYear(timeSeries("2025-Q1", [1, 2, 3, 4])), "TOO_SHORT", "series");
    expectDpm(() => yearOverYear({} as never), "INVALID_ARGUMENT", "series");
  });
});
