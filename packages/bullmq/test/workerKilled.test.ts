// 3 worker processes on a private redis-server; one is killed with SIGKILL in the middle of a chunk.
// Every series still gets exactly one result and the output file equals the single-process run's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forecastChunk, forecastOnQueue, type ForecastChunkOptions, type QueueProgress } from "../src/index.js";
import { collect, makeChunks, outputText } from "./helpers.js";
import { startRedis, type RedisServer } from "./redisServer.js";
import { spawnWorker, type WorkerProcess } from "./workerProcess.js";

let redis: RedisServer | undefined;
let workers: WorkerProcess[] = [];
const dir = mkdtempSync(join(tmpdir(), "dpm-bullmq-out-"));

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await redis?.stop();
  if (process.env.DPM_KEEP_OUT === undefined) rmSync(dir, { recursive: true, force: true });
});

describe("a worker killed with SIGKILL mid-chunk", () => {
  it("loses nothing: one result per series, byte-identical to the single-process run", async () => {
    const url = (redis as RedisServer).url;
    const chunks = makeChunks(160, 8);
    const forecast: ForecastChunkOptions = { horizon: 6, method: "ets", levels: [80, 95], seed: 11 };
    const single = join(dir, "single.jsonl");
    writeFileSync(single, outputText(chunks.map((c) => forecastChunk(c, forecast))));

    workers = [0, 1, 2].map(() => spawnWorker(url, "fleet"));
    await Promise.all(workers.map((w) => w.ready));
    const [victim, ...survivors] = workers as [WorkerProcess, WorkerProcess, WorkerProcess];
    let killedJob: string | undefined;
    let taken = 0;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => victim.child.once("exit", (_code, signal) => resolve(signal)));
    victim.onEvent((e) => {
      if (e.event === "active" && ++taken === 2) {
        killedJob = e.job;
        victim.child.kill("SIGKILL");
      }
    });

    const progress: QueueProgress[] = [];
    const results = await collect(forecastOnQueue(chunks, { connection: url, queue: "fleet", run: "killed1", forecast, attempts: 3, onProgress: (p) => progress.push(p) }));
    const queued = join(dir, "queued.jsonl");
    writeFileSync(queued, outputText(results));

    expect(await exited).toBe("SIGKILL");
    expect(killedJob).toMatch(/^killed1-\d+$/);
    const killedChunk = Number(killedJob?.split("-")[1]);
    // It died before storing the chunk it held; a survivor stored that chunk.
    expect(victim.events.some((e) => e.event === "chunk" && e.chunk === killedChunk)).toBe(false);
    const stores = survivors.flatMap((w) => w.events).concat(victim.events).filter((e) => e.event === "chunk" && e.stored === true);
    expect(stores.filter((e) => e.chunk === killedChunk)).toHaveLength(1);
    // Each chunk's result was stored exactly once across the fleet, and the producer yielded each once, in order.
    expect(stores.map((e) => e.chunk).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(chunks.map((c) => c.id));
    expect(results.map((r) => r.id)).toEqual(chunks.map((c) => c.id));
    expect(results.flatMap((r) => r.outcomes.map((o) => o.index))).toEqual(chunks.flatMap((c) => c.series.map((s) => s.index)));
    // Per-series errors travel too: the one-point and NaN series failed with their reasons.
    expect(results.flatMap((r) => r.outcomes).filter((o) => !o.ok).length).toBeGreaterThan(0);
    expect(readFileSync(queued).equals(readFileSync(single))).toBe(true);
    // Progress events: one per chunk, ending with every series done.
    expect(progress).toHaveLength(chunks.length);
    expect(progress.at(-1)).toMatchObject({ chunksDone: 20, seriesDone: 160, chunksQueued: 20 });
  });
});
