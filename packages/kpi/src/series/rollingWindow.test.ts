import { formatPeriod, timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { close, expectDpm } from "../../test/helpers.js";
import { rollingWindow } from "./rollingWindow.js";

describe("rollingWindow", () => {
  const s = timeSeries("2025-01", [1, 5, 2, 8, 3], { name: "x" });

  it("sums trailing windows, starting window − 1 periods later", () => {
    const r = rollingWindow(s, 3);
    expect(formatPeriod(r.start)).toBe("2025-03");
    expect(Array.from(r.values)).toEqual([8, 15, 13]);
    expect(r.name).toBe("x");
  });

  it("supports mean, min, max, first and last", () => {
    expect(Array.from(rollingWindow(s, 2, { aggregate: "mean" }).values)).toEqual([3, 3.5, 5, 5.5]);
    expect(Array.from(rollingWindow(s, 3, { aggregate: "min" }).values)).toEqual([1, 2, 2]);
    expect(Array.from(rollingWindow(s, 3, { aggregate: "max" }).values)).toEqual([5, 8, 8]);
    expect(Array.from(rollingWindow(s, 3, { aggregate: "first" }).values)).toEqual([1, 5, 2]);
    expect(Array.from(rollingWindow(s, 3, { aggregate: "last" }).values)).toEqual([2, 8, 3]);
  });

  it("is the identity for a window of 1 and the total for the full length (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (xs) => {
        const series = timeSeries("2025-01", xs);
        expect(Array.from(rollingWindow(series, 1).values)).toEqual(xs.map((x) => x + 0));
        const total = xs.reduce((a, b) => a + b, 0);
        expect(close(rollingWindow(series, xs.length).values[0] as number, total, 1e-9)).toBe(true);
      }),
    );
  });

  it("marks windows holding a missing value as missing", () => {
    const m = timeSeries("2025-01", [1, Number.NaN, 2, 3], { allowMissing: true });
    const r = rollingWindow(m, 2);
    expect(r.values[0]).toBeNaN();
    expect(r.values[1]).toBeNaN();
    expect(r.values[2]).toBe(5);
  });

  it("rejects bad windows, aggregates, short series and non-series", () => {
    expectDpm(() => rollingWindow(s, 0), "INVALID_ARGUMENT", "window");
    expectDpm(() => rollingWindow(s, 2.5), "INVALID_ARGUMENT", "window");
    expectDpm(() => rollingWindow(s, 6), "TOO_SHORT", "series");
    expectDpm(() => rollingWindow(s, 2, { aggregate: "median" as never }), "INVALID_ARGUMENT", "options.aggregate");
    expectDpm(() => rollingWindow([1, 2] as never, 1), "INVALID_ARGUMENT", "series");
  });
});
