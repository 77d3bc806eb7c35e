import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { catchDpm } from "../../test/reference.js";
import { mstlDecomposition } from "./mstlDecomposition.js";

interface Ref {
  version: string;
  taylor: { x: number[]; periods: number[]; trend: number[]; seasonal48: number[]; seasonal336: number[]; remainder: number[]; stlf: { h: number; model: string; mean: number[] }; naive: number[] };
  usaccdeaths: { x: number[]; periods: number[]; trend: number[]; seasonal12: number[] };
}
const ref: Ref = JSON.parse(readFileSync(new URL("../../reference/mstl.json", import.meta.url), "utf8"));

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs((a[i] as number) - (b[i] as number)));
  return m;
}

describe("mstlDecomposition", () => {
  it("reproduces R's forecast::mstl on half-hourly electricity demand (taylor, periods 48 and 336)", () => {
    const t = ref.taylor;
    const d = mstlDecomposition(t.x, { periods: [336, 48] });
    expect(d.periods).toEqual([48, 336]);
    const scale = Math.max(...t.x) - Math.min(...t.x);
    expect(maxAbsDiff(d.seasonal[0] as Float64Array, t.seasonal48) / scale).toBeLessThan(1e-6);
    expect(maxAbsDiff(d.seasonal[1] as Float64Array, t.seasonal336) / scale).toBeLessThan(1e-6);
    expect(maxAbsDiff(d.trend, t.trend) / scale).toBeLessThan(1e-6);
    expect(maxAbsDiff(d.remainder, t.remainder) / scale).toBeLessThan(1e-6);
  });

  it("with one period equals R's mstl (STL, seasonal window 11) on USAccDeaths, from a monthly TimeSeries", () => {
    const u = ref.usaccdeaths;
    const d = mstlDecomposition(timeSeries("1973-01", u.x));
    expect(d.periods).toEqual([12]);
    expect(maxAbsDiff(d.seasonal[0] as Float64Array, u.seasonal12)).toBeLessThan(1e-6);
    expect(maxAbsDiff(d.trend, u.trend)).toBeLessThan(1e-6);
    expect(d.start).toEqual({ freq: "month", ordinal: 1973 * 12 });
  });

  it("parts add up to the data; the input is not mutated", () => {
    const y = Array.from({ length: 400 }, (_, t) => 50 + 0.1 * t + 8 * Math.sin((2 * Math.PI * t) / 7) + 3 * Math.sin((2 * Math.PI * t) / 52.18) + ((t * 7919) % 13) / 13);
    const copy = [...y];
    const d = mstlDecomposition(y, { periods: [7, 52.18] });
    for (let t = 0; t < y.length; t++) {
      const sum = (d.trend[t] as number) + (d.seasonal[0]?.[t] as number) + (d.seasonal[1]?.[t] as number) + (d.remainder[t] as number);
      expect(Math.abs(sum - (y[t] as number))).toBeLessThan(1e-9);
    }
    expect(y).toEqual(copy);
  });

  it("rejects a period not shorter than half the data, bad periods and unknown options", () => {
    const y = Array.from({ length: 100 }, (_, t) => t % 7);
    const e = catchDpm(() => mstlDecomposition(y, { periods: [7, 52] }));
    expect(e.code).toBe("TOO_SHORT");
    expect(e.message).toMatch(/period 52 needs more than two full cycles/);
    expect(catchDpm(() => mstlDecomposition(y, { periods: [1.5] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => mstlDecomposition(y, { periods: [7, 7] })).message).toMatch(/twice/);
    expect(catchDpm(() => mstlDecomposition(y)).message).toMatch(/options.periods/);
    expect(catchDpm(() => mstlDecomposition(y, { periods: [7], iterat: 3 } as never)).code).toBe("INVALID_ARGUMENT");
  });
});
