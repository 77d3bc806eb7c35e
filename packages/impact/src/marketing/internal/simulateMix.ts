// Test helper (not exported): seeded weekly data with known channel transforms and coefficients.
import { createRng } from "@dpm/core";
import { geometricAdstockInto, hillInto } from "./kernels.js";

/** @internal A known channel: spend level, decay, absolute half-saturation, shape, coefficient. */
export interface TrueChannel {
  readonly name: string;
  readonly meanSpend: number;
  readonly decay: number;
  readonly halfSaturation: number;
  readonly shape: number;
  readonly coefficient: number;
}

/** @internal Simulated sales = 1000 + 1.5 t + 80 sin(2πt/52) + Σ β h(adstock) + N(0, noise²). */
export function simulateMix(channels: readonly TrueChannel[], weeks: number, noise: number, seed: number | string) {
  const rng = createRng(seed);
  const spend: Record<string, Float64Array> = {};
  const truth: Record<string, Float64Array> = {};
  const sales = new Float64Array(weeks);
  for (let t = 0; t < weeks; t++) sales[t] = 1000 + 1.5 * t + 80 * Math.sin((2 * Math.PI * t) / 52) + rng.normal(0, noise);
  for (const c of channels) {
    // Flighted spend, as media plans usually look: bursts of 2–8 weeks on (random levels) and off.
    const x = new Float64Array(weeks);
    for (let t = 0; t < weeks; ) {
      const on = rng.next() < 0.6;
      const len = rng.int(2, 9);
      const level = c.meanSpend * rng.uniform(0.3, 2.4);
      for (let l = 0; l < len && t < weeks; l++, t++) x[t] = on ? level * rng.uniform(0.7, 1.3) : 0;
    }
    const f = new Float64Array(weeks);
    geometricAdstockInto(x, c.decay, false, f);
    hillInto(f, c.halfSaturation, c.shape, f);
    const contribution = f.map((v) => c.coefficient * v);
    for (let t = 0; t < weeks; t++) sales[t] = sales[t]! + contribution[t]!;
    spend[c.name] = x;
    truth[c.name] = contribution;
  }
  return { sales, spend, truth };
}
