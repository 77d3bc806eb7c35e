// bench:competition — our methods on a forecasting-competition file, scored like the M3/M4
// papers, next to reference methods.
//
//   pnpm --filter @dpm/forecast bench:competition -- --data FILE [--methods default,ets,...]
//        [--reference FILE[,FILE]] [--workers 2] [--limit N] [--every K]
//
// --data: `[{id, period, frequency, h, x, xx}]` (../shared/data/m3/m3_series.json, ../m4/*).
// --methods: default (autoForecast, no options), ets, theta, arima, comb (ETS+Theta+ARIMA), snaive, snaive-long, naive.
// --reference: forecasts per method in file order (`{method: [[...], ...]}`, e.g. the original M3
//   forecasts; R's `{ets, theta, arima}` file is scored as "R ets", "R theta", "R arima") or published
//   scores (`{methods: {name: {sMAPE: {Hourly: …}, MASE: {…}}}}`, the M4 table).
// Scores: sMAPE (M3/M4), MASE (in-sample seasonal naive, m = frequency), MSIS at 95 % (our methods only),
// per `period` category and ALL. A method that throws is scored with the naive forecast and counted as failed.
// Runs from the sources through tsx; the methods run on --workers worker threads (default 2).
// Ends with one JSON line.
import { readFileSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import type { CompetitionSeries } from "./competitionMethods.ts";
import { maseOf, msisOf, naiveScale, ScoreTable, smapeOf, type CategoryScore } from "./competitionScore.ts";
import type { WorkerResult } from "./competitionWorker.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dataFile = arg("data") ?? new URL("../../../../shared/data/m3/m3_series.json", import.meta.url).pathname;
const methods = (arg("methods") ?? "default,ets").split(",").filter((m) => m !== "");
const refFiles = (arg("reference") ?? "").split(",").filter((f) => f !== "");
const workers = Math.max(1, Number(arg("workers") ?? 2));
const limit = arg("limit") === undefined ? Infinity : Number(arg("limit"));
const every = Math.max(1, Number(arg("every") ?? 1));

const all: CompetitionSeries[] = JSON.parse(readFileSync(dataFile, "utf8"));
// --every K keeps every K-th series (a quick, representative subset); file indices are kept for references.
const chosen = all.map((series, index) => ({ index, series })).filter(({ index }) => index % every === 0).slice(0, limit);
const categories = [...new Set(chosen.map((c) => c.series.period))];

// ---------------------------------------------------------------- run our methods on worker threads
async function runAll(): Promise<{ results: WorkerResult[]; wall: number }> {
  const t0 = performance.now();
  const queue = [...chosen];
  const results: WorkerResult[] = [];
  const tsWorker = new URL("../../../scripts/tsWorker.mjs", import.meta.url);
  const entry = new URL("./competitionWorker.ts", import.meta.url).href;
  const tsconfig = new URL("../tsconfig.source.json", import.meta.url).pathname;
  let done = 0;
  await Promise.all(
    Array.from({ length: Math.min(workers, queue.length) }, () => new Promise<void>((resolve, reject) => {
      const w = new Worker(tsWorker, { argv: [entry, tsconfig] });
      const next = () => {
        const items = queue.splice(0, 8);
        if (items.length === 0) {
          w.postMessage(null);
          return;
        }
        w.postMessage({ items, methods });
      };
      w.on("message", (r: WorkerResult[]) => {
        results.push(...r);
        done += new Set(r.map((x) => x.index)).size;
        if (process.stderr.isTTY) process.stderr.write(`\r${done}/${chosen.length}`);
        next();
      });
      w.on("error", reject);
      w.on("exit", () => resolve());
      next();
    })),
  );
  if (process.stderr.isTTY) process.stderr.write("\n");
  return { results, wall: (performance.now() - t0) / 1000 };
}

const { results, wall } = methods.length > 0 ? await runAll() : { results: [], wall: 0 };

// --dump FILE: every forecast, for offline analysis
const dumpFile = arg("dump");
if (dumpFile !== undefined) writeFileSync(dumpFile, JSON.stringify(results));

// ---------------------------------------------------------------- score
const scores: Record<string, Record<string, CategoryScore>> = {};
const seconds: Record<string, number> = {};
const medianMs: Record<string, number> = {};
const failures: Record<string, string[]> = {};

function naivePoint(s: CompetitionSeries): number[] {
  return new Array<number>(s.h).fill(s.x[s.x.length - 1] as number);
}

for (const method of methods) {
  const table = new ScoreTable();
  const rows = results.filter((r) => r.method === method);
  const times: number[] = [];
  let total = 0;
  for (const r of rows) {
    const s = all[r.index] as CompetitionSeries;
    const scale = naiveScale(s.x, s.frequency);
    times.push(r.ms);
    total += r.ms / 1000;
    const ok = r.out !== null && r.out.point.length === s.h && r.out.point.every(Number.isFinite);
    if (!ok) (failures[method] ??= []).push(`${s.id}: ${r.error ?? "non-finite forecast"}`);
    const point = ok ? (r.out as NonNullable<typeof r.out>).point : naivePoint(s);
    const lower = ok ? r.out?.lower ?? null : null;
    const upper = ok ? r.out?.upper ?? null : null;
    const msis = lower !== null && upper !== null ? msisOf(s.xx, lower, upper, scale) : null;
    table.add(s.period, smapeOf(s.xx, point), maseOf(s.xx, point, scale), msis, !ok);
  }
  scores[method] = table.result();
  seconds[method] = total;
  times.sort((a, b) => a - b);
  medianMs[method] = times[Math.floor(times.length / 2)] ?? NaN;
}

// ---------------------------------------------------------------- references
const published: Record<string, Record<string, { smape: number; mase: number }>> = {};
for (const file of refFiles) {
  const ref = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  if (typeof ref.methods === "object" && ref.methods !== null && !Array.isArray(ref.methods)) {
    // published scores: per frequency name ("Hourly") — matched to the data's categories
    for (const [name, m] of Object.entries(ref.methods as Record<string, { sMAPE?: Record<string, number>; MASE?: Record<string, number> }>)) {
      const row: Record<string, { smape: number; mase: number }> = {};
      for (const cat of categories) {
        const key = Object.keys(m.sMAPE ?? {}).find((k) => k.toUpperCase() === cat.toUpperCase());
        if (key !== undefined && typeof (m.sMAPE as Record<string, unknown>)[key] === "number") row[cat] = { smape: (m.sMAPE as Record<string, number>)[key] as number, mase: m.MASE?.[key] ?? NaN };
      }
      if (Object.keys(row).length > 0) published[name] = row;
    }
    continue;
  }
  const isR = Array.isArray(ref.ets) && typeof ref.source === "string" && String(ref.source).includes("R ");
  for (const [key, value] of Object.entries(ref)) {
    if (!Array.isArray(value)) continue;
    const name = isR ? `R ${key}` : key;
    const table = new ScoreTable();
    for (const { index, series: s } of chosen) {
      const f = value[index] as number[] | null | undefined;
      if (!Array.isArray(f) || f.length < s.h) continue;
      const scale = naiveScale(s.x, s.frequency);
      table.add(s.period, smapeOf(s.xx, f.slice(0, s.h)), maseOf(s.xx, f.slice(0, s.h), scale), null, false);
    }
    const r = table.result();
    if (r.ALL !== undefined) scores[name] = r;
    if (isR && typeof ref.seconds === "object" && ref.seconds !== null) {
      const sec = (ref.seconds as Record<string, number>)[key];
      if (typeof sec === "number") seconds[name] = (sec * chosen.length) / all.length;
    }
  }
}

// ---------------------------------------------------------------- print
const cols = [...categories, "ALL"];
const fmt = (v: number | null | undefined, d = 2) => (v === null || v === undefined || !Number.isFinite(v) ? "—" : v.toFixed(d));
console.log(`bench:competition on ${dataFile} (${chosen.length} series${every > 1 ? `, every ${every}th` : ""}), wall ${wall.toFixed(1)} s on ${workers} worker(s)`);
console.log(`\nsMAPE (MASE) by category; MSIS at 95 % for ALL where the method has intervals`);
console.log(`| method | ${cols.map((c) => `${c} (n)`).join(" | ")} | MSIS | s/series |`);
console.log(`| --- | ${cols.map(() => "---").join(" | ")} | --- | --- |`);
const order = Object.keys(scores).sort((a, b) => ((scores[a] as Record<string, CategoryScore>).ALL?.smape ?? Infinity) - ((scores[b] as Record<string, CategoryScore>).ALL?.smape ?? Infinity));
for (const name of order) {
  const s = scores[name] as Record<string, CategoryScore>;
  const ours = methods.includes(name);
  const perSeries = seconds[name] !== undefined ? fmt((seconds[name] as number) / (s.ALL?.n ?? 1), 4) : "—";
  const cells = cols.map((c) => (s[c] === undefined ? "—" : `${fmt(s[c]?.smape)} (${fmt(s[c]?.mase, 3)})${c === "ALL" ? "" : ` ${s[c]?.n}`}${(s[c]?.failed ?? 0) > 0 ? ` ✗${s[c]?.failed}` : ""}`));
  console.log(`| ${ours ? `**${name}**` : name} | ${cells.join(" | ")} | ${fmt(s.ALL?.msis)} | ${perSeries} |`);
}
if (Object.keys(published).length > 0) {
  console.log(`\nPublished scores (sMAPE (MASE as published)):`);
  const pub = Object.entries(published).sort((a, b) => (Object.values(a[1])[0]?.smape ?? 0) - (Object.values(b[1])[0]?.smape ?? 0));
  for (const [name, row] of pub) console.log(`| ${name} | ${categories.map((c) => (row[c] === undefined ? "—" : `${fmt(row[c]?.smape, 3)} (${fmt(row[c]?.mase, 3)})`)).join(" | ")} |`);
}
for (const m of methods) console.log(`${m}: median ${fmt(medianMs[m], 1)} ms per series, ${fmt(seconds[m], 1)} s CPU in total`);
for (const [m, list] of Object.entries(failures)) console.log(`${m} failed on ${list.length}: ${list.slice(0, 5).join("; ")}`);

const json: Record<string, unknown> = {};
for (const [name, s] of Object.entries(scores)) json[name] = s;
for (const [name, row] of Object.entries(published)) if (json[name] === undefined) json[name] = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, { smape: v.smape, mase: v.mase, msis: null, n: null, failed: null, published: true }]));
json.seconds = seconds;
json.medianMs = medianMs;
console.log(JSON.stringify(json));
