// Optimisation under uncertainty of the bakery's quarter (the demo's driver model of
// examples/src/demo/steps/risk.ts, with its base figures rounded, plus oven capacity and a flour
// hedge): three decisions — the menu price rise (continuous), the share of flour bought forward
// (a 5 % grid) and extra bakers (an integer) — maximise mean profit subject to P(loss) ≤ 5 %, over
// 10^4 common-random-number iterations of uncertain sales, flour price and elasticity.
// Run alone: `pnpm exec tsx bench/optimize.ts`; `bench/index.ts` runs it too and adds its fields.
import { defineModel } from "@dpm/core";
import { normal, optimizeUnderUncertainty, pert, triangular } from "../dist/index.js";

export const bakery = defineModel({
  start: "2026-Q1",
  freq: "quarter",
  periods: 1,
  nodes: {
    sales: { input: 140_000, unit: "EUR", label: "Sales at today's prices (forecast)" },
    priceRise: { input: 0 },
    elasticity: { input: 0.9 },
    hedgeShare: { input: 0, label: "Share of flour bought forward" },
    forwardPrice: { input: 0.78, unit: "EUR/kg" },
    flourKgPerEuro: { input: 0.12 },
    flourPrice: { input: 0.62, unit: "EUR/kg" },
    otherRatio: { input: 0.18 },
    extraBakers: { input: 0 },
    capacity: { formula: "110000 + 12000 * extraBakers", unit: "EUR" },
    wages: { formula: "48000 + 6000 * extraBakers", unit: "EUR" },
    rent: { input: 18_000 },
    energy: { input: 9_000 },
    demandVolume: { formula: "sales * (1 - elasticity * priceRise)" },
    volume: { formula: "min(demandVolume, capacity)" },
    revenue: { formula: "volume * (1 + priceRise)" },
    flourCost: { formula: "volume * flourKgPerEuro * (hedgeShare * forwardPrice + (1 - hedgeShare) * flourPrice)" },
    otherCost: { formula: "volume * otherRatio" },
    profit: { formula: "revenue - flourCost - otherCost - wages - rent - energy" },
  },
});

export function runOptimization(iterations = 10_000) {
  return optimizeUnderUncertainty(bakery, {
    decisions: {
      priceRise: { lower: 0, upper: 0.4 },
      hedgeShare: { lower: 0, upper: 1, step: 0.05 },
      extraBakers: { lower: 0, upper: 4, integer: true },
    },
    inputs: {
      sales: normal(140_000, 20_000),
      flourPrice: triangular(0.55, 0.65, 1.1),
      elasticity: pert(0.5, 0.9, 1.5),
    },
    objective: { node: "profit", goal: "maximize" },
    constraints: [{ node: "profit", measure: { probabilityBelow: 0 }, op: "<=", value: 0.05 }],
    iterations,
    seed: 2026,
  });
}

export function benchOptimize() {
  runOptimization(1_000); // warm-up (JIT, WebAssembly compilation)
  const t0 = performance.now();
  const r = runOptimization();
  const ms = performance.now() - t0;
  return { result: r, ms };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { result: r, ms } = benchOptimize();
  console.log(`optimize under uncertainty (bakery quarter, 3 decisions, ${r.iterations.toLocaleString("en")} iterations): ${ms.toFixed(0)} ms, ${r.candidates} candidates, ${r.evaluations.toLocaleString("en")} model evaluations (${((r.evaluations / ms) * 1e3 / 1e6).toFixed(1)}M/s)`);
  console.log(`  optimum ${JSON.stringify(r.decisions)}: mean profit ${r.objective.estimate.toFixed(0)} ± ${r.objective.standardError.toFixed(0)}, P(loss) ${r.constraints[0]?.estimate.toFixed(4)} (binding: ${r.constraints[0]?.binding}), ${r.runnersUp.length} runners-up within 2 SE`);
  console.log(JSON.stringify({ optimizeMs: Math.round(ms), optimizeCandidates: r.candidates, optimizeEvaluations: r.evaluations }));
}
