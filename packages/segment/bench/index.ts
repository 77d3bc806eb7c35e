// 1. BG/NBD + Gamma-Gamma + CLV on 1,000,000 synthetic customers (simulated from the models, seeded),
//    with the column (batch) functions; time per step and peak memory (runs first, so its peak RSS is its own).
// 2. k-means on 1,000,000 × 3 seeded points (k = 4): @dpm/segment (one k-means++ initialisation, then
//    10 restarts) next to the ml-kmeans npm package (one k-means++ initialisation) on the same data.
// Usage: pnpm --filter @dpm/segment build && pnpm --filter @dpm/segment bench
import { createRng } from "@dpm/core";
import { kmeans as mlKmeans } from "ml-kmeans";
import { Bench } from "tinybench";
import { kmeans } from "../dist/index.js";
import { clvMillion } from "./clvMillion.js";

const clv = clvMillion(1_000_000);
const f4 = (v: number) => v.toFixed(4);
console.log(`CLV: ${clv.customers} synthetic customers (${clv.repeaters} repeaters), weeks, seed 2025`);
console.log(`  simulate ${clv.simulateSeconds.toFixed(3)} s`);
console.log(`  fitBgNbd ${clv.bgnbdFitSeconds.toFixed(3)} s (${clv.bgnbd.iterations} BFGS iterations): r ${f4(clv.bgnbd.r)} α ${f4(clv.bgnbd.alpha)} a ${f4(clv.bgnbd.a)} b ${f4(clv.bgnbd.b)} (truth ${clv.truth.r}, ${clv.truth.alpha}, ${clv.truth.a}, ${clv.truth.b})`);
console.log(`  fitGammaGamma ${clv.gammaGammaFitSeconds.toFixed(3)} s: p ${f4(clv.gammaGamma.p)} q ${f4(clv.gammaGamma.q)} v ${f4(clv.gammaGamma.v)} (truth ${clv.truth.p}, ${clv.truth.q}, ${clv.truth.v})`);
console.log(`  bgNbdProbabilityAliveBatch ${clv.pAliveSeconds.toFixed(3)} s`);
console.log(`  customerLifetimeValueBatch (12 monthly steps, 1%/step) ${clv.clvSeconds.toFixed(3)} s, mean CLV ${clv.meanClv.toFixed(2)}`);
console.log(`  fit + CLV total ${clv.totalSeconds.toFixed(3)} s, peak RSS ${clv.peakMB.toFixed(0)} MB`);

const N = 1_000_000;
const D = 3;
const K = 4;
const rng = createRng(2024);
const centers = [[0, 0, 0], [6, 0, 0], [0, 6, 0], [0, 0, 6]];
const data = new Float64Array(N * D);
for (let i = 0; i < N; i++) {
  const c = centers[i % K]!;
  for (let j = 0; j < D; j++) data[i * D + j] = c[j]! + rng.normal(0, 1.5);
}

async function time(name: string, fn: () => void): Promise<number> {
  const bench = new Bench({ iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 });
  bench.add(name, fn);
  await bench.run();
  const result = bench.getTask(name)?.result as { latency?: { mean: number } } | undefined;
  if (result?.latency === undefined) throw new Error(`bench: task ${name} produced no result`);
  return result.latency.mean / 1000;
}

let inertia = 0;
let inertia10 = 0;
const kmeansSeconds = await time("kmeans, 1 init", () => {
  inertia = kmeans(data, K, { dimensions: D, seed: 1, restarts: 1 }).inertia;
});
const kmeans10Seconds = await time("kmeans, 10 restarts", () => {
  inertia10 = kmeans(data, K, { dimensions: D, seed: 1, restarts: 10 }).inertia;
});

const rows: number[][] = new Array(N);
for (let i = 0; i < N; i++) rows[i] = [data[i * D]!, data[i * D + 1]!, data[i * D + 2]!];
let mlKmeansInertia = 0;
const mlKmeansSeconds = await time("ml-kmeans, 1 init", () => {
  const r = mlKmeans(rows, K, { initialization: "kmeans++", seed: 1, maxIterations: 300 });
  let s = 0;
  for (let i = 0; i < N; i++) {
    const c = r.centroids[r.clusters[i]!]!;
    const row = rows[i]!;
    s += (row[0]! - c[0]!) ** 2 + (row[1]! - c[1]!) ** 2 + (row[2]! - c[2]!) ** 2;
  }
  mlKmeansInertia = s;
});

const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(`points ${N} × ${D}, k = ${K}`);
console.log(`@dpm/segment kmeans, 1 init:     ${kmeansSeconds.toFixed(3)} s, inertia ${inertia.toFixed(1)}`);
console.log(`@dpm/segment kmeans, 10 restarts: ${kmeans10Seconds.toFixed(3)} s, inertia ${inertia10.toFixed(1)}`);
console.log(`ml-kmeans, 1 init:               ${mlKmeansSeconds.toFixed(3)} s, inertia ${mlKmeansInertia.toFixed(1)}`);
console.log(`speed-up ${(mlKmeansSeconds / kmeansSeconds).toFixed(1)}×, peak RSS ${peakMB.toFixed(0)} MB`);
console.log(
  JSON.stringify({
    kmeansSeconds: Number(kmeansSeconds.toFixed(4)),
    mlKmeansSeconds: Number(mlKmeansSeconds.toFixed(4)),
    inertia: Number(inertia.toFixed(3)),
    mlKmeansInertia: Number(mlKmeansInertia.toFixed(3)),
    peakMB: Number(peakMB.toFixed(1)),
    clv: {
      customers: clv.customers,
      simulateSeconds: Number(clv.simulateSeconds.toFixed(4)),
      bgnbdFitSeconds: Number(clv.bgnbdFitSeconds.toFixed(4)),
      gammaGammaFitSeconds: Number(clv.gammaGammaFitSeconds.toFixed(4)),
      pAliveSeconds: Number(clv.pAliveSeconds.toFixed(4)),
      clvSeconds: Number(clv.clvSeconds.toFixed(4)),
      totalSeconds: Number(clv.totalSeconds.toFixed(4)),
      peakMB: Number(clv.peakMB.toFixed(1)),
    },
  }),
);
