import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FREQUENCIES, seasonalPeriod, seasonalPeriods } from "./Frequency.js";
import {
  addPeriods,
  daysInPeriod,
  formatPeriod,
  parsePeriod,
  period,
  periodOf,
  periodRange,
  periodStartDate,
  seasonPosition,
  toPeriod,
} from "./Period.js";
import { resampleSeries } from "./resampleSeries.js";
import { seriesFromRecords } from "./seriesFromRecords.js";
import { timeSeries } from "./TimeSeries.js";
import { parseCsv } from "../io/parseCsv.js";
import { seriesFromColumns } from "../io/seriesFromColumns.js";
import { catchDpm } from "../../test/catchDpm.js";

// The "hour" frequency: ordinals count hours since 1970-01-01T00 UTC.
describe("hour periods", () => {
  it("is a frequency with seasonal period 24 and candidates [24, 168]", () => {
    expect(FREQUENCIES).toContain("hour");
    expect(seasonalPeriod("hour")).toBe(24);
    expect(seasonalPeriods("hour")).toEqual([24, 168]);
    expect(seasonalPeriods("day")).toEqual([7, 365.25]);
    expect(catchDpm(() => seasonalPeriods("constructor" as never)).code).toBe("INVALID_ARGUMENT");
  });

  it("parses and formats YYYY-MM-DDTHH labels; the ordinal matches Date.UTC", () => {
    const p = parsePeriod("2026-12-07T08");
    expect(p.freq).toBe("hour");
    expect(p.ordinal).toBe(Date.UTC(2026, 11, 7, 8) / 3_600_000);
    expect(formatPeriod(p)).toBe("2026-12-07T08");
    expect(formatPeriod(parsePeriod("2026-12-07 23"))).toBe("2026-12-07T23");
    expect(formatPeriod(period("hour", -1))).toBe("1969-12-31T23");
    for (const bad of ["2026-12-07T24", "2026-12-07T8", "2026-02-30T01", "2026-12-07T08:00"]) {
      expect(catchDpm(() => parsePeriod(bad)).code, bad).toBe("PARSE_ERROR");
    }
  });

  it("round-trips labels for any hour (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 70_000_000 }), (o) => {
        const p = period("hour", o);
        expect(parsePeriod(formatPeriod(p)).ordinal).toBe(o);
        expect(formatPeriod(p)).toBe(new Date(o * 3_600_000).toISOString().slice(0, 13));
      }),
      { numRuns: 300 },
    );
  });

  it("reads timestamps and Dates with periodOf and toPeriod (UTC)", () => {
    const want = parsePeriod("2025-03-14T08").ordinal;
    for (const t of ["2025-03-14T08", "2025-03-14 08:30", "2025-03-14T08:59:59.999Z", "2025-03-14T08:00:00+00:00", new Date(Date.UTC(2025, 2, 14, 8, 45))]) {
      expect(periodOf(t, "hour").ordinal, String(t)).toBe(want);
    }
    expect(toPeriod("2025-03-14T08:15", "hour").ordinal).toBe(want);
    for (const bad of ["2025-03-14", "2025-03-14T08:00+02:00", "2025-03-14T08:61", "x"]) {
      expect(catchDpm(() => periodOf(bad, "hour")).code, bad).toBe("PARSE_ERROR");
    }
  });

  it("fits inside every coarser frequency, and nothing fits inside an hour", () => {
    const h = parsePeriod("2025-03-14T08");
    expect(formatPeriod(toPeriod(h, "day"))).toBe("2025-03-14");
    expect(formatPeriod(toPeriod(h, "week"))).toBe("2025-W11");
    expect(formatPeriod(toPeriod(h, "month"))).toBe("2025-03");
    expect(formatPeriod(toPeriod(h, "year"))).toBe("2025");
    expect(catchDpm(() => toPeriod("2025-03-14", "hour")).code).toBe("FREQUENCY_MISMATCH");
    expect(catchDpm(() => toPeriod("2025-03", "hour")).code).toBe("FREQUENCY_MISMATCH");
  });

  it("does arithmetic, ranges, season positions and lengths", () => {
    const h = parsePeriod("2025-12-31T22");
    expect(formatPeriod(addPeriods(h, 3))).toBe("2026-01-01T01");
    expect(periodRange(h, 3).map(formatPeriod)).toEqual(["2025-12-31T22", "2025-12-31T23", "2026-01-01T00"]);
    expect(seasonPosition(h)).toBe(22);
    expect(seasonPosition(parsePeriod("1969-12-31T23"))).toBe(23);
    expect(daysInPeriod(h)).toBe(1 / 24);
    expect(periodStartDate(h)).toBe("2025-12-31");
    expect(String(h)).toBe("2025-12-31T22");
  });

  it("makes series, resamples them to days (dropping partial days) and serialises them", () => {
    const s = timeSeries("2025-03-14T22", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    expect(s.freq).toBe("hour");
    const daily = resampleSeries(s, "day");
    expect(formatPeriod(daily.start)).toBe("2025-03-15");
    expect(Array.from(daily.values)).toEqual([(3 + 26) * 12]);
    expect(Array.from(resampleSeries(s, "day", { keepPartial: true }).values)).toEqual([3, (3 + 26) * 12, 27]);
    expect(JSON.parse(JSON.stringify(s)).start).toBe("2025-03-14T22");
  });

  it("buckets records and CSV rows by hour", () => {
    const rows: { at: string; n: string }[] = [
      { at: "2026-12-07 08:05", n: "3" },
      { at: "2026-12-07 08:40", n: "4" },
      { at: "2026-12-07T10:00:00Z", n: "5" },
    ];
    const { series, gaps } = seriesFromRecords(rows, { freq: "hour", date: "at", value: "n", gaps: "zero" });
    expect(formatPeriod(series.start)).toBe("2026-12-07T08");
    expect(Array.from(series.values)).toEqual([7, 0, 5]);
    expect(gaps.map(formatPeriod)).toEqual(["2026-12-07T09"]);
    const unsorted = catchDpm(() => seriesFromRecords([rows[2] as (typeof rows)[number], rows[0] as (typeof rows)[number]], { freq: "hour", date: "at", value: "n" }));
    expect(unsorted.code).toBe("NON_MONOTONIC");
    expect(catchDpm(() => seriesFromRecords([{ at: "2026-12-07", n: 1 }], { freq: "hour", date: "at", value: "n" })).message).toContain("YYYY-MM-DDTHH");

    const table = parseCsv("time,calls\n2026-12-07T08:00,10\n2026-12-07T09:00,12\n");
    const fromCsv = seriesFromColumns(table, { date: "time", value: "calls", freq: "hour" }).series;
    expect(String(fromCsv)).toBe("TimeSeries: hour 2026-12-07T08 … 2026-12-07T09 (2 values)");
  });
});
