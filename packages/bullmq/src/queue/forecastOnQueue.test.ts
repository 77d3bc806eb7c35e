import { isDpmError } from "@dpm/core";
import { Worker } from "bullmq";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, makeChunks, outputText } from "../../test/helpers.js";
import { startRedis, type RedisServer } from "../../test/redisServer.js";
import { forecastChunk, type ForecastChunkOptions } from "../forecast/forecastChunk.js";
import { bullConnection } from "./connection.js";
import { forecastOnQueue } from "./forecastOnQueue.js";
import { startWorker, type DpmWorker } from "./startWorker.js";

let redis: RedisServer | undefined;
const url = () => (redis as RedisServer).url;
const forecast: ForecastChunkOptions = { horizon: 3, method: "drift", seed: 1 };

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

async function rejection(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (isDpmError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("forecastOnQueue", () => {
  it("rejects bad options and out-of-order chunks with DpmError INVALID_ARGUMENT", async () => {
    const run = (options: object, chunks = makeChunks(2, 1)) => rejection(collect(forecastOnQueue(chunks, { connection: url(), forecast, ...options } as never)));
    // The test server's own address without its redis:// scheme.
    expect(await run({ connection: url().replace(/^redis:\/\//, "") })).toMatch(/^INVALID_ARGUMENT: forecastOnQueue: connection must be a Redis URL/);
    expect(await run({ forecast: { horizon: -1 } })).toMatch(/horizon must be a whole number/);
    expect(await run({ inFlight: 0 })).toMatch(/inFlight must be a whole number/);
    expect(await run({ attempts: 1.5 })).toMatch(/attempts must be a whole number/);
    expect(await run({ backoff: -1 })).toMatch(/backoff must be/);
    expect(await run({ run: "a:b" })).toMatch(/run must be letters/);
    expect(await run({ atempts: 3 })).toMatch(/atempts/);
    const swapped = makeChunks(4, 2).reverse();
    expect(await run({ queue: "order" }, swapped)).toMatch(/chunk ids must run 0, 1, 2, … in order; got 1 where 0 was expected/);
  });

  it("retries a failed attempt (with backoff) and still yields the single-process output", async () => {
    const chunks = makeChunks(40, 4, 2);
    // A flaky worker fails every attempt it takes; once it has failed 3, it retires and a real worker takes over.
    let failures = 0;
    const flaky = new Worker(
      "retry",
      async () => {
        failures++;
        throw new Error("flaky worker");
      },
      { connection: bullConnection(url()) },
    );
    await flaky.waitUntilReady();
    let worker: DpmWorker | undefined;
    const results = await collect(
      forecastOnQueue(chunks, {
        connection: url(),
        queue: "retry",
        forecast,
        backoff: 50,
        stopped: () => {
          if (worker === undefined && failures >= 3) {
            void flaky.close();
            worker = startWorker({ connection: url(), queue: "retry" });
          }
          return false;
        },
      }),
    );
    await worker?.close();
    expect(failures).toBeGreaterThanOrEqual(3);
    expect(outputText(results)).toBe(outputText(chunks.map((c) => forecastChunk(c, forecast))));
  });

  it("reports a chunk whose attempts are exhausted as failed series (WORKER_FAILED), and goes on", async () => {
    const chunks = makeChunks(6, 3, 4);
    const broken = new Worker(
      "broken",
      async () => {
        throw new Error("out of memory");
      },
      { connection: bullConnection(url()) },
    );
    const results = await collect(forecastOnQueue(chunks, { connection: url(), queue: "broken", forecast, attempts: 2, backoff: 20 }));
    await broken.close();
    expect(results.map((r) => r.id)).toEqual([0, 1]);
    const outcomes = results.flatMap((r) => r.outcomes);
    expect(outcomes.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const o of outcomes) {
      expect(o.ok).toBe(false);
      if (!o.ok) {
        expect(o.code).toBe("WORKER_FAILED");
        expect(o.message).toMatch(/failed 2 times: out of memory/);
      }
    }
  });

  it("stops queueing when stopped() turns true, and yields the chunks already queued", async () => {
    const chunks = makeChunks(20, 2, 5);
    const worker = startWorker({ connection: url(), queue: "stop" });
    let seen = 0;
    const results = await collect(
      forecastOnQueue(chunks, { connection: url(), queue: "stop", forecast, inFlight: 3, onProgress: () => void seen++, stopped: () => seen >= 2 }),
    );
    await worker.close();
    expect(results.length).toBeGreaterThanOrEqual(2);
    expect(results.length).toBeLessThan(chunks.length);
    expect(results.map((r) => r.id)).toEqual(results.map((_, i) => i));
  });
});
