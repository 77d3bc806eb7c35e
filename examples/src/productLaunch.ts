// New product launch (a story from DESIGN.md): demand, production cost and the competitor's
// response are uncertain. What is the profit distribution over the first two years, how likely is
// a loss, and what drives the risk?
// Run: pnpm example productLaunch
import { defineModel } from "@dpm/core";
import {
  compareSimulations,
  discrete,
  lognormal,
  normal,
  rankCorrelations,
  simulate,
  tornado,
  triangular,
} from "@dpm/montecarlo";

// Quarterly driver model: demand grows from a launch level; a competitor may cut prices (1) or
// launch a rival product (2), which costs us price and market share; a stock tracks cash.
const launch = defineModel({
  start: "2026-Q1",
  periods: 8,
  nodes: {
    launchDemand: { input: 9_000, label: "Units sold in the launch quarter" },
    growth: { input: 0.06, label: "Demand growth per quarter" },
    competitor: { input: 0, label: "Competitor response: 0 none, 1 price cut, 2 rival product" },
    listPrice: { input: 49, unit: "EUR" },
    elasticity: { input: 1.8, label: "Price elasticity of demand" },
    unitCost: { input: 26, unit: "EUR", label: "Production cost per unit" },
    fixedCost: { input: 120_000, unit: "EUR", label: "Overheads per quarter" },
    investment: { input: 500_000, unit: "EUR", label: "Tooling and launch campaign" },
    lastPotential: { lag: "potential", initial: "launchDemand" },
    potential: { formula: "lastPotential * (1 + growth)" },
    lostShare: { formula: "if(competitor == 2, 0.25, if(competitor == 1, 0.08, 0))" },
    price: { formula: "listPrice * (1 - if(competitor >= 1, 0.1, 0))", unit: "EUR" },
    demand: { formula: "potential * (1 - lostShare) * (listPrice / 49) ^ (-elasticity)", unit: "units" },
    profit: { formula: "demand * (price - unitCost) - fixedCost", unit: "EUR" },
    cash: { stock: { initial: 0, inflows: ["profit"] }, unit: "EUR" },
    lifetimeProfit: { formula: "cash + profit - investment", unit: "EUR", label: "Cumulative profit after the investment" },
  },
});

const inputs = {
  launchDemand: triangular(6_000, 9_000, 14_000),
  growth: normal(0.05, 0.03),
  competitor: discrete([0, 1, 2], [0.5, 0.35, 0.15]),
  unitCost: lognormal({ mean: 26, sd: 4 }),
};
// Bigger launches buy cheaper production (scale): a rank correlation of −0.4.
const correlations = { inputs: ["launchDemand", "unitCost"], matrix: [[1, -0.4], [-0.4, 1]] };
const euro = (x: number) => `${x < 0 ? "-" : ""}€${Math.abs(Math.round(x)).toLocaleString("en")}`;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

const started = performance.now();
const run = simulate(launch, {
  inputs,
  correlations,
  iterations: 60_000,
  seed: 2026,
  sampling: "lhs",
  outputs: ["profit", "lifetimeProfit"],
  keepSamples: true,
  convergence: { output: "lifetimeProfit", percentiles: [0.05, 0.5] },
});
const seconds = (performance.now() - started) / 1000;

console.log("New product launch — two years of quarterly profit under uncertainty");
console.log(`${run.iterations.toLocaleString("en")} Latin hypercube iterations in ${seconds.toFixed(2)} s (8 quarters each)\n`);

const total = run.summary("lifetimeProfit");
console.log("Lifetime profit after the €500,000 investment (end of 2027-Q4)");
console.table({
  mean: euro(total.mean),
  "standard deviation": euro(total.sd),
  "P5 / P50 / P95": `${euro(total.percentile(0.05))} / ${euro(total.percentile(0.5))} / ${euro(total.percentile(0.95))}`,
  "probability of a loss": pct(total.probabilityBelow(0)),
  "VaR 95% (loss not exceeded 19 times in 20)": euro(total.valueAtRisk(0.95)),
  "CVaR 95% (average loss in the worst 5%)": euro(total.conditionalValueAtRisk(0.95)),
});

console.log("Distribution of lifetime profit");
const h = total.histogramWith(12);
const widest = Math.max(...h.counts);
h.counts.forEach((c, i) => {
  const from = h.edges[i] as number;
  const bar = "█".repeat(Math.round((40 * c) / widest));
  console.log(`${euro(from).padStart(12)} ${from < 0 ? "loss" : "    "} ${bar}`);
});

console.log("\nQuarterly profit: when does the product pay?");
console.table(
  run.periodLabels.map((quarter, t) => {
    const q = run.summary("profit", t);
    return { quarter, mean: euro(q.mean), P5: euro(q.percentile(0.05)), P95: euro(q.percentile(0.95)), "P(quarterly loss)": pct(q.probabilityBelow(0)) };
  }),
);

console.log("What drives the risk? Rank correlation with lifetime profit and share of its variance");
console.table(rankCorrelations(run, "lifetimeProfit").map((r) => ({ input: r.input, "rank correlation": r.correlation.toFixed(3), "contribution to variance": pct(r.contributionToVariance) })));

const bars = tornado(launch, inputs, { output: "lifetimeProfit" });
console.log(`Tornado: lifetime profit when one input moves from its P10 to its P90 (others at median: ${euro(bars.base)})`);
console.table(bars.bars.map((b) => ({ input: b.input, "at P10": euro(b.lowOutput), "at P90": euro(b.highOutput), swing: euro(b.swing) })));

const history = run.convergence?.history ?? [];
const last = history[history.length - 1];
console.log(
  `Convergence: after ${last?.iterations.toLocaleString("en")} iterations the mean is ${euro(last?.mean ?? 0)} ± ${euro(last?.standardError ?? 0)} (SE), ` +
    `P5 ${euro(last?.percentiles[0]?.value ?? 0)} ± ${euro(last?.percentiles[0]?.standardError ?? 0)}\n`,
);

// Pricing decision, with common random numbers so differences are the decision, not noise.
const pricing = compareSimulations(launch, {
  inputs,
  correlations,
  iterations: 30_000,
  seed: 2026,
  outputs: ["lifetimeProfit"],
  scenarios: { list49: {}, penetration44: { overrides: { listPrice: 44 } }, premium55: { overrides: { listPrice: 55 } } },
});
console.log("Launch price: lifetime profit by scenario (common random numbers)");
console.table(
  pricing.scenarios.map((s) => {
    const x = pricing.summary(s, "lifetimeProfit");
    const d = pricing.difference(s, "lifetimeProfit");
    return {
      scenario: s,
      mean: euro(x.mean),
      P5: euro(x.percentile(0.05)),
      "P(loss)": pct(x.probabilityBelow(0)),
      "vs list49": s === pricing.baseline ? "—" : `${euro(d.mean)} (better in ${pct(d.probabilityAbove(0))} of futures)`,
    };
  }),
);
