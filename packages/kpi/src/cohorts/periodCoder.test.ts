import { FREQUENCIES, periodOf, type Frequency } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { ordinalOfDay, periodOrdinal } from "./periodCoder.js";

const DAY = 86_400_000;
const pad = (n: number, w: number) => String(n).padStart(w, "0");

describe("periodOrdinal", () => {
  it("agrees with @dpm/core periodOf for date strings and Dates of every frequency (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.constantFrom(...FREQUENCIES.filter((f) => f !== "hour")), fc.constantFrom("", "T10:30:00Z", " 08:00"), (day, freq, suffix) => {
        const date = new Date(day * DAY + 12 * 3_600_000);
        const label = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
        fc.pre(date.getUTCFullYear() >= 0 && date.getUTCFullYear() <= 9999);
        const expected = periodOf(label, freq).ordinal;
        expect(periodOrdinal(label + suffix, freq, "t", "d")).toBe(expected);
        expect(periodOrdinal(date, freq, "t", "d")).toBe(expected);
        expect(ordinalOfDay(day, freq)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("handles leap days and ISO week edges", () => {
    expect(periodOrdinal("2024-02-29", "day", "t", "d")).toBe(periodOf("2024-02-29", "day").ordinal);
    expect(periodOrdinal("2024-12-30", "week", "t", "d")).toBe(periodOf("2025-01-01", "week").ordinal); // 2025-W01
    expect(periodOrdinal("2021-01-03", "week", "t", "d")).toBe(periodOf("2020-12-28", "week").ordinal); // 2020-W53
  });

  it("falls back to core for other shapes, with core's semantics", () => {
    expect(periodOrdinal(" 2025-03-14", "month" as Frequency, "t", "d")).toBe(periodOf("2025-03-14", "month").ordinal);
  });

  it("names the row of an unreadable date", () => {
    expectDpm(() => periodOrdinal("2025-02-30", "month", "cohortTable", "transactions[3].date"), "PARSE_ERROR", "transactions[3].date");
    expectDpm(() => periodOrdinal("March 3", "month", "cohortTable", "transactions[3].date"), "PARSE_ERROR", "transactions[3].date");
    expectDpm(() => periodOrdinal(new Date(Number.NaN), "month", "cohortTable", "transactions[0].date"), "PARSE_ERROR", "transactions[0].date");
    expectDpm(() => periodOrdinal(20250101, "month", "cohortTable", "transactions[1].date"), "INVALID_ARGUMENT", "transactions[1].date");
  });
});
