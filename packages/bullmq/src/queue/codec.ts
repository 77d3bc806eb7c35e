import type { ChunkSeries, ForecastChunk, ForecastChunkResult, SeriesOutcome } from "../forecast/forecastChunk.js";

// Chunks and results travel through Redis as JSON, which has no NaN or ±Infinity (JSON.stringify
// writes them as null, which would then read back as 0). These keep them: a non-finite number is
// sent as the string "NaN", "Infinity" or "-Infinity" inside the number arrays, and read back.

type Wire = number | string;

function encodeNumbers(values: readonly number[]): Wire[] | readonly number[] {
  for (const v of values) if (!Number.isFinite(v)) return values.map((x) => (Number.isFinite(x) ? x : String(x)));
  return values;
}

function decodeNumbers(values: readonly Wire[]): number[] {
  return values.map((x) => (typeof x === "string" ? Number(x) : x));
}

/** @internal A chunk as JSON-safe job data. */
export function encodeChunk(chunk: ForecastChunk): ForecastChunk {
  return { id: chunk.id, series: chunk.series.map((s) => ({ ...s, values: encodeNumbers(s.values) as readonly number[] })) };
}

/** @internal The chunk a worker received. */
export function decodeChunk(chunk: ForecastChunk): ForecastChunk {
  return { id: chunk.id, series: chunk.series.map((s: ChunkSeries) => ({ ...s, values: decodeNumbers(s.values as readonly Wire[]) })) };
}

/** @internal A result as the JSON text stored in Redis. */
export function encodeResult(result: ForecastChunkResult): string {
  return JSON.stringify({
    id: result.id,
    outcomes: result.outcomes.map((o) =>
      o.ok ? { ...o, point: encodeNumbers(o.point), lower: o.lower.map(encodeNumbers), upper: o.upper.map(encodeNumbers) } : o,
    ),
  });
}

/** @internal The result stored by {@link encodeResult}. */
export function decodeResult(text: string): ForecastChunkResult {
  const raw = JSON.parse(text) as { id: number; outcomes: SeriesOutcome[] };
  return {
    id: raw.id,
    outcomes: raw.outcomes.map((o) =>
      o.ok
        ? { ...o, point: decodeNumbers(o.point), lower: o.lower.map((r) => decodeNumbers(r)), upper: o.upper.map((r) => decodeNumbers(r)) }
        : o,
    ),
  };
}
