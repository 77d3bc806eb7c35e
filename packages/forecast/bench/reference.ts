// bench:reference — accuracy and speed of our automatic ETS against R's forecast::ets (stored
// results) and @bsull/augurs (AutoETS; MSTL + ETS for seasonal series), run here side by side;
// then batch throughput on generated monthly series with 1 and 2 worker threads.
//
//   pnpm --filter @dpm/forecast bench:reference [--data FILE] [--reference FILE] [--batch N] [--reps N]
//
// --data and --reference take the formats of ../shared/data/forecast/series.json and
// ../shared/reference/forecast/r_forecast.json (the defaults). Ends with one JSON line.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { ensureBuilt } from "./ensureBuilt.ts";
import { generateMonthly } from "./generate.ts";
import { printRows, thetaColumn, type BenchCase } from "./columns.ts";

ensureBuilt();
// Typed from the sources, loaded from the bundles (string specifiers keep tsc off dist/).
const { autoForecast, fitEts, mase, smape, thetaForecast }: typeof import("../src/index.ts") = await import(String("../dist/index.js"));
const { forecastBatchParallel }: typeof import("../src/node.ts") = await import(String("../dist/node.js"));
const { createRng } = await import("@dpm/core");

// ---------------------------------------------------------------- arguments and data
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dataFile = arg("data") ?? new URL("../../../../shared/data/forecast/series.json", import.meta.url).pathname;
const refFile = arg("reference") ?? new URL("../../../../shared/reference/forecast/r_forecast.json", import.meta.url).pathname;
const batchCount = Number(arg("batch") ?? 10_000);
const reps = Number(arg("reps") ?? 9);

interface Series { name: string; frequency: number; values: number[] }
interface RMethod { model: string; MASE: number; sMAPE: number; fit_cpu_s: number; fit_s: number; point?: number[] }
interface RSeries { name: string; m: number; n_train: number; h: number; actual?: number[]; methods: Record<string, RMethod> }

const data: Series[] = JSON.parse(readFileSync(dataFile, "utf8"));
const reference: { series: RSeries[] } = JSON.parse(readFileSync(refFile, "utf8"));
const cases = reference.series
  .map((r) => {
    const s = data.find((d) => d.name === r.name);
    if (s === undefined || r.methods.ets === undefined) return null;
    const train = Float64Array.from(s.values.slice(0, r.n_train));
    const actual = Float64Array.from(r.actual ?? s.values.slice(r.n_train, r.n_train + r.h));
    return { name: r.name, m: r.m, h: r.h, train, actual, r: r.methods.ets, methods: r.methods };
  })
  .filter((c): c is NonNullable<typeof c> => c !== null);
// Every series with data (the Theta and ARIMA columns do not need an R ets result).
const allCases: BenchCase[] = reference.series
  .map((r) => {
    const s = data.find((d) => d.name === r.name);
    if (s === undefined) return null;
    const train = Float64Array.from(s.values.slice(0, r.n_train));
    const actual = Float64Array.from(r.actual ?? s.values.slice(r.n_train, r.n_train + r.h));
    return { name: r.name, m: r.m, h: r.h, train, actual, methods: r.methods };
  })
  .filter((c): c is NonNullable<typeof c> => c !== null);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length;
  return k === 0 ? NaN : k % 2 ? (s[(k - 1) / 2] as number) : ((s[k / 2 - 1] as number) + (s[k / 2] as number)) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Median CPU milliseconds of `fn` over `reps` runs, after one warm-up run. */
function time(fn: () => void, n = reps): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const c0 = cpuMs();
    fn();
    t.push(cpuMs() - c0);
  }
  return median(t);
}

// ---------------------------------------------------------------- augurs (WASM)
const require = createRequire(import.meta.url);
const augursDir = dirname(require.resolve("@bsull/augurs/ets"));
const augursEts = await import(join(augursDir, "ets.js"));
const augursMstl = await import(join(augursDir, "mstl.js"));
augursEts.initSync({ module: readFileSync(join(augursDir, "ets_bg.wasm")) });
augursMstl.initSync({ module: readFileSync(join(augursDir, "mstl_bg.wasm")) });

function augursForecast(train: Float64Array, m: number, h: number): number[] {
  const model = m > 1 ? augursMstl.MSTL.ets([m]) : new augursEts.AutoETS(1, "ZZN");
  try {
    model.fit(train);
    return model.predict(h, 0.95).point as number[];
  } finally {
    model.free();
  }
}

// ---------------------------------------------------------------- per-series accuracy and speed
console.log(`@dpm/forecast vs R forecast::ets (stored) vs @bsull/augurs — ${cases.length} series, holdout as in ${refFile.split("/").slice(-3).join("/")}`);
console.log("times: median CPU ms of fit + select + forecast over", reps, "warm runs; R: fit_cpu_s from the reference\n");
const rows: {
  name: string; m: number; ours: string; r: string; mase: number; rMase: number; smape: number; rSmape: number;
  aMase: number; aSmape: number; ms: number; rMs: number; aMs: number; note: string;
}[] = [];
for (const c of cases) {
  const f = autoForecast(c.train, { horizon: c.h, period: c.m });
  const ms = time(() => autoForecast(c.train, { horizon: c.h, period: c.m }));
  let aMase = NaN;
  let aSmape = NaN;
  let aMs = NaN;
  let note = "";
  try {
    const p = augursForecast(c.train, c.m, c.h);
    aMase = mase(c.actual, p, c.train, { period: c.m });
    aSmape = smape(c.actual, p);
    aMs = time(() => augursForecast(c.train, c.m, c.h));
  } catch (error) {
    note = `augurs failed: ${String(error).slice(0, 60)}`;
  }
  rows.push({
    name: c.name, m: c.m, ours: f.method, r: c.r.model,
    mase: mase(c.actual, f.point, c.train, { period: c.m }), rMase: c.r.MASE,
    smape: smape(c.actual, f.point), rSmape: c.r.sMAPE, aMase, aSmape, ms, rMs: c.r.fit_cpu_s * 1000, aMs, note,
  });
}

const pad = (s: string, n: number) => s.padEnd(n);
const num = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : "—");
console.log(
  [pad("series", 15), pad("m", 3), pad("ours", 12), pad("R ets", 12), pad("MASE", 7), pad("R", 7), pad("augurs", 7), pad("sMAPE", 7), pad("R", 7), pad("augurs", 7), pad("ms", 6), pad("R ms", 7), pad("augurs", 7), "R/ours"].join(" "),
);
for (const r of rows) {
  console.log(
    [pad(r.name, 15), pad(String(r.m), 3), pad(r.ours, 12), pad(r.r + (r.ours === r.r ? "" : " *"), 12), pad(num(r.mase), 7), pad(num(r.rMase), 7), pad(num(r.aMase), 7), pad(num(r.smape, 2), 7), pad(num(r.rSmape, 2), 7), pad(num(r.aSmape, 2), 7), pad(num(r.ms, 2), 6), pad(num(r.rMs, 0), 7), pad(num(r.aMs, 2), 7), num(r.rMs / r.ms, 0) + "×", r.note].join(" "),
  );
}
const seasonal = rows.filter((r) => r.m > 1);
const plain = rows.filter((r) => r.m === 1);
const meanMASE = mean(rows.map((r) => r.mase));
const rMeanMASE = mean(rows.map((r) => r.rMase));
const augursOk = rows.filter((r) => Number.isFinite(r.aMase));
const sameModel = rows.filter((r) => r.ours === r.r).length;
console.log("\naccuracy (mean MASE / mean sMAPE)");
for (const [label, set] of [["all", rows], ["seasonal", seasonal], ["non-seasonal", plain]] as const) {
  if (set.length === 0) continue;
  console.log(
    `  ${pad(label, 13)} ours ${num(mean(set.map((r) => r.mase)))} / ${num(mean(set.map((r) => r.smape)), 2)}   R ets ${num(mean(set.map((r) => r.rMase)))} / ${num(mean(set.map((r) => r.rSmape)), 2)}   augurs ${num(mean(set.map((r) => r.aMase)))} / ${num(mean(set.map((r) => r.aSmape)), 2)}`,
  );
}
console.log(`  ratio of mean MASE, ours / R: ${num(meanMASE / rMeanMASE)}   same model as R: ${sameModel} of ${rows.length} (* = different)`);

const medianFitMs = median(rows.map((r) => r.ms));
const rMedianFitMs = median(rows.map((r) => r.rMs));
const aMedianFitMs = median(augursOk.map((r) => r.aMs));
const total = rows.reduce((a, r) => a + r.ms, 0);
const monthly = data.find((d) => d.name === "AirPassengers") ?? data.find((d) => d.frequency === 12);
const monthlyMs = monthly ? time(() => autoForecast(monthly.values, { horizon: 24, period: 12 })) : NaN;
console.log("\nspeed (CPU ms per series: fit + select + forecast)");
console.log(`  median          ours ${num(medianFitMs, 2)}   R ets ${num(rMedianFitMs, 1)} (${num(rMedianFitMs / medianFitMs, 0)}× ours)   augurs ${num(aMedianFitMs, 2)} (ours/augurs ${num(medianFitMs / aMedianFitMs, 2)})`);
console.log(`  per series      R/ours speed-up: min ${num(Math.min(...rows.map((r) => r.rMs / r.ms)), 1)}×, median ${num(median(rows.map((r) => r.rMs / r.ms)), 1)}×`);
console.log(`  all ${rows.length} series  ours ${num(total, 1)} ms   R ets ${num(rows.reduce((a, r) => a + r.rMs, 0), 0)} ms`);
if (monthly) console.log(`  one monthly series (${monthly.name}, ${monthly.values.length} points): ${num(monthlyMs, 2)} ms`);

// ---------------------------------------------------------------- Theta vs R's thetaf
const theta = thetaColumn(allCases, thetaForecast, mase, reps);
printRows("Theta vs R forecast::thetaf (ours: seas. = seasonally adjusted; * = forecasts differ from R's by > 1e-4)", "ours", "R", theta.rows, 14);
console.log(`  mean MASE ours ${num(theta.summary.meanMASE ?? NaN)}   R thetaf ${num(theta.summary.rMeanMASE ?? NaN)}   ratio ${num(theta.summary.ratio ?? NaN)}   median ms ours ${num(theta.summary.medianFitMs ?? NaN, 2)} vs R ${num(theta.summary.rMedianFitMs ?? NaN, 1)}`);

// ---------------------------------------------------------------- fixed models (r_fits.json)
const fitsFile = join(dirname(refFile), "r_fits.json");
if (existsSync(fitsFile)) {
  const rFits: { ets_fixed: { series: string; spec?: string; model: string; loglik: number; params: Record<string, number> }[] } = JSON.parse(readFileSync(fitsFile, "utf8"));
  console.log("\nfixed models on whole series (r_fits.json): log-likelihood ours (default / R's optimiser) vs R, largest parameter difference with R's optimiser");
  for (const f of rFits.ets_fixed) {
    const s = data.find((d) => d.name === f.series);
    if (s === undefined) continue;
    const [e, t, se] = f.model.slice(4, -1).split(",") as [string, string, string];
    const options = { period: s.frequency, model: `${e}${t[0]}${se}`, damped: t.endsWith("d") };
    const ours = fitEts(s.values, options);
    const asR = fitEts(s.values, { ...options, optimizer: "nelder-mead" });
    const p = asR.parameters;
    const diffs = [Math.abs(p.alpha - (f.params.alpha ?? NaN))];
    if (p.beta !== null) diffs.push(Math.abs(p.beta - (f.params.beta ?? NaN)));
    if (p.gamma !== null) diffs.push(Math.abs(p.gamma - (f.params.gamma ?? NaN)));
    if (p.phi !== null) diffs.push(Math.abs(p.phi - (f.params.phi ?? NaN)));
    console.log(`  ${pad(f.series, 15)} ${pad(f.model, 12)} ours ${num(ours.loglik, 3)} / ${num(asR.loglik, 3)}   R ${num(f.loglik, 3)}   ${ours.loglik >= f.loglik - 1e-6 ? "≥ R" : "< R"}   max |Δparam| ${Math.max(...diffs).toExponential(1)}`);
  }
}

// ---------------------------------------------------------------- augurs' seasonal AutoETS, isolated
// augurs' AutoETS with a season length panics inside WASM; probe it in a throwaway thread.
const probe = async (m: number, y: number[]): Promise<string> =>
  new Promise((resolve) => {
    const code = `
      const { parentPort, workerData } = require("node:worker_threads");
      const { readFileSync } = require("node:fs");
      import(workerData.js).then((ets) => {
        ets.initSync({ module: readFileSync(workerData.wasm) });
        try { const a = new ets.AutoETS(workerData.m, "ZZZ"); a.fit(workerData.y); a.predict(4); parentPort.postMessage("ok"); }
        catch (e) { parentPort.postMessage("crash: " + String(e).split("\\n")[0]); }
      });`;
    const w = new Worker(code, { eval: true, workerData: { js: join(augursDir, "ets.js"), wasm: join(augursDir, "ets_bg.wasm"), m, y }, stderr: true });
    w.stderr.resume();
    w.once("message", (msg: string) => { resolve(msg); void w.terminate(); });
    w.once("error", (e) => resolve(`crash: ${e.message}`));
  });
const probes: string[] = [];
for (const m of [...new Set(seasonal.map((r) => r.m))]) {
  const c = cases.find((x) => x.m === m);
  if (c) probes.push(`season ${m}: ${await probe(m, Array.from(c.train))}`);
}
if (probes.length > 0) console.log(`\naugurs AutoETS(season, "ZZZ"): ${probes.join("; ")} — so seasonal series use MSTL + ETS above`);

// ---------------------------------------------------------------- batch throughput
let batch: Record<string, unknown> | null = null;
if (batchCount > 0) {
  const series = generateMonthly(createRng(2024), batchCount, 144);
  const run = async (workers: number) => {
    const t0 = performance.now();
    const c0 = process.cpuUsage(); // includes the worker threads of this process
    const result = await forecastBatchParallel(series, { horizon: 12, period: 12, workers, chunkSize: 50 });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cores = (cpu.user + cpu.system) / 1e6 / seconds;
    let hash = 0;
    for (const item of result.items) if (item.ok) for (const v of item.forecast.point) hash = (hash * 31 + v) % 1e9;
    return { seconds, perSecond: batchCount / seconds, failed: result.failed, hash, cores };
  };
  console.log(`\nbatch: ${batchCount} generated monthly series (144 points, horizon 12, seed 2024)`);
  const one = await run(1);
  console.log(`  1 worker : ${num(one.seconds, 1)} s  ${num(one.perSecond, 0)} series/s  (${one.failed} failed; CPU cores actually obtained ${num(one.cores, 2)})`);
  const two = await run(2);
  console.log(`  2 workers: ${num(two.seconds, 1)} s  ${num(two.perSecond, 0)} series/s  speed-up ${num(one.seconds / two.seconds, 2)}×  identical results: ${one.hash === two.hash}  (CPU cores obtained ${num(two.cores, 2)}; load average ${loadavg().map((x) => x.toFixed(1)).join(" ")})`);
  // On a shared machine the wall-clock speed-up is capped by the cores the OS grants; series per
  // CPU-second shows whether the workers themselves scale (1.00 = perfectly linear).
  const efficiency = two.perSecond / two.cores / (one.perSecond / one.cores);
  console.log(`  series per CPU-second: ${num(one.perSecond / one.cores, 0)} (1 worker), ${num(two.perSecond / two.cores, 0)} (2 workers) → parallel efficiency ${num(efficiency, 2)}`);
  batch = {
    series: batchCount,
    workers1: { seconds: Number(one.seconds.toFixed(2)), seriesPerSecond: Math.round(one.perSecond), cpuCores: Number(one.cores.toFixed(2)) },
    workers2: { seconds: Number(two.seconds.toFixed(2)), seriesPerSecond: Math.round(two.perSecond), cpuCores: Number(two.cores.toFixed(2)) },
    speedup: Number((one.seconds / two.seconds).toFixed(2)),
    parallelEfficiency: Number((two.perSecond / two.cores / (one.perSecond / one.cores)).toFixed(2)),
    identical: one.hash === two.hash,
  };
}

const round = (x: number, d = 4) => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);
console.log(
  JSON.stringify({
    series: rows.length,
    ets: {
      meanMASE: round(meanMASE),
      rMeanMASE: round(rMeanMASE),
      ratio: round(meanMASE / rMeanMASE),
      sameModel,
      medianFitMs: round(medianFitMs, 3),
      rMedianFitMs: round(rMedianFitMs, 3),
    },
    theta: theta.summary,
    augurs: { meanMASE: round(mean(augursOk.map((r) => r.aMase))), medianFitMs: round(aMedianFitMs, 3) },
    ...(batch === null ? {} : { batch }),
  }),
);
