// Monthly series simulated from ETS models with random parameters (seeded), for batch throughput.
import type { Rng } from "@dpm/core";

const MODELS = ["ANA", "AAA", "MNM", "MAM", "MAdM", "ANN", "AAN"] as const;

/** `count` monthly series of `length` points from a mix of ETS models; same seed, same series. */
export function generateMonthly(rng: Rng, count: number, length: number): Float64Array[] {
  const out: Float64Array[] = [];
  for (let k = 0; k < count; k++) {
    const r = rng.fork(k);
    const model = MODELS[r.int(0, MODELS.length)] as (typeof MODELS)[number];
    const mult = model[0] === "M";
    const trend = model[1] === "A";
    const phi = model.includes("d") ? r.uniform(0.85, 0.98) : 1;
    const season = model.at(-1) as "N" | "A" | "M";
    const alpha = r.uniform(0.05, 0.6);
    const beta = trend ? alpha * r.uniform(0.01, 0.3) : 0;
    const gamma = season === "N" ? 0 : (1 - alpha) * r.uniform(0.01, 0.3);
    let l = r.uniform(100, 1000);
    let b = trend ? l * r.uniform(-0.002, 0.01) : 0;
    const amp = r.uniform(0.05, 0.3);
    const phase = r.uniform(0, 12);
    const s = Array.from({ length: 12 }, (_, j) => {
      const v = amp * Math.sin((2 * Math.PI * (j + phase)) / 12);
      return season === "M" ? 1 + v : season === "A" ? v * l : 0;
    });
    const noise = r.uniform(0.02, 0.08);
    const y = new Float64Array(length);
    for (let t = 0; t < length; t++) {
      const j = t % 12;
      const sj = s[j] as number;
      const q = l + phi * b;
      const f = season === "M" ? q * sj : q + sj;
      const e = r.normal(0, noise);
      const v = Math.max(mult ? f * (1 + e) : f + e * l, 1);
      y[t] = v;
      const p = season === "M" ? v / sj : v - sj;
      const lNew = q + alpha * (p - q);
      b = phi * b + (beta / alpha) * (lNew - l - phi * b);
      if (season === "M") s[j] = sj + gamma * (v / q - sj);
      else if (season === "A") s[j] = sj + gamma * (v - q - sj);
      l = lNew;
    }
    out.push(y);
  }
  return out;
}
