import { DpmError, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { makeChunks } from "../../test/helpers.js";
import { CHUNK_METHODS, forecastChunk, type ChunkSeries, type ForecastChunk } from "./forecastChunk.js";

const monthly = (index: number, values: number[]): ChunkSeries => ({ index, key: [`s${index}`], freq: "month", start: "2024-11", values });

function thrown(f: () => unknown): DpmError {
  try {
    f();
  } catch (error) {
    if (isDpmError(error)) return error;
    throw error;
  }
  throw new Error("expected a DpmError");
}

describe("forecastChunk", () => {
  it("forecasts every series with labelled periods; the naive point is the last value", () => {
    const r = forecastChunk({ id: 3, series: [monthly(0, [4, 6, 5, 7])] }, { horizon: 3, method: "naive", levels: [80] });
    expect(r.id).toBe(3);
    const o = r.outcomes[0];
    expect(o?.ok).toBe(true);
    if (o?.ok !== true) return;
    expect(o.periods).toEqual(["2025-03", "2025-04", "2025-05"]);
    expect(o.point).toEqual([7, 7, 7]);
    expect(o.lower).toHaveLength(1);
    expect(o.upper[0]?.every((u, h) => u > 7 && (h === 0 || u > (o.upper[0]?.[h - 1] ?? 0)))).toBe(true);
    expect(o.key).toEqual(["s0"]);
  });

  it("turns a bad series into a failed outcome with the reason, not a thrown error", () => {
    const r = forecastChunk(
      {
        id: 0,
        series: [
          monthly(0, [1, 2, 3, 4, 5, 6]),
          monthly(1, [5]),
          monthly(2, [1, Number.NaN, 3, 4, 5]),
          { ...monthly(3, [1, 2, 3]), freq: "fortnight" as never },
          monthly(4, [1, "2" as never, 3]),
          { ...monthly(5, [1, 2, 3]), start: "not a month" },
        ],
      },
      { horizon: 2, method: "ets" },
    );
    expect(r.outcomes.map((o) => o.ok)).toEqual([true, false, false, false, false, false]);
    const failed = r.outcomes.filter((o) => !o.ok);
    expect(failed.map((o) => (o.ok ? "" : o.code))).toEqual(["TOO_SHORT", "NON_FINITE", "INVALID_ARGUMENT", "INVALID_ARGUMENT", "PARSE_ERROR"]);
    expect(failed[1]?.ok === false && failed[1].message).toMatch(/NaN/);
    expect(failed[3]?.ok === false && failed[3].message).toMatch(/values\[1\] is "2", not a number/);
    expect(failed[4]?.ok === false && failed[4].message).toMatch(/not a month/);
    expect(r.outcomes.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("gives the same outcomes however the input is split into chunks (seeds follow the series index)", () => {
    const [whole] = makeChunks(12, 12, 3) as [ForecastChunk];
    const parts = makeChunks(12, 5, 3);
    for (const method of ["auto", "theta", "drift"] as const) {
      const one = forecastChunk(whole, { horizon: 3, method, seed: 9 }).outcomes;
      const split = parts.flatMap((c) => forecastChunk(c, { horizon: 3, method, seed: 9 }).outcomes);
      expect(JSON.stringify(split)).toBe(JSON.stringify(one));
    }
  });

  it("does not mutate the chunk", () => {
    const chunk = makeChunks(4, 4, 1)[0] as ForecastChunk;
    const before = JSON.stringify(chunk);
    forecastChunk(chunk, { horizon: 2, method: "combine" });
    expect(JSON.stringify(chunk)).toBe(before);
  });

  it("knows every method it lists", () => {
    const chunk: ForecastChunk = { id: 0, series: [monthly(0, Array.from({ length: 30 }, (_, t) => 10 + (t % 12) + t / 10))] };
    for (const method of CHUNK_METHODS) {
      const o = forecastChunk(chunk, { horizon: 2, method }).outcomes[0];
      expect(o?.ok, method).toBe(true);
    }
  });

  it("rejects bad options with DpmError INVALID_ARGUMENT", () => {
    const chunk: ForecastChunk = { id: 0, series: [] };
    expect(thrown(() => forecastChunk(chunk, { horizon: 0 })).message).toMatch(/horizon must be a whole number from 1 to 10000/);
    expect(thrown(() => forecastChunk(chunk, { horizon: 2.5 })).code).toBe("INVALID_ARGUMENT");
    expect(thrown(() => forecastChunk(chunk, { horizon: 2, method: "prophet" as never })).message).toMatch(/method must be one of auto, ets/);
    expect(thrown(() => forecastChunk(chunk, { horizon: 2, levels: [95, 100] })).message).toMatch(/levels must be percentages/);
    expect(thrown(() => forecastChunk(chunk, { horizon: 2, horizn: 3 } as never)).message).toMatch(/horizn/);
    expect(thrown(() => forecastChunk(chunk, null as never)).code).toBe("INVALID_ARGUMENT");
    expect(thrown(() => forecastChunk(null as never, { horizon: 2 })).message).toMatch(/chunk must be \{ id, series/);
  });
});
