import { formatPeriod, timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { periodOverPeriod } from "./periodOverPeriod.js";

describe("periodOverPeriod", () => {
  const revenue = timeSeries("2025-01", [100, 120, 90, 90], { name: "revenue" });

  it("computes growth against the previous period, starting one period later", () => {
    const g = periodOverPeriod(revenue);
    expect(formatPeriod(g.start)).toBe("2025-02");
    expect(Array.from(g.values)).toEqual([0.2, -0.25, 0]);
    expect(g.name).toBe("revenue");
  });

  it("supports difference and ratio modes and longer lags", () => {
    expect(Array.from(periodOverPeriod(revenue, { mode: "difference" }).values)).toEqual([20, -30, 0]);
    expect(Array.from(periodOverPeriod(revenue, { mode: "ratio" }).values)).toEqual([1.2, 0.75, 1]);
    const lag2 = periodOverPeriod(revenue, { lag: 2 });
    expect(formatPeriod(lag2.start)).toBe("2025-03");
    expect(Array.from(lag2.values)).toEqual([-0.1, -0.25]);
  });

  it("throws naming the period of a zero base, or records NaN on request", () => {
    const s = timeSeries("2025-01", [0, 10, 20]);
    const error = expectDpm(() => periodOverPeriod(s), "INVALID_ARGUMENT", "series[0]");
    expect(error.message).toContain("2025-01");
    const g = periodOverPeriod(s, { whenUndefined: "missing" });
    expect(g.values[0]).toBeNaN();
    expect(g.values[1]).toBe(1);
    // a difference is always defined
    expect(Array.from(periodOverPeriod(s, { mode: "difference" }).values)).toEqual([10, 10]);
  });

  it("keeps missing values missing", () => {
    const s = timeSeries("2025-01", [10, Number.NaN, 20], { allowMissing: true });
    const g = periodOverPeriod(s);
    expect(g.values[0]).toBeNaN();
    expect(g.values[1]).toBeNaN();
  });

  it("rejects short series, bad lags, bad modes and non-series", () => {
    expectDpm(() => periodOverPeriod(timeSeries("2025-01", [1])), "TOO_SHORT", "series");
    expectDpm(() => periodOverPeriod(revenue, { lag: 0 }), "INVALID_ARGUMENT", "options.lag");
    expectDpm(() => periodOverPeriod(revenue, { lag: 1.5 }), "INVALID_ARGUMENT", "options.lag");
    expectDpm(() => periodOverPeriod(revenue, { mode: "percent" as never }), "INVALID_ARGUMENT", "options.mode");
    expectDpm(() => periodOverPeriod([1, 2] as never), "INVALID_ARGUMENT", "series");
  });
});
