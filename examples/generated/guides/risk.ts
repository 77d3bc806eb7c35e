// Generated from docs/guides/risk.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { defineModel } from "@dpm/core";
import { compareSimulations, lognormal, normal, pert, simulate, spearmanCorrelation, tornado, triangular, truncate, uniform } from "@dpm/montecarlo";

// docs/guides/risk.md:16
{

const quarter = defineModel({
  start: "2026-Q4",
  periods: 1,
  nodes: {
    sales: { input: 135_000, unit: "EUR" },
    flourKgPerEuro: { input: 0.08 },
    flourPrice: { input: 0.64, unit: "EUR/kg" },
    otherRatio: { input: 0.17 },
    wages: { input: 64_000, unit: "EUR" },
    rent: { input: 10_500, unit: "EUR" },
    flourCost: { formula: "sales * flourKgPerEuro * flourPrice" },
    profit: { formula: "sales - flourCost - sales * otherRatio - wages - rent" },
  },
});

const run = simulate(quarter, {
  inputs: {
    sales: truncate(normal(135_000, 9_000), { lower: 0 }),
    flourPrice: pert(0.7, 0.9, 1.4), // min, most likely, max
    wages: triangular(64_000, 65_000, 69_000),
  },
  iterations: 50_000,
  sampling: "lhs", // Latin hypercube: the same precision with fewer iterations
  seed: 2026,
  outputs: ["profit"],
  keepSamples: true, // exact percentiles and tail measures
});

const profit = run.summary("profit");
console.log(`mean €${profit.mean.toFixed(0)} ± €${profit.standardError.toFixed(0)} (standard error)`);
console.log(`P5 €${profit.percentile(0.05).toFixed(0)}, P95 €${profit.percentile(0.95).toFixed(0)}, P(loss) ${(100 * profit.probabilityBelow(0)).toFixed(1)} %`);
checkGuide(() => (profit.count), "50000", "docs/guides/risk.md:51");
}

// docs/guides/risk.md:63
{

// Profit uniform on [−1,000, 9,000]: the 5th percentile is −500, the mean of the worst 5 % is −750.
const toy = defineModel({ start: "2026", periods: 1, nodes: { outcome: { input: 0 }, profit: { formula: "outcome" } } });
const r = simulate(toy, { inputs: { outcome: uniform(-1_000, 9_000) }, iterations: 200_000, seed: 3, keepSamples: true });
const s = r.summary("profit");
checkGuide(() => (Math.abs(s.valueAtRisk(0.95) - 500) < 30), "true", "docs/guides/risk.md:71");
checkGuide(() => (Math.abs(s.conditionalValueAtRisk(0.95) - 750) < 30), "true", "docs/guides/risk.md:72");
}

// docs/guides/risk.md:81
{

const model = defineModel({
  start: "2026",
  periods: 1,
  nodes: { units: { input: 1000 }, price: { input: 10 }, cost: { input: 4000 }, profit: { formula: "units * price - cost" } },
});
const t = tornado(model, { units: normal(1000, 100), price: uniform(9, 11), cost: uniform(3500, 4500) }, { output: "profit" });
checkGuide(() => (t.bars.map((b) => b.input)), "[\"units\", \"price\", \"cost\"]", "docs/guides/risk.md:91");
checkGuide(() => (t.base), "6000", "docs/guides/risk.md:92");
}

// docs/guides/risk.md:105
{

const launch = defineModel({
  start: "2026",
  periods: 1,
  nodes: { demand: { input: 9_000 }, unitCost: { input: 26 }, profit: { formula: "demand * (49 - unitCost) - 120000" } },
});
const run = simulate(launch, {
  inputs: { demand: triangular(6_000, 9_000, 14_000), unitCost: lognormal({ mean: 26, sd: 4 }) },
  correlations: { inputs: ["demand", "unitCost"], matrix: [[1, -0.4], [-0.4, 1]] },
  iterations: 20_000,
  seed: 5,
  keepSamples: true,
});
const rho = spearmanCorrelation(run.inputSamples("demand"), run.inputSamples("unitCost"));
checkGuide(() => (Math.abs(rho + 0.4) < 0.03), "true", "docs/guides/risk.md:122");
}

// docs/guides/risk.md:130
{

const month = defineModel({
  start: "2026-10",
  periods: 1,
  nodes: {
    loaves: { input: 3_000 },
    price: { input: 3.2 },
    flourPrice: { input: 0.6 },
    elasticity: { input: 0.6 },
    sold: { formula: "loaves * (1 - elasticity * (price / 3.2 - 1))" },
    profit: { formula: "sold * (price - 0.5 * flourPrice) - 6000" },
  },
});
const cmp = compareSimulations(month, {
  inputs: { loaves: normal(3_000, 250), flourPrice: pert(0.65, 0.85, 1.3) },
  iterations: 20_000,
  seed: 9,
  outputs: ["profit"],
  scenarios: { keepPrice: {}, raisePrice: { overrides: { price: 3.4 } } },
});
const gain = cmp.difference("raisePrice", "profit");
checkGuide(() => (gain.probabilityAbove(0) > 0.99), "true", "docs/guides/risk.md:154");
console.log(`raising the price to €3.40 adds €${gain.mean.toFixed(0)} a month on average`);
}
export {};
