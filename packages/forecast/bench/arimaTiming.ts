// Timing and accuracy of autoArima on the 14 holdout series against R's forecast::auto.arima
// (stored) and the npm `arima` package's AutoARIMA (ctsa compiled to wasm), run side by side.
//
//   pnpm exec tsx bench/arimaTiming.ts [--reps N] [--only name1,name2]
//
// Prints one row per series (chosen model ours / R's / npm arima, MASE, ms) and a JSON summary line.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { autoArima, forecastArima } from "../src/index.ts";

const require = createRequire(import.meta.url);
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const reps = Number(arg("reps") ?? 3);
const only = arg("only")?.split(",");
const shared = new URL("../../../../shared/", import.meta.url);
interface Series { name: string; values: number[] }
interface RSeries { name: string; m: number; n_train: number; h: number; actual: number[]; mase_scale: number; methods: Record<string, { model: string; MASE: number; fit_cpu_s: number }> }
const data: Series[] = JSON.parse(readFileSync(new URL("data/forecast/series.json", shared), "utf8"));
const reference: { series: RSeries[] } = JSON.parse(readFileSync(new URL("reference/forecast/r_forecast.json", shared), "utf8"));

type ArimaCtor = new (o: Record<string, unknown>) => { train(y: number[]): unknown; predict(h: number): [number[], number[]] };
const NpmArima = require("arima") as ArimaCtor;

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? (s[k] as number) : ((s[k - 1] as number) + (s[k] as number)) / 2;
};
const maseOf = (point: ArrayLike<number>, r: RSeries): number => {
  let s = 0;
  for (let i = 0; i < r.h; i++) s += Math.abs((r.actual[i] as number) - (point[i] as number));
  return s / r.h / r.mase_scale;
};

const rows: { name: string; ours: string; r: string; same: boolean; mase: number; rMase: number; npmMase: number; npmFailed: boolean; ms: number; npmMs: number; rCpuMs: number }[] = [];
for (const r of reference.series) {
  const s = data.find((x) => x.name === r.name);
  if (s === undefined || (only !== undefined && !only.includes(r.name))) continue;
  const train = s.values.slice(0, r.n_train);
  let fit = autoArima(train, { period: r.m });
  const times: number[] = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    fit = autoArima(train, { period: r.m });
    times.push(performance.now() - t0);
  }
  const f = forecastArima(fit, r.h);
  const npmTimes: number[] = [];
  let npmPoint: number[] = [];
  let npmFailed = false;
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    try {
      const model = new NpmArima(r.m > 1 ? { auto: true, s: r.m, verbose: false } : { auto: true, verbose: false });
      model.train(train);
      npmPoint = model.predict(r.h)[0];
    } catch {
      // npm arima refuses short series: score it with the naive forecast it would fall back to.
      npmFailed = true;
      npmPoint = new Array<number>(r.h).fill(train[train.length - 1] as number);
    }
    npmTimes.push(performance.now() - t0);
  }
  const ra = r.methods["auto.arima"];
  if (ra === undefined) continue;
  rows.push({
    name: r.name, ours: fit.name, r: ra.model, same: fit.name === ra.model,
    mase: maseOf(f.point, r), rMase: ra.MASE, npmMase: maseOf(npmPoint, r), npmFailed,
    ms: median(times), npmMs: median(npmTimes), rCpuMs: ra.fit_cpu_s * 1000,
  });
}
const pad = (v: string, n: number): string => v.padEnd(n);
console.log(pad("series", 15), pad("ours", 36), pad("R auto.arima", 36), "MASE ours/R/npm      ms ours/npm/R-cpu");
for (const x of rows) {
  console.log(pad(x.name, 15), pad(x.ours, 36), pad(x.r + (x.same ? "" : " *"), 36),
    `${x.mase.toFixed(3)}/${x.rMase.toFixed(3)}/${x.npmMase.toFixed(3)}${x.npmFailed ? "!" : ""}`.padEnd(20),
    `${x.ms.toFixed(1)}/${x.npmMs.toFixed(1)}/${x.rCpuMs.toFixed(0)}`);
}
const mean = (v: number[]): number => v.reduce((a, b) => a + b, 0) / v.length;
const summary = {
  series: rows.length,
  sameOrders: rows.filter((x) => x.same).length,
  meanMase: mean(rows.map((x) => x.mase)),
  rMeanMase: mean(rows.map((x) => x.rMase)),
  npmMeanMase: mean(rows.map((x) => x.npmMase)),
  maseRatio: mean(rows.map((x) => x.mase)) / mean(rows.map((x) => x.rMase)),
  medianMs: median(rows.map((x) => x.ms)),
  npmMedianMs: median(rows.map((x) => x.npmMs)),
  totalMs: rows.reduce((a, x) => a + x.ms, 0),
  npmTotalMs: rows.reduce((a, x) => a + x.npmMs, 0),
  rMedianCpuMs: median(rows.map((x) => x.rCpuMs)),
};
console.log("* = different orders from R; ! = npm arima threw (too short), scored as naive");
console.log(JSON.stringify({ autoArimaTiming: summary }));
