// BG/NBD + Gamma-Gamma + CLV on 1,000,000 synthetic customers simulated from the models'
// generative process (seeded), using the column (batch) functions: no per-customer objects.
import { createRng } from "@dpm/core";
import { bgNbdProbabilityAliveBatch, customerLifetimeValueBatch, fitBgNbd, fitGammaGamma } from "../dist/index.js";
import { simulateCustomers } from "../test/simulateCustomers.js";

export interface ClvMillionResult {
  customers: number;
  repeaters: number;
  truth: { r: number; alpha: number; a: number; b: number; p: number; q: number; v: number };
  bgnbd: { r: number; alpha: number; a: number; b: number; loglik: number; iterations: number };
  gammaGamma: { p: number; q: number; v: number };
  simulateSeconds: number;
  bgnbdFitSeconds: number;
  gammaGammaFitSeconds: number;
  pAliveSeconds: number;
  clvSeconds: number;
  totalSeconds: number;
  meanClv: number;
  peakMB: number;
}

export function clvMillion(n = 1_000_000): ClvMillionResult {
  const truth = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, v: 15.44 };
  const rng = createRng(2025);
  const t0 = performance.now();
  const { frequency, recency, T, monetary, repeaters } = simulateCustomers(rng, n, truth);
  const t1 = performance.now();
  const data = { frequency, recency, T, monetary };
  const bg = fitBgNbd(data);
  const t2 = performance.now();
  const gg = fitGammaGamma(frequency, monetary);
  const t3 = performance.now();
  const alive = bgNbdProbabilityAliveBatch(bg, data);
  const t4 = performance.now();
  const clv = customerLifetimeValueBatch(bg, gg, data, { periods: 12, periodLength: 52 / 12, discountRate: 0.01 }, alive); // reuse the buffer
  const t5 = performance.now();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += clv[i]!;
  return {
    customers: n,
    repeaters,
    truth,
    bgnbd: { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b, loglik: bg.logLikelihood, iterations: bg.iterations },
    gammaGamma: { p: gg.p, q: gg.q, v: gg.v },
    simulateSeconds: (t1 - t0) / 1000,
    bgnbdFitSeconds: (t2 - t1) / 1000,
    gammaGammaFitSeconds: (t3 - t2) / 1000,
    pAliveSeconds: (t4 - t3) / 1000,
    clvSeconds: (t5 - t4) / 1000,
    totalSeconds: (t5 - t1) / 1000,
    meanClv: sum / n,
    peakMB: process.resourceUsage().maxRSS / 1024,
  };
}
