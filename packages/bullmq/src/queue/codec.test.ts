import { describe, expect, it } from "vitest";
import type { ForecastChunk, ForecastChunkResult } from "../forecast/forecastChunk.js";
import { decodeChunk, decodeResult, encodeChunk, encodeResult } from "./codec.js";

describe("the wire codec", () => {
  it("keeps NaN and ±Infinity through JSON, which would turn them into null", () => {
    const chunk: ForecastChunk = { id: 2, series: [{ index: 4, key: ["a"], freq: "day", start: "2025-01-01", values: [1, Number.NaN, Infinity, -Infinity, 0.1] }] };
    const back = decodeChunk(JSON.parse(JSON.stringify(encodeChunk(chunk))) as ForecastChunk);
    expect(back.series[0]?.values).toEqual([1, Number.NaN, Infinity, -Infinity, 0.1]);
    const result: ForecastChunkResult = {
      id: 2,
      outcomes: [
        { index: 4, key: ["a"], ok: true, method: "m", periods: ["2025-01-06"], point: [Number.NaN], lower: [[-Infinity]], upper: [[Infinity]] },
        { index: 5, key: ["NaN"], ok: false, code: "TOO_SHORT", message: "m" },
      ],
    };
    expect(decodeResult(encodeResult(result))).toEqual(result);
  });

  it("leaves finite data as it is", () => {
    const chunk: ForecastChunk = { id: 0, series: [{ index: 0, key: ["b"], freq: "month", start: "2025-01", values: [1, 2.5] }] };
    expect(JSON.stringify(encodeChunk(chunk))).toBe(JSON.stringify(chunk));
  });
});
