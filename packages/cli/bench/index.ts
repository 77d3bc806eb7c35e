// pnpm --filter @dpm/cli bench [-- --series 100000 --small 10000 --days 730 --method theta --no-queue]
//
// N daily store × product series × 2 years in a seeded Parquet file (made by DuckDB in a temp
// dir) → 28-day forecasts with `dpm forecast`, run as a user runs it (a spawned process):
// series per second and peak memory with 1 and 2 local worker threads, with 2 BullMQ workers
// (`dpm worker`) on a local redis-server when @dpm/bullmq is there, the BullMQ/local ratio at
// 2 workers, memory at --small vs N series, and the two Parquet readers (DuckDB, hyparquet)
// on the small file. Ends with one line of JSON.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { prepareChunks } from "../src/forecast/groupSeries.ts";
import { openInput, type ParquetReader } from "../src/io/InputSource.ts";

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? (argv[i + 1] as string) : fallback;
};
const SERIES = Number(flag("series", "100000"));
const SMALL = Math.min(SERIES, Number(flag("small", "10000")));
const DAYS = Number(flag("days", "730"));
const METHOD = flag("method", "theta");
const HORIZON = 28;
const QUEUE = !argv.includes("--no-queue");
const CLI_DIR = fileURLToPath(new URL("..", import.meta.url));
const ENV = { ...process.env, TSX_TSCONFIG_PATH: join(CLI_DIR, "test", "tsconfig.sources.json") };
const DPM = ["--import", "tsx", join(CLI_DIR, "src", "bin.ts")];

const dir = mkdtempSync(join(tmpdir(), "dpm-cli-bench-"));
process.on("exit", () => rmSync(dir, { recursive: true, force: true }));

async function makeParquet(path: string, n: number): Promise<void> {
  const db = await DuckDBInstance.create(":memory:", { threads: "2" });
  const c = await db.connect();
  // Deterministic (hash-based noise, no random()); unnest keeps each series' rows together.
  await c.run(`copy (
    select 'S' || (s // 100)::varchar as store, 'P' || (s % 100)::varchar as product,
      (date '2024-01-01' + d::integer) as day,
      round(50 + (s % 37) + 10 * sin(2 * pi() * d / 7) + 0.02 * d + ((hash(s * 100000 + d) % 1000)::double / 100 - 5), 2) as revenue
    from (select s, unnest(range(${DAYS})) as d from range(${n}) t(s))
  ) to '${path}' (format parquet, row_group_size 122880)`);
  c.closeSync();
  db.closeSync();
}

interface Run {
  readonly label: string;
  readonly series: number;
  readonly seconds: number;
  readonly seriesPerSecond: number;
  readonly peakMemoryMB: number;
  readonly workerPeakMemoryMB?: readonly number[];
}

function forecastArgs(input: string, output: string): string[] {
  return ["forecast", "--input", input, "--id", "store,product", "--date", "day", "--value", "revenue", "--freq", "day", "--horizon", String(HORIZON), "--method", METHOD, "--output", output, "--json", "-q"];
}

function runLocal(input: string, n: number, workers: number): Run {
  const r = spawnSync(process.execPath, [...DPM, ...forecastArgs(input, join(dir, `out-${n}-${workers}.parquet`)), "--workers", String(workers)], { env: ENV, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`dpm forecast exited ${r.status}: ${r.stderr}`);
  const s = JSON.parse(r.stdout) as { series: number; seconds: number; peakMemoryMB: number };
  return { label: `${n} series, ${workers} local worker${workers === 1 ? "" : "s"}`, series: s.series, seconds: s.seconds, seriesPerSecond: s.series / s.seconds, peakMemoryMB: s.peakMemoryMB };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === "object" && a !== null ? a.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const vmHwmMB = (pid: number | undefined) => {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m === null ? Number.NaN : Math.round(Number(m[1]) / 1024);
  } catch {
    return Number.NaN;
  }
};

function bullmqAvailable(): boolean {
  if (!existsSync("/usr/bin/redis-server")) return false;
  const probe = 'const m = await import("@dpm/bullmq"); process.exit(typeof m.forecastOnQueue === "function" ? 0 : 1);';
  return spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", probe], { env: ENV, cwd: CLI_DIR, stdio: "ignore" }).status === 0;
}

async function runQueue(input: string, n: number, workers: number): Promise<Run> {
  const port = await freePort();
  const redis = spawn("/usr/bin/redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  const url = `redis://127.0.0.1:${port}`;
  const children: ChildProcess[] = [];
  try {
    await sleep(300);
    for (let i = 0; i < workers; i++) children.push(spawn(process.execPath, [...DPM, "worker", "--queue", url, "--queue-name", "bench", "-q"], { env: ENV, stdio: "ignore" }));
    await sleep(3000); // workers load and connect before the clock starts, as a standing fleet would
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const p = spawn(process.execPath, [...DPM, ...forecastArgs(input, join(dir, `out-${n}-q${workers}.parquet`)), "--queue", url, "--queue-name", "bench"], { env: ENV });
      let stdout = "";
      let stderr = "";
      p.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
      p.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      p.on("exit", (code) => resolve({ code, stdout, stderr }));
    });
    if (r.code !== 0) throw new Error(`dpm forecast --queue exited ${r.code}: ${r.stderr}`);
    const s = JSON.parse(r.stdout) as { series: number; seconds: number; peakMemoryMB: number };
    const workerPeakMemoryMB = children.map((c) => vmHwmMB(c.pid));
    return { label: `${n} series, ${workers} BullMQ workers`, series: s.series, seconds: s.seconds, seriesPerSecond: s.series / s.seconds, peakMemoryMB: s.peakMemoryMB, workerPeakMemoryMB };
  } finally {
    for (const c of children) c.kill("SIGTERM");
    await sleep(500);
    for (const c of children) c.kill("SIGKILL");
    redis.kill("SIGKILL");
  }
}

async function readRate(input: string, reader: ParquetReader): Promise<{ reader: ParquetReader; rowsPerSecond: number; seconds: number }> {
  const t = performance.now();
  const source = await openInput(input, undefined, reader);
  let series = 0;
  for await (const p of prepareChunks(source, { id: ["store", "product"], date: "day", value: "revenue", freq: "day", gaps: "zero", chunkSize: 64, label: input })) series += p.chunk.series.length + p.failures.length;
  await source.close();
  const seconds = (performance.now() - t) / 1000;
  if (series !== SMALL) throw new Error(`read ${series} series, expected ${SMALL}`);
  return { reader, rowsPerSecond: (SMALL * DAYS) / seconds, seconds };
}

const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

const big = join(dir, `sales-${SERIES}.parquet`);
const small = join(dir, `sales-${SMALL}.parquet`);
let t = performance.now();
await makeParquet(big, SERIES);
if (SMALL !== SERIES) await makeParquet(small, SMALL);
console.log(`data: ${fmt(SERIES)} daily series × ${DAYS} days = ${fmt(SERIES * DAYS)} rows, ${fmt(statSync(big).size / 2 ** 20, 1)} MB Parquet (made in ${fmt((performance.now() - t) / 1000, 1)} s); method ${METHOD}, horizon ${HORIZON}`);

t = performance.now();
const readers = [await readRate(small, "duckdb"), await readRate(small, "hyparquet")];
for (const r of readers) console.log(`read + group ${fmt(SMALL)} series with ${r.reader.padEnd(9)}: ${fmt(r.rowsPerSecond)} rows/s (${fmt(r.seconds, 1)} s)`);

const runs: Run[] = [];
const show = (r: Run) => {
  runs.push(r);
  console.log(`${r.label.padEnd(34)} ${fmt(r.seriesPerSecond, 1).padStart(8)} series/s  ${fmt(r.seconds, 1).padStart(7)} s  peak ${fmt(r.peakMemoryMB)} MB${r.workerPeakMemoryMB === undefined ? "" : ` (workers ${r.workerPeakMemoryMB.map((m) => `${fmt(m)} MB`).join(", ")})`}`);
  return r;
};
const local1 = show(runLocal(big, SERIES, 1));
const local2 = show(runLocal(big, SERIES, 2));
const smallRun = SMALL !== SERIES ? show(runLocal(small, SMALL, 2)) : local2;
let queue2: Run | null = null;
if (QUEUE && bullmqAvailable()) queue2 = show(await runQueue(big, SERIES, 2));
else console.log("BullMQ: skipped (@dpm/bullmq without forecastOnQueue, no /usr/bin/redis-server, or --no-queue)");
const ratio = queue2 === null ? null : queue2.seriesPerSecond / local2.seriesPerSecond;
if (ratio !== null) console.log(`BullMQ / local at 2 workers: ${fmt(ratio, 2)} (aim ≥ 0.85)`);
console.log(`peak memory, 2 local workers: ${fmt(smallRun.peakMemoryMB)} MB at ${fmt(SMALL)} series vs ${fmt(local2.peakMemoryMB)} MB at ${fmt(SERIES)} series`);

console.log(
  JSON.stringify({
    bench: "cli",
    series: SERIES,
    days: DAYS,
    horizon: HORIZON,
    method: METHOD,
    readRowsPerSecond: Object.fromEntries(readers.map((r) => [r.reader, Math.round(r.rowsPerSecond)])),
    local1: { seriesPerSecond: Math.round(local1.seriesPerSecond * 10) / 10, peakMemoryMB: local1.peakMemoryMB },
    local2: { seriesPerSecond: Math.round(local2.seriesPerSecond * 10) / 10, peakMemoryMB: local2.peakMemoryMB },
    bullmq2: queue2 === null ? null : { seriesPerSecond: Math.round(queue2.seriesPerSecond * 10) / 10, producerPeakMemoryMB: queue2.peakMemoryMB, workerPeakMemoryMB: queue2.workerPeakMemoryMB },
    bullmqOverLocal: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    peakMemoryMB: { [SMALL]: smallRun.peakMemoryMB, [SERIES]: local2.peakMemoryMB },
  }),
);
