import { isDpmError } from "@dpm/core";
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeChunks } from "../../test/helpers.js";
import { startRedis, type RedisServer } from "../../test/redisServer.js";
import { forecastChunk, type ForecastChunkOptions } from "../forecast/forecastChunk.js";
import { decodeResult, encodeChunk } from "./codec.js";
import { CONSUMED, bullConnection, resultKey } from "./connection.js";
import { startWorker } from "./startWorker.js";

let redis: RedisServer | undefined;
const url = () => (redis as RedisServer).url;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

function message(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (isDpmError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a DpmError");
}

describe("startWorker", () => {
  it("rejects bad options with DpmError INVALID_ARGUMENT", () => {
    expect(message(() => startWorker({ connection: "http://x" }))).toMatch(/^INVALID_ARGUMENT: startWorker: connection must be a Redis URL/);
    expect(message(() => startWorker({ connection: url(), concurrency: 0 }))).toMatch(/concurrency must be a whole number from 1 to 256/);
    expect(message(() => startWorker({ connection: url(), lockDuration: 5 }))).toMatch(/lockDuration must be a whole number of milliseconds/);
    expect(message(() => startWorker({ connection: url(), stalledInterval: 1.5 }))).toMatch(/stalledInterval/);
    expect(message(() => startWorker({ connection: url(), concurency: 2 } as never))).toMatch(/concurency/);
    expect(message(() => startWorker(null as never))).toMatch(/^INVALID_ARGUMENT/);
  });

  it("stores a chunk's result once: a retry finds it (or the producer's tombstone) and does no work", async () => {
    const forecast: ForecastChunkOptions = { horizon: 2, method: "mean" };
    const [chunk] = makeChunks(3, 3, 8);
    if (chunk === undefined) throw new Error("no chunk");
    const stored: boolean[] = [];
    const worker = startWorker({ connection: url(), queue: "once", onChunk: (info) => stored.push(info.stored) });
    const queue = new Queue("once", { connection: bullConnection(url()) });
    const events = new QueueEvents("once", { connection: bullConnection(url()) });
    await events.waitUntilReady();
    const client = new Redis(url());
    const key = resultKey("once", "r1", chunk.id);
    try {
      const data = { run: "r1", chunk: encodeChunk(chunk), options: forecast };
      // The same chunk as two jobs, as after a retry whose first attempt had already stored its result.
      await (await queue.add("forecast", data, { jobId: "r1-0" })).waitUntilFinished(events);
      const first = await client.get(key);
      await (await queue.add("forecast", data, { jobId: "r1-0-retry" })).waitUntilFinished(events);
      expect(await client.get(key)).toBe(first);
      expect(JSON.stringify(decodeResult(first ?? ""))).toBe(JSON.stringify(forecastChunk(chunk, forecast)));
      // After the producer read it, the tombstone keeps a late retry a no-op too.
      await client.set(key, CONSUMED);
      await (await queue.add("forecast", data, { jobId: "r1-0-late" })).waitUntilFinished(events);
      expect(await client.get(key)).toBe(CONSUMED);
      expect(stored).toEqual([true, false, false]);
    } finally {
      client.disconnect();
      await events.close();
      await queue.close();
      await worker.close();
    }
  });
});
