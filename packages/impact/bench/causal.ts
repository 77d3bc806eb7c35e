// Causal-impact timings: synthetic control on 100 donors × 40 periods (with 100 placebo fits) and
// two-way fixed-effects DiD on 10,000 units × 50 periods (500,000 rows), best of a few runs.
import { createRng } from "@dpm/core";
import { syntheticControl, twfeDid } from "../dist/index.js";

function best(runs: number, fn: () => void): number {
  let b = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    b = Math.min(b, performance.now() - t0);
  }
  return b;
}

/** Runs the causal benchmarks and returns their figures (ms). */
export function benchCausal(): { synthMs: number; synthPlaceboFits: number; didMs: number; didRows: number } {
  const rng = createRng("impact-causal-bench");
  // Synthetic control: 100 donors, 40 periods, treatment at period 30; each donor a random walk.
  const T = 40;
  const times = Array.from({ length: T }, (_, t) => t + 1);
  const outcomes: Record<string, Float64Array> = {};
  for (let j = 0; j < 100; j++) {
    const s = new Float64Array(T);
    let level = 50 + rng.normal(0, 10);
    for (let t = 0; t < T; t++) s[t] = level += rng.normal(0.2, 1);
    outcomes[`donor${j}`] = s;
  }
  const treated = new Float64Array(T);
  for (let t = 0; t < T; t++) treated[t] = 0.5 * outcomes.donor3![t]! + 0.3 * outcomes.donor17![t]! + 0.2 * outcomes.donor42![t]! + rng.normal(0, 0.3) + (t >= 30 ? 5 : 0);
  outcomes.treated = treated;
  let synthEstimate = 0;
  const synthMs = best(3, () => {
    synthEstimate = syntheticControl({ times, outcomes }, { treated: "treated", treatmentTime: 31 }).estimate;
  });
  // DiD: 10,000 units × 50 periods, 2,000 treated from period 30, effect 1.5.
  const U = 10_000;
  const P = 50;
  const n = U * P;
  const unit = new Float64Array(n);
  const time = new Float64Array(n);
  const outcome = new Float64Array(n);
  const d = new Float64Array(n);
  for (let u = 0; u < U; u++) {
    const a = rng.normal(0, 2);
    for (let t = 0; t < P; t++) {
      const i = u * P + t;
      unit[i] = u;
      time[i] = t;
      d[i] = u < 2000 && t >= 30 ? 1 : 0;
      outcome[i] = a + 0.05 * t + 1.5 * d[i]! + rng.normal(0, 1);
    }
  }
  let didEstimate = 0;
  const didMs = best(3, () => {
    didEstimate = twfeDid({ unit, time, outcome, treated: d }).estimate;
  });
  console.log(`synthetic control, 100 donors × 40 periods (+100 placebos): ${synthMs.toFixed(0)} ms (estimate ${synthEstimate.toFixed(2)}, injected 5)`);
  console.log(`two-way FE DiD, 10,000 units × 50 periods, clustered SE: ${didMs.toFixed(0)} ms (estimate ${didEstimate.toFixed(3)}, injected 1.5)`);
  return { synthMs: Number(synthMs.toFixed(1)), synthPlaceboFits: 100, didMs: Number(didMs.toFixed(1)), didRows: n };
}
