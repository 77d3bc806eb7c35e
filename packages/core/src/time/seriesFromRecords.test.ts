import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isDpmError } from "../errors/DpmError.js";
import type { Aggregation } from "./aggregate.js";
import type { Frequency } from "./Frequency.js";
import { formatPeriod } from "./Period.js";
import { seriesFromRecords, type DatedValue, type GapPolicy } from "./seriesFromRecords.js";
import { catchDpm } from "../../test/catchDpm.js";

/** Compares arrays where NaN must meet NaN. */
function expectValues(actual: ArrayLike<number>, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    if (Number.isNaN(expected[i])) expect(actual[i], `index ${i}`).toBeNaN();
    else expect(actual[i], `index ${i}`).toBeCloseTo(expected[i] as number, 12);
  }
}

// A small hand-worked data set, monthly:
//   2025-01: 10, 30, 20   → sum 60, mean 20, count 3, first 10, last 20, min 10, max 30
//   2025-02: 5            → 5 for every aggregation, count 1
//   2025-03: no rows      → a gap
//   2025-04: 7, 3         → sum 10, mean 5, count 2, first 7, last 3, min 3, max 7
const ROWS: DatedValue[] = [
  { date: "2025-01-05", value: 10 },
  { date: "2025-01-20", value: 30 },
  { date: "2025-01-31", value: 20 },
  { date: "2025-02-10", value: 5 },
  { date: "2025-04-01", value: 7 },
  { date: "2025-04-15", value: 3 },
];
const NAN = Number.NaN;
const BY_AGGREGATION: Record<Aggregation, number[]> = {
  sum: [60, 5, NAN, 10],
  mean: [20, 5, NAN, 5],
  count: [3, 1, 0, 2],
  first: [10, 5, NAN, 7],
  last: [20, 5, NAN, 3],
  min: [10, 5, NAN, 3],
  max: [30, 5, NAN, 7],
};

describe("seriesFromRecords", () => {
  for (const aggregate of Object.keys(BY_AGGREGATION) as Aggregation[]) {
    it(`combines rows in a period with ${aggregate}`, () => {
      const { series, gaps, counts } = seriesFromRecords(ROWS, { freq: "month", aggregate, gaps: "missing" });
      expect(formatPeriod(series.start)).toBe("2025-01");
      expect(series.freq).toBe("month");
      expectValues(series.values, BY_AGGREGATION[aggregate]);
      expect(gaps.map(formatPeriod)).toEqual(["2025-03"]);
      expect(Array.from(counts)).toEqual([3, 1, 0, 2]);
    });
  }

  it("sums by default and runs the documented daily example", () => {
    const { series, gaps } = seriesFromRecords(
      [
        { date: "2025-03-01", value: 120 },
        { date: "2025-03-01", value: 30 },
        { date: "2025-03-03", value: 95 },
      ],
      { freq: "day", gaps: "zero" },
    );
    expect(Array.from(series.values)).toEqual([150, 0, 95]);
    expect(gaps.map(formatPeriod)).toEqual(["2025-03-02"]);
  });

  it("counts rows without reading values, and reports count-0 periods without a GAP error", () => {
    const rows = [{ date: "2025-01-02" }, { date: "2025-01-09" }, { date: "2025-03-01" }];
    const { series, gaps } = seriesFromRecords(rows, { freq: "month", aggregate: "count", date: (r) => r.date });
    expect(Array.from(series.values)).toEqual([2, 0, 1]);
    expect(gaps.map(formatPeriod)).toEqual(["2025-02"]);
  });

  describe("gap policies", () => {
    it("error (the default): throws GAP listing the missing periods", () => {
      const error = catchDpm(() => seriesFromRecords(ROWS, { freq: "month" }));
      expect(error.code).toBe("GAP");
      expect(error.message).toContain("2025-03");
      expect(error.details?.["gaps"]).toEqual(["2025-03"]);
    });

    it("error: lists the first five gaps and the total when there are more", () => {
      const rows = [
        { date: "2025-01-15", value: 1 },
        { date: "2025-09-15", value: 2 },
      ];
      const error = catchDpm(() => seriesFromRecords(rows, { freq: "month", gaps: "error" }));
      expect(error.code).toBe("GAP");
      for (const m of ["2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]) expect(error.message).toContain(m);
      expect(error.message).not.toContain("2025-07");
      expect(error.message).toContain("(7 in all)");
      expect(error.details?.["gaps"]).toEqual(["2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08"]);
    });

    const sparse = [
      { date: "2025-01-10", value: 10 },
      { date: "2025-04-10", value: 40 },
      { date: "2025-05-10", value: 20 },
    ];
    const cases: [GapPolicy, number[]][] = [
      ["zero", [10, 0, 0, 40, 20]],
      ["missing", [10, NAN, NAN, 40, 20]],
      ["previous", [10, 10, 10, 40, 20]],
      ["interpolate", [10, 20, 30, 40, 20]],
    ];
    for (const [policy, expected] of cases) {
      it(`${policy}: fills interior gaps`, () => {
        const { series, gaps } = seriesFromRecords(sparse, { freq: "month", gaps: policy });
        expectValues(series.values, expected);
        expect(gaps.map(formatPeriod)).toEqual(["2025-02", "2025-03"]);
      });
    }

    it("interpolate: fills a single gap at the midpoint", () => {
      const { series } = seriesFromRecords(ROWS, { freq: "month", gaps: "interpolate" });
      expectValues(series.values, [60, 5, 7.5, 10]);
    });

    it("interpolate: draws non-integer steps across uneven gaps", () => {
      const rows = [
        { date: "2025-01-01", value: 1 },
        { date: "2025-01-05", value: 2 },
        { date: "2025-01-06", value: 5 },
      ];
      const { series } = seriesFromRecords(rows, { freq: "day", gaps: "interpolate" });
      expectValues(series.values, [1, 1.25, 1.5, 1.75, 2, 5]);
    });
  });

  describe("start and end extension", () => {
    const rows = [
      { date: "2025-01-10", value: 10 },
      { date: "2025-02-10", value: 20 },
    ];

    it("extends the series back to start and forward to end, reporting the new periods as gaps", () => {
      const { series, gaps, counts } = seriesFromRecords(rows, { freq: "month", gaps: "missing", start: "2024-11", end: "2025-04" });
      expect(formatPeriod(series.start)).toBe("2024-11");
      expectValues(series.values, [NAN, NAN, 10, 20, NAN, NAN]);
      expect(gaps.map(formatPeriod)).toEqual(["2024-11", "2024-12", "2025-03", "2025-04"]);
      expect(Array.from(counts)).toEqual([0, 0, 1, 1, 0, 0]);
    });

    it("previous: leading periods take the first observation, trailing ones carry the last", () => {
      const { series } = seriesFromRecords(rows, { freq: "month", gaps: "previous", start: "2024-11", end: "2025-04" });
      expectValues(series.values, [10, 10, 10, 20, 20, 20]);
    });

    it("interpolate: leading and trailing periods hold the nearest observation", () => {
      const { series } = seriesFromRecords(rows, { freq: "month", gaps: "interpolate", start: "2024-11", end: "2025-04" });
      expectValues(series.values, [10, 10, 10, 20, 20, 20]);
    });

    it("zero: trailing periods are 0", () => {
      const { series } = seriesFromRecords(rows, { freq: "month", gaps: "zero", end: "2025-04" });
      expectValues(series.values, [10, 20, 0, 0]);
    });

    it("zero: leading periods are 0 too (no rows means nothing sold)", () => {
      // GapPolicy documents "zero" as "fill with 0"; only "previous" and "interpolate" are
      // documented to take the first observed value before the first row.
      const { series } = seriesFromRecords(rows, { freq: "month", gaps: "zero", start: "2024-11" });
      expectValues(series.values, [0, 0, 10, 20]);
    });

    it("accepts start and end as finer labels or Dates, and never shrinks the data's range", () => {
      const { series } = seriesFromRecords(rows, {
        freq: "month",
        gaps: "missing",
        start: "2024-12-25",
        end: new Date(Date.UTC(2025, 2, 3)),
      });
      expect(formatPeriod(series.start)).toBe("2024-12");
      expect(series.length).toBe(4);
      const inner = seriesFromRecords(rows, { freq: "month", start: "2025-02", end: "2025-01" });
      expect(formatPeriod(inner.series.start)).toBe("2025-01");
      expect(Array.from(inner.series.values)).toEqual([10, 20]);
    });

    it("rejects a start of a frequency that does not fit", () => {
      expect(catchDpm(() => seriesFromRecords(rows, { freq: "month", start: "2024-W50" })).code).toBe("FREQUENCY_MISMATCH");
    });
  });

  describe("ordering", () => {
    const unordered = [
      { date: "2025-01-05", value: 1 },
      { date: "2025-02-07", value: 2 },
      { date: "2025-01-03", value: 4 },
    ];

    it("throws NON_MONOTONIC naming both rows when a row is dated before its predecessor", () => {
      const error = catchDpm(() => seriesFromRecords(unordered, { freq: "month" }));
      expect(error.code).toBe("NON_MONOTONIC");
      expect(error.message).toContain("row 2");
      expect(error.message).toContain("row 1");
      expect(error.message).toContain("2025-01-03");
      expect(error.message).toContain("2025-02-07");
      expect(error.path).toBe("records[2].date");
    });

    it("detects disorder within one period, not just across periods", () => {
      const error = catchDpm(() =>
        seriesFromRecords(
          [
            { date: "2025-01-09", value: 1 },
            { date: "2025-01-08", value: 1 },
          ],
          { freq: "month" },
        ),
      );
      expect(error.code).toBe("NON_MONOTONIC");
    });

    it("accepts equal dates in a row", () => {
      const { series } = seriesFromRecords(
        [
          { date: "2025-01-09", value: 1 },
          { date: "2025-01-09", value: 2 },
        ],
        { freq: "day" },
      );
      expect(Array.from(series.values)).toEqual([3]);
    });

    it("sort: true buckets out-of-order rows correctly", () => {
      const { series } = seriesFromRecords(unordered, { freq: "month", sort: true });
      expect(formatPeriod(series.start)).toBe("2025-01");
      expect(Array.from(series.values)).toEqual([5, 2]);
    });

    it("sort: true gives the same series as pre-sorted rows for any shuffle (sum, count, min, max, mean)", () => {
      const sorted = [
        { date: "2025-01-01", value: 3 },
        { date: "2025-01-15", value: -2 },
        { date: "2025-02-01", value: 8 },
        { date: "2025-02-28", value: 1 },
        { date: "2025-03-31", value: 4 },
      ];
      fc.assert(
        fc.property(fc.shuffledSubarray(sorted, { minLength: sorted.length, maxLength: sorted.length }), (shuffled) => {
          for (const aggregate of ["sum", "count", "min", "max", "mean"] as Aggregation[]) {
            const want = seriesFromRecords(sorted, { freq: "month", aggregate });
            const got = seriesFromRecords(shuffled, { freq: "month", aggregate, sort: true });
            expect(Array.from(got.series.values)).toEqual(Array.from(want.series.values));
          }
        }),
        { numRuns: 50 },
      );
    });
  });

  describe("bad rows", () => {
    it("throws PARSE_ERROR naming the row with a bad date", () => {
      const rows = [
        { date: "2025-01-01", value: 1 },
        { date: "2025-01-02", value: 1 },
        { date: "2025-02-30", value: 1 },
      ];
      const error = catchDpm(() => seriesFromRecords(rows, { freq: "day" }));
      expect(error.code).toBe("PARSE_ERROR");
      expect(error.path).toBe("records[2].date");
      expect(error.message).toContain("row 2");
      expect(error.message).toContain("2025-02-30");
      expect(isDpmError(error.cause, "PARSE_ERROR")).toBe(true);
    });

    it("throws PARSE_ERROR for invalid Dates and non-date values", () => {
      for (const bad of [new Date(Number.NaN), "yesterday", 20250101, null]) {
        const rows = [{ date: "2025-01-01", value: 1 }, { date: bad as string, value: 1 }];
        const error = catchDpm(() => seriesFromRecords(rows, { freq: "day" }));
        expect(error.code).toBe("PARSE_ERROR");
        expect(error.path).toBe("records[1].date");
      }
    });

    it("throws NON_FINITE naming the row with a NaN, infinite or non-number value", () => {
      for (const bad of [Number.NaN, Infinity, "five", "", undefined, 10n]) {
        const rows = [
          { date: "2025-01-01", value: 1 },
          { date: "2025-01-02", value: bad as number },
        ];
        const error = catchDpm(() => seriesFromRecords(rows, { freq: "day" }));
        expect(error.code).toBe("NON_FINITE");
        expect(error.path).toBe("records[1].value");
        expect(error.message).toContain("row 1");
        expect(error.details?.["index"]).toBe(1);
      }
    });

    it("throws EMPTY for no rows and INVALID_ARGUMENT for a non-array", () => {
      expect(catchDpm(() => seriesFromRecords([], { freq: "day" })).code).toBe("EMPTY");
      const error = catchDpm(() => seriesFromRecords({ length: 1 } as unknown as DatedValue[], { freq: "day" }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("records");
    });

    it("rejects unknown freq, aggregate and gap policy with INVALID_ARGUMENT naming the option", () => {
      const f = catchDpm(() => seriesFromRecords(ROWS, { freq: "minute" as "day" }));
      expect([f.code, f.path]).toEqual(["INVALID_ARGUMENT", "freq"]);
      const a = catchDpm(() => seriesFromRecords(ROWS, { freq: "day", aggregate: "median" as "sum" }));
      expect([a.code, a.path]).toEqual(["INVALID_ARGUMENT", "aggregate"]);
      const g = catchDpm(() => seriesFromRecords(ROWS, { freq: "day", gaps: "drop" as "zero" }));
      expect([g.code, g.path]).toEqual(["INVALID_ARGUMENT", "gaps"]);
    });
  });

  describe("column names", () => {
    const rows = [
      { day: "2025-03-01", sales: "120.5" },
      { day: "2025-03-02", sales: 80 },
      { day: "2025-03-03", sales: " 7 " },
    ];

    it("reads the named date and value columns, converting numeric text to numbers", () => {
      const { series } = seriesFromRecords(rows, { freq: "day", date: "day", value: "sales" });
      expect(Array.from(series.values)).toEqual([120.5, 80, 7]);
    });

    it("says which option to use when a row has no value or a value that is not a number", () => {
      // (the types already refuse these calls; plain JavaScript callers get the message)
      const untyped = seriesFromRecords as (records: unknown, options: unknown) => unknown;
      const missing = catchDpm(() => untyped(rows, { freq: "day", date: "day" }));
      expect([missing.code, missing.path]).toEqual(["NON_FINITE", "records[0].value"]);
      expect(missing.message).toContain('{ value: "sales" }');
      const text = catchDpm(() => seriesFromRecords([{ day: "2025-03-01", sales: "n/a" }], { freq: "day", date: "day", value: "sales" }));
      expect(text.message).toContain('column "sales"');
      expect(text.message).toContain("{ value: (row) => number }");
      const noDate = catchDpm(() => untyped(rows, { freq: "day", value: "sales" }));
      expect([noDate.code, noDate.path]).toEqual(["PARSE_ERROR", "records[0].date"]);
      expect(noDate.message).toContain('{ date: "day" }');
    });

    it("looks columns up as own properties only, and rejects options that are neither names nor functions", () => {
      const polluted = catchDpm(() => seriesFromRecords(rows, { freq: "day", date: "constructor" as "day", value: "sales" }));
      expect(polluted.code).toBe("PARSE_ERROR");
      const bad = catchDpm(() => seriesFromRecords(rows, { freq: "day", date: 3 as unknown as "day", value: "sales" }));
      expect([bad.code, bad.path]).toEqual(["INVALID_ARGUMENT", "options.date"]);
      const row = catchDpm(() => seriesFromRecords([null] as never, { freq: "day" }));
      expect([row.code, row.path]).toEqual(["INVALID_ARGUMENT", "records[0]"]);
    });
  });

  it("reads rows through custom accessors", () => {
    interface Sale {
      readonly ts: string;
      readonly amount: { readonly gross: number };
    }
    const sales: Sale[] = [
      { ts: "2025-01-31T22:00:00Z", amount: { gross: 4 } },
      { ts: "2025-02-01T01:00:00Z", amount: { gross: 6 } },
      { ts: "2025-02-14", amount: { gross: 1 } },
    ];
    const { series } = seriesFromRecords(sales, { freq: "month", date: (s) => s.ts, value: (s) => s.amount.gross, name: "gross" });
    expect(Array.from(series.values)).toEqual([4, 7]);
    expect(series.name).toBe("gross");
  });

  it("reads Date objects in UTC", () => {
    const rows = [
      { date: new Date(Date.UTC(2025, 0, 31, 23, 59)), value: 1 },
      { date: new Date(Date.UTC(2025, 1, 1, 0, 1)), value: 2 },
    ];
    const { series } = seriesFromRecords(rows, { freq: "month" });
    expect(formatPeriod(series.start)).toBe("2025-01");
    expect(Array.from(series.values)).toEqual([1, 2]);
  });

  it("buckets ISO weeks across a year boundary without inventing a gap", () => {
    const rows = [
      { date: "2020-12-31", value: 1 }, // 2020-W53
      { date: "2021-01-03", value: 2 }, // 2020-W53
      { date: "2021-01-04", value: 4 }, // 2021-W01
    ];
    const { series, gaps } = seriesFromRecords(rows, { freq: "week" });
    expect(formatPeriod(series.start)).toBe("2020-W53");
    expect(Array.from(series.values)).toEqual([3, 4]);
    expect(gaps).toEqual([]);
  });

  it("preserves the total of a sum over days, months, quarters and years", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 800 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 40 }),
        fc.constantFrom<Frequency>("day", "week", "month", "quarter", "year"),
        (pairs, freq) => {
          const base = Date.UTC(2023, 0, 1);
          const rows = pairs
            .map(([d, v]) => ({ date: new Date(base + d * 86_400_000).toISOString().slice(0, 10), value: v }))
            .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
          const { series, counts } = seriesFromRecords(rows, { freq, gaps: "zero" });
          const total = rows.reduce((s, r) => s + r.value, 0);
          expect(Array.from(series.values).reduce((s, v) => s + v, 0)).toBe(total);
          expect(Array.from(counts).reduce((s, c) => s + c, 0)).toBe(rows.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});
