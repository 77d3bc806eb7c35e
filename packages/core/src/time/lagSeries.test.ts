import { describe, expect, it } from "vitest";
import { formatPeriod } from "./Period.js";
import { lagSeries } from "./lagSeries.js";
import { timeSeries } from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("lagSeries", () => {
  const s = timeSeries("2025-01", [5, 6, 7], { name: "x" });

  it("moves the start one period later by default, keeping the values", () => {
    const out = lagSeries(s);
    expect(formatPeriod(out.start)).toBe("2025-02");
    expect(Array.from(out.values)).toEqual([5, 6, 7]);
    expect(out.length).toBe(3);
    expect(out.name).toBe("x");
  });

  it("shifts by k periods, leading for negative k, across year ends", () => {
    expect(formatPeriod(lagSeries(s, 12).start)).toBe("2026-01");
    expect(formatPeriod(lagSeries(s, -1).start)).toBe("2024-12");
    expect(formatPeriod(lagSeries(s, 0).start)).toBe("2025-01");
    expect(formatPeriod(lagSeries(timeSeries("2020-W52", [1]), 1).start)).toBe("2020-W53");
    expect(formatPeriod(lagSeries(timeSeries("2024-02-28", [1]), 1).start)).toBe("2024-02-29");
  });

  it("makes the value at period t the original value at t − k", () => {
    const lagged = lagSeries(s, 2);
    // Original 2025-01 value (5) now sits at 2025-03.
    expect(formatPeriod({ freq: "month", ordinal: lagged.start.ordinal })).toBe("2025-03");
    expect(lagged.values[0]).toBe(5);
  });

  it("rejects a non-integer k and a non-series with INVALID_ARGUMENT", () => {
    for (const bad of [1.5, Number.NaN, Infinity]) {
      const error = catchDpm(() => lagSeries(s, bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.message).toContain("lagSeries");
      expect(error.path).toBe("k");
    }
    expect(catchDpm(() => lagSeries({} as never)).code).toBe("INVALID_ARGUMENT");
  });
});
