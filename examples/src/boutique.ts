// The clothing boutique plans next quarter's online sales (a story from DESIGN.md).
// Projected Traffic = Previous Traffic × (1 + Projected Growth);
// Projected Online Sales = Projected Traffic × Conversion Rate × Average Order Value.
// Run: pnpm example boutique
import { compareScenarios, createRng, defineModel, runModel, runVectorized } from "@dpm/core";

const boutique = defineModel({
  start: "2026-Q1",
  periods: 4,
  nodes: {
    previousTraffic: { input: 48_000, label: "Website visits last quarter", unit: "visits" },
    growth: { input: 0.06, label: "Traffic growth per quarter" },
    conversion: { input: 0.021, label: "Conversion rate" },
    aov: { input: 74, label: "Average order value", unit: "EUR" },
    marketing: { input: 6_500, label: "Marketing spend", unit: "EUR" },
    grossMargin: { input: 0.55 },
    lastTraffic: { lag: "traffic", initial: "previousTraffic" },
    traffic: { formula: "lastTraffic * (1 + growth)", unit: "visits" },
    onlineSales: { formula: "traffic * conversion * aov", unit: "EUR" },
    contribution: { formula: "onlineSales * grossMargin - marketing", unit: "EUR" },
    cash: { stock: { initial: 20_000, inflows: ["contribution"] }, unit: "EUR" },
  },
});

const euro = (x: number) => `€${Math.round(x).toLocaleString("en")}`;

console.log("Clothing boutique — online sales plan\n");
const plan = runModel(boutique);
console.table(
  plan.rows().map((r) => ({
    quarter: r.period,
    traffic: Math.round(r.traffic),
    "online sales": euro(r.onlineSales),
    contribution: euro(r.contribution),
    "cash (start of quarter)": euro(r.cash),
  })),
);

const scenarios = compareScenarios(boutique, {
  base: {},
  best: { growth: 0.1, conversion: 0.024 },
  worst: { growth: -0.02, conversion: 0.018 },
});
console.log("Online sales by scenario");
console.table(scenarios.rows(["onlineSales"]).map((r) => ({ quarter: r.period, base: euro(r.base), best: euro(r.best), worst: euro(r.worst) })));

// Uncertain growth and conversion: 100,000 draws through the same model in one vectorized run.
const draws = 100_000;
const rng = createRng(2026);
const growth = rng.fillNormal(new Float64Array(draws), 0.06, 0.03);
const conversion = rng.fork("conversion").fillNormal(new Float64Array(draws), 0.021, 0.002);
const started = performance.now();
const risk = runVectorized(boutique, { count: draws, inputs: { growth, conversion }, outputs: ["onlineSales", "cash"] });
const ms = performance.now() - started;
const yearSales = new Float64Array(draws);
for (let t = 0; t < boutique.periods; t++) {
  const column = risk.column("onlineSales", t);
  for (let i = 0; i < draws; i++) yearSales[i] = (yearSales[i] as number) + (column[i] as number);
}
const sorted = Float64Array.from(yearSales).sort();
const q = (p: number) => sorted[Math.floor(p * (draws - 1))] as number;
console.log(`Year's online sales over ${draws.toLocaleString("en")} draws (${ms.toFixed(0)} ms):`);
console.log(`  5th percentile ${euro(q(0.05))}   median ${euro(q(0.5))}   95th percentile ${euro(q(0.95))}`);
