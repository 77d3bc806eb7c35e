import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Frequency } from "./Frequency.js";
import { formatPeriod, period } from "./Period.js";
import { resampleSeries } from "./resampleSeries.js";
import { timeSeries } from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

const DAY_MS = 86_400_000;

/** A daily series of `n` ones starting at a `YYYY-MM-DD` label. */
function dailyOnes(start: string, n: number) {
  return timeSeries(start, new Array<number>(n).fill(1));
}

/** Days from one label to another (exclusive), by the Date oracle. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
}

describe("resampleSeries", () => {
  const monthly = timeSeries("2025-01", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { name: "sales" });

  it("sums months into quarters and years", () => {
    const q = resampleSeries(monthly, "quarter");
    expect(formatPeriod(q.start)).toBe("2025-Q1");
    expect(Array.from(q.values)).toEqual([1 + 2 + 3, 4 + 5 + 6, 7 + 8 + 9, 10 + 11 + 12]);
    expect(q.name).toBe("sales");
    const y = resampleSeries(monthly, "year");
    expect(formatPeriod(y.start)).toBe("2025");
    expect(Array.from(y.values)).toEqual([78]);
  });

  it("runs the documented example", () => {
    expect(Array.from(resampleSeries(timeSeries("2025-01", [10, 20, 30, 40, 50, 60]), "quarter").values)).toEqual([60, 150]);
  });

  it("combines with other aggregations", () => {
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "mean" }).values)).toEqual([2, 5, 8, 11]);
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "last" }).values)).toEqual([3, 6, 9, 12]);
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "first" }).values)).toEqual([1, 4, 7, 10]);
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "max" }).values)).toEqual([3, 6, 9, 12]);
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "min" }).values)).toEqual([1, 4, 7, 10]);
    expect(Array.from(resampleSeries(monthly, "quarter", { aggregate: "count" }).values)).toEqual([3, 3, 3, 3]);
    expect(Array.from(resampleSeries(timeSeries("2024-Q1", [1, 2, 3, 4, 5, 6, 7, 8]), "year", { aggregate: "mean" }).values)).toEqual([2.5, 6.5]);
  });

  it("drops partial first and last quarters unless keepPartial", () => {
    const febToNov = timeSeries("2025-02", [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const q = resampleSeries(febToNov, "quarter");
    expect(formatPeriod(q.start)).toBe("2025-Q2");
    expect(Array.from(q.values)).toEqual([15, 24]);
    const kept = resampleSeries(febToNov, "quarter", { keepPartial: true });
    expect(formatPeriod(kept.start)).toBe("2025-Q1");
    expect(Array.from(kept.values)).toEqual([5, 15, 24, 21]);
  });

  it("drops a daily series' partial first month (starting mid-month) unless keepPartial", () => {
    // 2025-01-15 … 2025-03-31: 17 days of January, all 28 of February, all 31 of March.
    const n = daysBetween("2025-01-15", "2025-04-01");
    expect(n).toBe(76);
    const daily = dailyOnes("2025-01-15", n);
    const m = resampleSeries(daily, "month");
    expect(formatPeriod(m.start)).toBe("2025-02");
    expect(Array.from(m.values)).toEqual([28, 31]);
    const kept = resampleSeries(daily, "month", { keepPartial: true });
    expect(formatPeriod(kept.start)).toBe("2025-01");
    expect(Array.from(kept.values)).toEqual([17, 28, 31]);
  });

  it("keeps a complete leap February and refuses an incomplete one", () => {
    expect(Array.from(resampleSeries(dailyOnes("2024-02-01", 29), "month").values)).toEqual([29]);
    const error = catchDpm(() => resampleSeries(dailyOnes("2024-02-01", 28), "month"));
    expect(error.code).toBe("EMPTY");
    expect(error.message).toContain("keepPartial");
    expect(Array.from(resampleSeries(dailyOnes("2024-02-01", 28), "month", { keepPartial: true }).values)).toEqual([28]);
  });

  it("sums days into ISO weeks, starting on Mondays", () => {
    // 2025-01-06 is the Monday that starts 2025-W02.
    const daily = timeSeries("2025-01-06", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const w = resampleSeries(daily, "week");
    expect(formatPeriod(w.start)).toBe("2025-W02");
    expect(Array.from(w.values)).toEqual([28, 77]);
    // Starting on Tuesday leaves the first week partial.
    const fromTuesday = timeSeries("2025-01-07", [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(Array.from(resampleSeries(fromTuesday, "week").values)).toEqual([77]);
    expect(formatPeriod(resampleSeries(fromTuesday, "week").start)).toBe("2025-W03");
  });

  it("sums days into quarters and years with calendar-correct lengths", () => {
    const y2024 = dailyOnes("2024-01-01", 366);
    expect(Array.from(resampleSeries(y2024, "year").values)).toEqual([366]);
    expect(Array.from(resampleSeries(y2024, "quarter").values)).toEqual([91, 91, 92, 92]);
  });

  it("counts the days of each complete month as the Date oracle does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1700, max: 2300 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 30 }), (y, m, months) => {
        const from = Date.UTC(y, m, 1);
        const to = Date.UTC(y, m + months, 1);
        const daily = dailyOnes(new Date(from).toISOString().slice(0, 10), (to - from) / DAY_MS);
        const out = resampleSeries(daily, "month", { aggregate: "count" });
        const expected = Array.from({ length: months }, (_, k) => (Date.UTC(y, m + k + 1, 1) - Date.UTC(y, m + k, 1)) / DAY_MS);
        expect(Array.from(out.values)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it("preserves the total of a whole-year monthly series", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 60, maxLength: 60 }), (years, xs) => {
        const values = xs.slice(0, years * 12);
        const s = timeSeries("2020-01", values);
        const total = values.reduce((a, b) => a + b, 0);
        for (const f of ["quarter", "year"] as Frequency[]) {
          const r = resampleSeries(s, f);
          expect(Array.from(r.values).reduce((a, b) => a + b, 0)).toBe(total);
          expect(r.length).toBe(f === "quarter" ? years * 4 : years);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("skips missing values; a period with none observed is NaN", () => {
    const s = timeSeries("2025-01", [1, Number.NaN, 3, Number.NaN, Number.NaN, Number.NaN], { allowMissing: true });
    const sum = resampleSeries(s, "quarter");
    expect(sum.values[0]).toBe(4);
    expect(sum.values[1]).toBeNaN();
    expect(resampleSeries(s, "quarter", { aggregate: "mean" }).values[0]).toBe(2);
    expect(Array.from(resampleSeries(s, "quarter", { aggregate: "count" }).values)).toEqual([2, 0]);
  });

  it("returns the series itself when the frequency already matches", () => {
    expect(resampleSeries(monthly, "month")).toBe(monthly);
  });

  it("refuses frequencies that do not nest with FREQUENCY_MISMATCH", () => {
    const weekly = timeSeries("2025-W01", [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const error = catchDpm(() => resampleSeries(weekly, "month"));
    expect(error.code).toBe("FREQUENCY_MISMATCH");
    expect(error.message).toContain("week");
    expect(catchDpm(() => resampleSeries(weekly, "quarter")).code).toBe("FREQUENCY_MISMATCH");
    expect(catchDpm(() => resampleSeries(monthly, "day")).code).toBe("FREQUENCY_MISMATCH");
    expect(catchDpm(() => resampleSeries(monthly, "week")).code).toBe("FREQUENCY_MISMATCH");
    expect(catchDpm(() => resampleSeries(timeSeries("2025", [1]), "quarter")).code).toBe("FREQUENCY_MISMATCH");
  });

  it("throws EMPTY when no complete period remains", () => {
    expect(catchDpm(() => resampleSeries(timeSeries("2025-02", [1, 2]), "quarter")).code).toBe("EMPTY");
    expect(Array.from(resampleSeries(timeSeries("2025-02", [1, 2]), "quarter", { keepPartial: true }).values)).toEqual([3]);
  });

  it("rejects a bad aggregation and a non-series", () => {
    const a = catchDpm(() => resampleSeries(monthly, "quarter", { aggregate: "median" as "sum" }));
    expect([a.code, a.path]).toEqual(["INVALID_ARGUMENT", "aggregate"]);
    const s = catchDpm(() => resampleSeries({ start: period("month", 1), freq: "month", values: new Float64Array(3), length: 3 }, "quarter"));
    expect([s.code, s.path]).toEqual(["INVALID_ARGUMENT", "series"]);
  });
});
