import { describe, expect, it } from "vitest";
import { timeSeries } from "@dpm/core";
import { holdout, maxRelDiff } from "../../test/reference.js";
import { autoForecast } from "../autoForecast.js";
import { naiveForecast } from "../baselines/naiveForecast.js";
import { forecastBatch } from "./forecastBatch.js";

async function catchAsync(fn: () => Promise<unknown>) {
  try {
    await fn();
  } catch (error) {
    return error as { code: string; path?: string };
  }
  throw new Error("expected a rejection");
}

describe("forecastBatch", () => {
  it("gives each series the forecast autoForecast's ETS family gives it alone, in input order", async () => {
    const inputs = [holdout("UKgas").train, holdout("Nile").train, holdout("lh").train];
    const result = await forecastBatch(inputs, { horizon: 4, period: 4 });
    expect(result.succeeded).toBe(3);
    inputs.forEach((y, i) => {
      const item = result.items[i];
      if (item === undefined || !item.ok) throw new Error("failed");
      const alone = autoForecast(y, { horizon: 4, period: 4, methods: ["ets"] });
      expect(item.forecast.method).toBe(alone.method);
      expect(maxRelDiff(item.forecast.point, alone.point)).toBe(0);
      expect(item.forecast.model).toBeUndefined();
    });
  });

  it("collects per-series errors and keeps going (NaN, too short, not a series)", async () => {
    const progress: number[] = [];
    const result = await forecastBatch([[1, 2, 3, 4, 5], [1, NaN, 3], [7], "x" as never, [2, 4, 6, 8]], {
      horizon: 2,
      onProgress: (p) => progress.push(p.done),
    });
    expect(result.items.map((i) => i.ok)).toEqual([true, false, false, false, true]);
    expect(result.failed).toBe(3);
    const nan = result.items[1];
    expect(nan?.ok === false && nan.error.code).toBe("NON_FINITE");
    expect(nan?.ok === false && nan.error.path).toBe("series[1][1]");
    const short = result.items[2];
    expect(short?.ok === false && short.error.code).toBe("TOO_SHORT");
    expect(progress).toEqual([1, 2, 3, 4, 5, 5]);
  });

  it("reads async iterables, uses TimeSeries periods, runs baselines and forks seeds by index", async () => {
    async function* gen() {
      yield timeSeries("2024-01", [5, 6, 7, 8, 9, 10, 11]);
      yield [3, 4, 5];
    }
    const result = await forecastBatch(gen(), { horizon: 2, method: "naive", levels: [90] });
    const first = result.items[0];
    expect(first?.ok && first.forecast.start).toEqual({ freq: "month", ordinal: 2024 * 12 + 7 });
    expect(first?.ok && first.forecast.intervals[0]?.upper).toEqual(naiveForecast([5, 6, 7, 8, 9, 10, 11], { horizon: 2, levels: [90] }).intervals[0]?.upper);
    const seeded = await forecastBatch([[1, 3, 2, 4, 3, 5], [1, 3, 2, 4, 3, 5]], { horizon: 2, paths: 5, seed: 1 });
    const [a, b] = seeded.items;
    expect(a?.ok && b?.ok && a.forecast.paths?.values).not.toEqual(b?.ok && b.forecast.paths?.values);
  });

  it("rejects bad options before starting", async () => {
    expect((await catchAsync(() => forecastBatch([[1, 2]], { horizon: 0 }))).code).toBe("INVALID_ARGUMENT");
    expect((await catchAsync(() => forecastBatch([[1, 2]], { horizon: 1, method: "arima" as never }))).path).toBe("options.method");
    expect((await catchAsync(() => forecastBatch(42 as never, { horizon: 1 }))).path).toBe("series");
  });
});
