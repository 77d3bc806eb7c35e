// Redis itself restarts in the middle of a run (AOF on, same port, same dir): the workers and the
// producer reconnect, and the run completes with the single-process output.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecastChunk, forecastOnQueue, type ForecastChunkOptions } from "../src/index.js";
import { collect, makeChunks, outputText } from "./helpers.js";
import { startRedis, type RedisServer } from "./redisServer.js";
import { spawnWorker, type WorkerProcess } from "./workerProcess.js";

let redis: RedisServer | undefined;
let workers: WorkerProcess[] = [];

beforeAll(async () => {
  redis = await startRedis({ aof: true });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await redis?.stop();
});

describe("a Redis restart mid-run", () => {
  it("completes with output identical to the single-process run", async () => {
    const server = redis as RedisServer;
    const chunks = makeChunks(120, 6, 21);
    const forecast: ForecastChunkOptions = { horizon: 4, method: "ets", seed: 5 };
    const expected = outputText(chunks.map((c) => forecastChunk(c, forecast)));

    workers = [0, 1].map(() => spawnWorker(server.url, "restart"));
    await Promise.all(workers.map((w) => w.ready));
    // The restart comes when the workers have stored 3 chunks; with at most 4 chunks in flight the
    // producer must also reconnect to queue the rest.
    let storedBefore = -1;
    let restart: Promise<void> | undefined;
    const storedNow = () => workers.flatMap((w) => w.events).filter((e) => e.event === "chunk" && e.stored === true).length;
    for (const w of workers) {
      w.onEvent((e) => {
        if (e.event === "chunk" && restart === undefined && storedNow() >= 3) {
          storedBefore = storedNow();
          restart = server.restart();
        }
      });
    }
    const results = await collect(forecastOnQueue(chunks, { connection: server.url, queue: "restart", run: "restart1", forecast, inFlight: 4 }));
    await restart;
    expect(results.map((r) => r.id)).toEqual(chunks.map((c) => c.id));
    expect(outputText(results)).toBe(expected);
    // The restart came mid-run, and no chunk was stored twice. (A SET whose reply the restart cut off
    // is re-sent by ioredis on reconnect and then reports "already stored", so a chunk may show no
    // stored event at all; its result is in the output above.)
    expect(storedBefore).toBeGreaterThanOrEqual(3);
    expect(storedBefore).toBeLessThanOrEqual(8);
    const stored = workers.flatMap((w) => w.events).filter((e) => e.event === "chunk" && e.stored === true);
    expect(new Set(stored.map((e) => e.chunk)).size).toBe(stored.length);
    expect(stored.length).toBeGreaterThan(storedBefore);
  });
});
