// Marketing-mix timing: 3 years of weekly data (156 weeks) × 6 channels, the transform search
// (300 evaluations: Latin hypercube scored by rolling-origin CV + Nelder–Mead polish) and 200
// moving-block bootstrap refits (each re-optimising the transforms, 40 evaluations), then a budget
// split; wall time and the peak resident memory of the process.
import { createRng } from "@dpm/core";
import { allocateBudget, fitMarketingMix, geometricAdstock, hillSaturation } from "../dist/index.js";

/** Runs the marketing-mix benchmark and returns its figures. */
export function benchMarketing(): { mmmSeconds: number; mmmWeeks: number; mmmChannels: number; mmmBootstrap: number; mmmPeakMB: number; allocateMs: number } {
  const rng = createRng("impact-marketing-bench");
  const weeks = 156;
  const spend: Record<string, Float64Array> = {};
  const sales = new Float64Array(weeks);
  for (let t = 0; t < weeks; t++) sales[t] = 2000 + 2 * t + 150 * Math.sin((2 * Math.PI * t) / 52) + rng.normal(0, 40);
  for (let j = 0; j < 6; j++) {
    const x = new Float64Array(weeks);
    for (let t = 0; t < weeks; ) {
      const on = rng.next() < 0.6;
      const len = rng.int(2, 9);
      const level = (40 + 20 * j) * rng.uniform(0.3, 2.4);
      for (let l = 0; l < len && t < weeks; l++, t++) x[t] = on ? level * rng.uniform(0.7, 1.3) : 0;
    }
    const f = hillSaturation(geometricAdstock(x, { decay: 0.1 * j }), { halfSaturation: 80 + 20 * j, shape: 1 + 0.2 * j });
    for (let t = 0; t < weeks; t++) sales[t] = sales[t]! + (300 - 30 * j) * f[t]!;
    spend[`channel${j + 1}`] = x;
  }
  const t0 = performance.now();
  const fit = fitMarketingMix({ sales, spend }, { bootstrap: 200, seed: 1 });
  const mmmSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  allocateBudget(fit, {});
  const allocateMs = performance.now() - t1;
  const mmmPeakMB = process.resourceUsage().maxRSS / 1024;
  console.log(`marketing mix, ${weeks} weeks × 6 channels, search + 200 bootstrap refits: ${mmmSeconds.toFixed(2)} s, peak RSS ${Math.round(mmmPeakMB)} MB (R² ${fit.diagnostics.rSquared.toFixed(3)}); budget split ${allocateMs.toFixed(1)} ms`);
  return { mmmSeconds: Math.round(mmmSeconds * 1000) / 1000, mmmWeeks: weeks, mmmChannels: 6, mmmBootstrap: 200, mmmPeakMB: Math.round(mmmPeakMB), allocateMs: Math.round(allocateMs * 100) / 100 };
}
