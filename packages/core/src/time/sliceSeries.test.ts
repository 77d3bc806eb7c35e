import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatPeriod } from "./Period.js";
import { sliceSeries } from "./sliceSeries.js";
import { timeSeries } from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("sliceSeries", () => {
  const s = timeSeries("2025-01", [1, 2, 3, 4], { name: "x" });

  it("keeps the periods between two bounds, both included", () => {
    const out = sliceSeries(s, "2025-02", "2025-03");
    expect(formatPeriod(out.start)).toBe("2025-02");
    expect(Array.from(out.values)).toEqual([2, 3]);
    expect(out.name).toBe("x");
    expect(out.freq).toBe("month");
  });

  it("defaults a missing bound to the series start or end", () => {
    expect(Array.from(sliceSeries(s, "2025-03").values)).toEqual([3, 4]);
    expect(Array.from(sliceSeries(s, undefined, "2025-02").values)).toEqual([1, 2]);
    expect(Array.from(sliceSeries(s).values)).toEqual([1, 2, 3, 4]);
  });

  it("clamps bounds that reach beyond the series", () => {
    const out = sliceSeries(s, "2024-06", "2026-01");
    expect(formatPeriod(out.start)).toBe("2025-01");
    expect(Array.from(out.values)).toEqual([1, 2, 3, 4]);
  });

  it("accepts finer labels and Dates as bounds", () => {
    expect(Array.from(sliceSeries(s, "2025-02-28", new Date(Date.UTC(2025, 2, 1))).values)).toEqual([2, 3]);
  });

  it("copies: the slice does not share memory with the series", () => {
    const out = sliceSeries(s, "2025-02", "2025-03");
    expect(out.values.buffer).not.toBe(s.values.buffer);
  });

  it("throws EMPTY when the range holds no period of the series", () => {
    for (const [from, to] of [
      ["2025-05", "2025-09"],
      ["2024-01", "2024-12"],
      ["2025-03", "2025-02"],
    ]) {
      const error = catchDpm(() => sliceSeries(s, from, to));
      expect(error.code).toBe("EMPTY");
      expect(error.message).toContain("2025-01…2025-04");
    }
  });

  it("refuses bounds of an incompatible frequency and non-series", () => {
    expect(catchDpm(() => sliceSeries(s, "2025-Q1")).code).toBe("FREQUENCY_MISMATCH");
    expect(catchDpm(() => sliceSeries([1, 2] as never, "2025-01")).code).toBe("INVALID_ARGUMENT");
  });

  it("matches Array.prototype.slice on random bounds", () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 15 }), fc.integer({ min: -5, max: 15 }), (i, j) => {
        const xs = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
        const series = timeSeries("2020-W50", xs);
        const label = (k: number) => formatPeriod({ freq: "week", ordinal: series.start.ordinal + k });
        const lo = Math.max(0, i);
        const hi = Math.min(xs.length - 1, j);
        if (lo > hi) expect(catchDpm(() => sliceSeries(series, label(i), label(j))).code).toBe("EMPTY");
        else {
          const out = sliceSeries(series, label(i), label(j));
          expect(Array.from(out.values)).toEqual(xs.slice(lo, hi + 1));
          expect(out.start.ordinal - series.start.ordinal).toBe(lo);
        }
      }),
    );
  });
});
