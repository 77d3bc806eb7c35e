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
    let restartedAt = -1;
    let storedBefore = -1;
    const storedNow = () => workers.flatMap((w) => w.events).filter((e) => e.event === "chunk" && e.stored === true).length;
    let restart: Promise<void> | undefined;
    const results = await collect(
      forecastOnQueue(chunks, {
        connection: server.url,
        queue: "restart",
        run: "restart1",
        forecast,
        onProgress: (p) => {
          if (restart === undefined && p.chunksDone === 5) {
            restartedAt = p.chunksDone;
            storedBefore = storedNow();
            restart = server.restart();
          }
        },
      }),
    );
    await restart;
    expect(restartedAt).toBe(5);
    expect(results.map((r) => r.id)).toEqual(chunks.map((c) => c.id));
    expect(outputText(results)).toBe(expected);
    // The restart came mid-run: the worker processes stored most chunks after it, each exactly once.
    expect(storedBefore).toBeLessThan(chunks.length / 2);
    const stored = workers.flatMap((w) => w.events).filter((e) => e.event === "chunk" && e.stored === true);
    expect(stored.map((e) => e.chunk).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(chunks.map((c) => c.id));
  });
});
