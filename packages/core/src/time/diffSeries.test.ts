import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatPeriod } from "./Period.js";
import { diffSeries } from "./diffSeries.js";
import { timeSeries } from "./TimeSeries.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("diffSeries", () => {
  it("takes first differences, starting one period later", () => {
    const out = diffSeries(timeSeries("2025-01", [3, 5, 9], { name: "x" }));
    expect(formatPeriod(out.start)).toBe("2025-02");
    expect(Array.from(out.values)).toEqual([2, 4]);
    expect(out.name).toBe("x");
  });

  it("takes lag-k differences", () => {
    const out = diffSeries(timeSeries("2025-Q1", [1, 4, 9, 16, 25]), 2);
    expect(formatPeriod(out.start)).toBe("2025-Q3");
    expect(Array.from(out.values)).toEqual([8, 12, 16]);
  });

  it("takes a seasonal (lag-12) difference of monthly data", () => {
    const xs = Array.from({ length: 14 }, (_, i) => i * i);
    const out = diffSeries(timeSeries("2024-01", xs), 12);
    expect(formatPeriod(out.start)).toBe("2025-01");
    expect(Array.from(out.values)).toEqual([144 - 0, 169 - 1]);
  });

  it("propagates missing values", () => {
    const out = diffSeries(timeSeries("2025", [1, Number.NaN, 4, 8], { allowMissing: true }));
    expect(out.values[0]).toBeNaN();
    expect(out.values[1]).toBeNaN();
    expect(out.values[2]).toBe(4);
  });

  it("is undone by a cumulative sum from the first value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 2, maxLength: 50 }), (xs) => {
        const d = diffSeries(timeSeries("2025-01-01", xs));
        expect(d.length).toBe(xs.length - 1);
        let acc = xs[0] as number;
        for (let i = 0; i < d.length; i++) {
          acc += d.values[i] as number;
          expect(acc).toBe(xs[i + 1]);
        }
      }),
    );
  });

  it("throws TOO_SHORT when the series has no more than lag values", () => {
    const one = catchDpm(() => diffSeries(timeSeries("2025", [1])));
    expect(one.code).toBe("TOO_SHORT");
    expect(one.message).toContain("diffSeries");
    expect(catchDpm(() => diffSeries(timeSeries("2025", [1, 2, 3]), 3)).code).toBe("TOO_SHORT");
    expect(diffSeries(timeSeries("2025", [1, 2, 3, 7]), 3).values[0]).toBe(6);
  });

  it("rejects a lag below 1 or fractional, and a non-series", () => {
    for (const bad of [0, -1, 1.5]) {
      const error = catchDpm(() => diffSeries(timeSeries("2025", [1, 2, 3]), bad));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("lag");
    }
    expect(catchDpm(() => diffSeries([1, 2, 3] as never)).code).toBe("INVALID_ARGUMENT");
  });
});
