// bench:reference — accuracy and speed of our automatic ETS against R's forecast::ets (stored
// results) and @bsull/augurs (AutoETS; MSTL + ETS for seasonal series), run here side by side;
// then batch throughput on generated monthly series with 1 and 2 worker threads.
//
//   pnpm --filter @dpm/forecast bench:reference [--data FILE] [--reference FILE] [--batch N] [--reps N] [--arima-reps N]
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
import { arimaColumn, mean as meanOf, median as medianOf, npmArimaColumn, printRows, round as roundTo, thetaColumn, type ArimaApi, type BenchCase } from "./columns.ts";

ensureBuilt();
// Typed from the sources, loaded from the bundles (string specifiers keep tsc off dist/).
const lib: typeof import("../src/index.ts") = await import(String("../dist/index.js"));
const { autoForecast, fitEts, mase, smape, thetaForecast } = lib;
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
const arimaReps = Number(arg("arima-reps") ?? 3);

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

// ---------------------------------------------------------------- auto ARIMA vs R's auto.arima, and npm `arima`
const arimaApi = lib as unknown as Partial<ArimaApi>;
let arimaSummary: ReturnType<typeof arimaColumn>["summary"] | null = null;
let npmSummary: Record<string, unknown> | null = null;
if (typeof arimaApi.autoArima === "function" && typeof arimaApi.forecastArima === "function") {
  const arima = arimaColumn(allCases, arimaApi as ArimaApi, mase, arimaReps);
  printRows(`auto ARIMA vs R forecast::auto.arima (median CPU ms of ${arimaReps} warm runs; * = different orders)`, "ours", "R", arima.rows, 34);
  const sa = arima.summary;
  console.log(`  mean MASE ours ${num(sa.meanMASE ?? NaN)}   R auto.arima ${num(sa.rMeanMASE ?? NaN)}   ratio ${num(sa.ratio ?? NaN)}   same orders ${sa.sameOrders}/${arima.rows.length}, same model string ${sa.sameModel}   failed ${sa.failed}   median ms ours ${num(sa.medianFitMs ?? NaN, 1)} vs R ${num(sa.rMedianFitMs ?? NaN, 1)}`);
  arimaSummary = sa;

  // npm `arima` (ctsa AutoARIMA compiled to WASM) on the same split, timed the same way
  const ARIMA = require("arima");
  const npm = npmArimaColumn(allCases, ARIMA, mase, arimaReps);
  console.log(`\nnpm arima (AutoARIMA, ctsa/WASM) vs ours on the same split (median CPU ms of ${arimaReps} warm runs)`);
  console.log([pad("series", 15), pad("MASE ours", 10), pad("npm", 10), pad("ms ours", 9), pad("npm", 9), "npm/ours", "  note"].join(" "));
  const both: { ours: number; theirs: number; msOurs: number; msTheirs: number }[] = [];
  npm.forEach((r, i) => {
    const o = arima.rows[i];
    if (o === undefined) return;
    console.log([pad(r.name, 15), pad(num(o.mase), 10), pad(num(r.mase), 10), pad(num(o.ms, 1), 9), pad(num(r.ms, 1), 9), pad(num(r.ms / o.ms, 1) + "×", 8), r.note].join(" "));
    if (Number.isFinite(r.mase) && Number.isFinite(o.mase)) both.push({ ours: o.mase, theirs: r.mase, msOurs: o.ms, msTheirs: r.ms });
  });
  const failedNpm = npm.filter((r) => !Number.isFinite(r.mase)).length;
  const totalOurs = both.reduce((a, b) => a + b.msOurs, 0);
  const totalNpm = both.reduce((a, b) => a + b.msTheirs, 0);
  console.log(`  on the ${both.length} series where npm arima forecasts (it fails on ${failedNpm}): mean MASE ours ${num(meanOf(both.map((b) => b.ours)))} vs npm ${num(meanOf(both.map((b) => b.theirs)))}, median MASE ours ${num(medianOf(both.map((b) => b.ours)))} vs npm ${num(medianOf(both.map((b) => b.theirs)))}`);
  console.log(`  CPU ms: total ours ${num(totalOurs, 0)} vs npm ${num(totalNpm, 0)} (npm/ours ${num(totalNpm / totalOurs, 2)}×), median per series ours ${num(medianOf(both.map((b) => b.msOurs)), 1)} vs npm ${num(medianOf(both.map((b) => b.msTheirs)), 1)}, median speed-up ${num(medianOf(both.map((b) => b.msTheirs / b.msOurs)), 2)}×`);
  npmSummary = {
    series: both.length,
    failed: failedNpm,
    meanMASE: roundTo(meanOf(both.map((b) => b.theirs))),
    oursMeanMASE: roundTo(meanOf(both.map((b) => b.ours))),
    totalMs: roundTo(totalNpm, 1),
    oursTotalMs: roundTo(totalOurs, 1),
    speedup: roundTo(totalNpm / totalOurs, 2),
    medianSpeedup: roundTo(medianOf(both.map((b) => b.msTheirs / b.msOurs)), 2),
  };
} else {
  console.log("\nauto ARIMA: autoArima/forecastArima are not exported by this build yet — ARIMA and npm arima columns skipped");
}

// ---------------------------------------------------------------- autoForecast across families
// Families autoForecast accepts in this build (ARIMA once wired in).
const familyList = (["ets", "theta", "arima"] as const).filter((f) => {
  try {
    autoForecast([1, 3, 2, 4, 3, 5, 4, 6, 5, 7], { horizon: 1, methods: [f as never] });
    return true;
  } catch {
    return false;
  }
});
const famRows = allCases.map((c) => {
  const t0 = process.cpuUsage();
  const cv = autoForecast(c.train, { horizon: c.h, period: c.m, methods: familyList as never });
  const t1 = process.cpuUsage(t0);
  const combo = autoForecast(c.train, { horizon: c.h, period: c.m, methods: familyList as never, combine: true });
  return {
    name: c.name,
    chosen: cv.family,
    cv: mase(c.actual, cv.point, c.train, { period: c.m }),
    combo: mase(c.actual, combo.point, c.train, { period: c.m }),
    ms: (t1.user + t1.system) / 1000,
  };
});
console.log(`\nautoForecast with methods [${familyList.join(", ")}]: family chosen by rolling-origin CV (3 origins), and the equal-weight combination`);
console.log([pad("series", 15), pad("chosen", 8), pad("MASE cv", 8), pad("combo", 8), "CPU ms (cv)"].join(" "));
for (const r of famRows) console.log([pad(r.name, 15), pad(r.chosen, 8), pad(num(r.cv), 8), pad(num(r.combo), 8), num(r.ms, 0)].join(" "));
const famSummary = {
  methods: familyList,
  cvMeanMASE: roundTo(meanOf(famRows.map((r) => r.cv))),
  combinationMeanMASE: roundTo(meanOf(famRows.map((r) => r.combo))),
  chosen: Object.fromEntries(familyList.map((f) => [f, famRows.filter((r) => r.chosen === f).length])),
};
console.log(`  mean MASE: CV choice ${num(famSummary.cvMeanMASE ?? NaN)}, combination ${num(famSummary.combinationMeanMASE ?? NaN)} (ETS alone ${num(meanMASE)})`);

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
    const w = new Worker(new URL("./augursProbe.mjs", import.meta.url), { workerData: { js: join(augursDir, "ets.js"), wasm: join(augursDir, "ets_bg.wasm"), m, y }, stderr: true });
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
    ...(arimaSummary === null ? {} : { autoArima: arimaSummary }),
    theta: theta.summary,
    ...(npmSummary === null ? {} : { npmArima: npmSummary }),
    autoForecast: famSummary,
    augurs: { meanMASE: round(mean(augursOk.map((r) => r.aMase))), medianFitMs: round(aMedianFitMs, 3) },
    ...(batch === null ? {} : { batch }),
  }),
);
