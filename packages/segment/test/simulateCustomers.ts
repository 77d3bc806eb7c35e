import type { Rng } from "@dpm/core";

/** Gamma(shape, rate) by Marsaglia & Tsang (2000); shape < 1 via the U^(1/shape) boost. */
export function sampleGamma(rng: Rng, shape: number, rate: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1, rate) * Math.pow(rng.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let z: number;
    let v: number;
    do {
      z = rng.normal();
      v = 1 + c * z;
    } while (v <= 0);
    v = v * v * v;
    const u = rng.uniform();
    if (u < 1 - 0.0331 * z * z * z * z || Math.log(u) < 0.5 * z * z + d * (1 - v + Math.log(v))) return (d * v) / rate;
  }
}

export interface SimulationTruth {
  r: number;
  alpha: number;
  a: number;
  b: number;
  p: number;
  q: number;
  v: number;
}

/**
 * Simulates customers from the BG/NBD and Gamma-Gamma generative processes (time unit: weeks):
 * first purchase uniform over the first `spread` weeks of a `length`-week calibration period,
 * λ ~ Gamma(r, α), dropout probability ~ Beta(a, b) after each repeat purchase, exponential
 * inter-purchase times; ν ~ Gamma(q, v), repeat values ~ Gamma(p, ν), monetary = their mean.
 */
export function simulateCustomers(rng: Rng, n: number, truth: SimulationTruth, length = 39, spread = 12) {
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const T = new Float64Array(n);
  const monetary = new Float64Array(n);
  let repeaters = 0;
  for (let i = 0; i < n; i++) {
    const Ti = length - spread * rng.uniform();
    const lambda = sampleGamma(rng, truth.r, truth.alpha);
    const g1 = sampleGamma(rng, truth.a, 1);
    const pDrop = g1 / (g1 + sampleGamma(rng, truth.b, 1));
    let time = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      time += -Math.log(1 - rng.uniform()) / lambda;
      if (time > Ti) break;
      x++;
      tx = time;
      if (rng.uniform() < pDrop) break; // inactive after this transaction
    }
    frequency[i] = x;
    recency[i] = tx;
    T[i] = Ti;
    if (x > 0) {
      repeaters++;
      const nu = sampleGamma(rng, truth.q, truth.v);
      monetary[i] = sampleGamma(rng, x * truth.p, nu) / x; // mean of x Gamma(p, ν) values
    }
  }
  return { frequency, recency, T, monetary, repeaters };
}
