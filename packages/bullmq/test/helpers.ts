// Test data and output shared by the queue tests.
import { createRng } from "@dpm/core";
import type { ForecastChunk, ForecastChunkResult } from "../src/index.js";

/** `n` monthly series (some too short or with a NaN, so per-series errors travel too), `size` per chunk. */
export function makeChunks(n: number, size: number, seed = 7): ForecastChunk[] {
  const rng = createRng(seed);
  const chunks: ForecastChunk[] = [];
  for (let i = 0; i < n; i++) {
    const length = i % 17 === 5 ? 1 : 30;
    const level = 50 + 100 * rng.uniform();
    const values = Array.from({ length }, (_, t) => level + 8 * Math.sin((2 * Math.PI * t) / 12) + 3 * rng.normal());
    if (i % 23 === 11) values[3] = Number.NaN;
    const c = Math.floor(i / size);
    if (chunks[c] === undefined) chunks[c] = { id: c, series: [] };
    (chunks[c].series as unknown[]).push({ index: i, key: [`store ${i % 5}`, `item ${i}`], freq: "month", start: "2023-01", values });
  }
  return chunks;
}

/** The output file: one JSON line per series, in input order. */
export function outputText(results: readonly ForecastChunkResult[]): string {
  let text = "";
  for (const r of results) for (const o of r.outcomes) text += `${JSON.stringify(o)}\n`;
  return text;
}

/** Drains an async iterable. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
