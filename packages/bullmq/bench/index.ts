// Throughput of forecast chunks through 1 and 2 BullMQ workers (separate processes, a private
// redis-server on a free loopback port) against a local worker_threads pool of the same size, on the
// same input. `pnpm bench [--series 2000] [--chunk 50] [--method ets]`; ends with one JSON line.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { createRng } from "@dpm/core";
import { forecastOnQueue, type ChunkMethod, type ForecastChunk, type ForecastChunkOptions, type ForecastChunkResult } from "../src/index.js";
import { startRedis } from "../test/redisServer.js";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}
const nSeries = Number(flag("series", "2000"));
const chunkSize = Number(flag("chunk", "50"));
const method = flag("method", "ets") as ChunkMethod;
const options: ForecastChunkOptions = { horizon: 12, method, levels: [80, 95], seed: 1 };

// Monthly series, 3 years each: level × season × noise.
function makeChunks(): ForecastChunk[] {
  const rng = createRng(2026);
  const chunks: ForecastChunk[] = [];
  for (let c = 0; c * chunkSize < nSeries; c++) {
    const series = [];
    for (let i = c * chunkSize; i < Math.min(nSeries, (c + 1) * chunkSize); i++) {
      const level = 20 + 200 * rng.uniform();
      const values = Array.from({ length: 36 }, (_, t) => level * (1 + 0.2 * Math.sin((2 * Math.PI * t) / 12)) * (1 + 0.05 * rng.normal()) + t * 0.3);
      series.push({ index: i, key: [`store ${i % 50}`, `item ${i}`], freq: "month" as const, start: "2023-01", values });
    }
    chunks.push({ id: c, series });
  }
  return chunks;
}

async function localPool(chunks: readonly ForecastChunk[], workers: number): Promise<{ seconds: number; results: ForecastChunkResult[] }> {
  const url = new URL("./poolThread.mjs", import.meta.url);
  const threads = Array.from({ length: workers }, () => new Worker(url));
  await Promise.all(threads.map((t) => new Promise((r) => t.once("message", r))));
  const results: ForecastChunkResult[] = new Array(chunks.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    threads.map(async (t) => {
      while (next < chunks.length) {
        const chunk = chunks[next++] as ForecastChunk;
        results[chunk.id] = await new Promise<ForecastChunkResult>((resolve) => {
          t.once("message", resolve);
          t.postMessage({ chunk, options });
        });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(threads.map((t) => t.terminate()));
  return { seconds, results };
}

async function onQueue(chunks: readonly ForecastChunk[], workers: number, url: string, run: string): Promise<{ seconds: number; results: ForecastChunkResult[] }> {
  const script = fileURLToPath(new URL("./queueWorker.ts", import.meta.url));
  const children: ChildProcess[] = Array.from({ length: workers }, () => spawn(process.execPath, ["--import", "tsx", script, url, "bench"], { stdio: ["ignore", "pipe", "inherit"] }));
  await Promise.all(children.map((c) => new Promise((r) => c.stdout?.once("data", r))));
  const t0 = performance.now();
  const results: ForecastChunkResult[] = [];
  for await (const r of forecastOnQueue(chunks, { connection: url, queue: "bench", run, forecast: options })) results.push(r);
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(children.map((c) => new Promise((r) => (c.once("exit", r), c.kill("SIGTERM")))));
  return { seconds, results };
}

const chunks = makeChunks();
const redis = await startRedis();
try {
  const text = (rs: ForecastChunkResult[]) => JSON.stringify(rs);
  const local1 = await localPool(chunks, 1);
  const queue1 = await onQueue(chunks, 1, redis.url, "b1");
  const local2 = await localPool(chunks, 2);
  const queue2 = await onQueue(chunks, 2, redis.url, "b2");
  const rate = (r: { seconds: number }) => Math.round(nSeries / r.seconds);
  const reference = text(local1.results);
  const identical = [queue1, local2, queue2].every((r) => text(r.results) === reference);
  console.log(`${nSeries} monthly series × 36 months → 12-month ${method} forecasts, chunks of ${chunkSize}`);
  console.log(`local pool, 1 thread:   ${rate(local1)} series/s (${local1.seconds.toFixed(2)} s)`);
  console.log(`BullMQ, 1 worker:       ${rate(queue1)} series/s (${queue1.seconds.toFixed(2)} s) — ${(rate(queue1) / rate(local1)).toFixed(2)} of local`);
  console.log(`local pool, 2 threads:  ${rate(local2)} series/s (${local2.seconds.toFixed(2)} s)`);
  console.log(`BullMQ, 2 workers:      ${rate(queue2)} series/s (${queue2.seconds.toFixed(2)} s) — ${(rate(queue2) / rate(local2)).toFixed(2)} of local`);
  console.log(`outputs identical across the four runs: ${identical}`);
  console.log(
    JSON.stringify({
      bench: "bullmq",
      series: nSeries,
      chunk: chunkSize,
      method,
      localSeriesPerSecond: { 1: rate(local1), 2: rate(local2) },
      bullmqSeriesPerSecond: { 1: rate(queue1), 2: rate(queue2) },
      ratio: { 1: Number((rate(queue1) / rate(local1)).toFixed(3)), 2: Number((rate(queue2) / rate(local2)).toFixed(3)) },
      identical,
    }),
  );
  if (!identical) process.exitCode = 1;
} finally {
  await redis.stop();
}
