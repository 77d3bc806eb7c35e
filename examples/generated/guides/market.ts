// Generated from docs/guides/market.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { bassAdoption, bassCurve, bassDiscrete, brandSwitching, parameterGrid, summaryBands, sweep, wattsStrogatz } from "@dpm/agents";
import { defineModel, runModel, timeSeries } from "@dpm/core";

// docs/guides/market.md:19
{

checkGuide(() => (bassCurve(0.03, 0.38, 10).toFixed(6)), "\"0.812803\"", "docs/guides/market.md:22");

const launch = bassAdoption({ size: 100_000, p: 0.03, q: 0.38, steps: 24, start: "2026-01", seed: 1 });
const expected = bassDiscrete(0.03, 0.38, 24); // the discrete-time curve the simulation follows
checkGuide(() => (Math.abs((launch.fraction.values[10] ?? 0) - (expected[10] ?? 0)) < 5 / Math.sqrt(100_000)), "true", "docs/guides/market.md:26");
console.log(`adopters after a year: ${launch.adopters.values[12]} of 100,000`);
}

// docs/guides/market.md:38
{

const town = wattsStrogatz(20_000, 10, 0.05, { seed: 3 }); // 20,000 households, 10 neighbours each, 5 % rewired
const mixed = bassAdoption({ size: 20_000, p: 0.01, q: 0.4, steps: 30, seed: 4 });
const local = bassAdoption({ size: 20_000, p: 0.01, q: 0.4, steps: 30, seed: 4, interaction: town });
console.log(`half the town reached in month ${mixed.fraction.values.findIndex((f) => f >= 0.5)} (mixing) vs ${local.fraction.values.findIndex((f) => f >= 0.5)} (neighbours)`);
}

// docs/guides/market.md:52
{

// 25 % buy from us; we keep 88 % of ours each month and win 15 % of the others'.
const run = brandSwitching({
  size: 20_000,
  steps: 2,
  brands: [{ name: "us" }, { name: "others" }],
  transitionMatrix: [[0.88, 0.12], [0.15, 0.85]],
  initialShares: [0.25, 0.75],
  seed: 1,
});
// s1 = 0.25·0.88 + 0.75·0.15 = 0.3325; s2 = 0.3325·0.88 + 0.6675·0.15 = 0.392725
checkGuide(() => (Math.abs((run.shares.us?.values[2] ?? 0) - 0.392725) < 0.015), "true", "docs/guides/market.md:65");
}

// docs/guides/market.md:74
{

const street = wattsStrogatz(3_000, 8, 0.1, { seed: 2026 });
const year = brandSwitching({
  size: 3_000,
  steps: 52,
  start: "2026-W40",
  brands: [
    { name: "our bakery", price: 3.4, quality: 7.5 },
    { name: "supermarket", price: 2.1, quality: 4 },
    { name: "new bakery", price: 3.2, quality: 7.2, entersAt: 6 },
  ],
  weights: { price: -1.2, quality: 0.5, loyalty: 3, social: 0.8 },
  reconsider: 0.3, // a household rethinks its bakery about every third week
  interaction: street,
  seed: 7,
});
const ours = year.shares["our bakery"];
if (ours !== undefined) console.log(`our share: ${(100 * (ours.values[5] ?? 0)).toFixed(1)} % before, ${(100 * (ours.values[52] ?? 0)).toFixed(1)} % a year later`);
checkGuide(() => ((year.shares["new bakery"]?.values[5] ?? -1)), "0", "docs/guides/market.md:94");
}

// docs/guides/market.md:102
{

const street = wattsStrogatz(2_000, 8, 0.1, { seed: 1 });
const brands = [
  { name: "our bakery", price: 3.4, quality: 7.5 },
  { name: "supermarket", price: 2.1, quality: 4 },
  { name: "new bakery", price: 3.2, quality: 7.2, entersAt: 4 },
];
const result = sweep(
  (params: { loyalty: number }, seed) =>
    brandSwitching({ size: 2_000, steps: 26, brands, weights: { price: -1.2, quality: 0.5, loyalty: params.loyalty, social: 0.8 }, reconsider: 0.3, interaction: street, seed }),
  { parameters: parameterGrid({ loyalty: [1, 3] }), replications: 8, seed: 42 },
);
checkGuide(() => (result.runs.length), "16", "docs/guides/market.md:116");
const [weakLoyalty, strongLoyalty] = summaryBands(result, "shares.our bakery");
if (weakLoyalty !== undefined && strongLoyalty !== undefined) {
  console.log(`after 26 weeks: ${(100 * (weakLoyalty.mean.values[26] ?? 0)).toFixed(1)} % with weak loyalty, ${(100 * (strongLoyalty.mean.values[26] ?? 0)).toFixed(1)} % with strong`);
}
}

// docs/guides/market.md:131
{

// Our weekly share, e.g. from the band above (here: a short made-up one).
const share = timeSeries("2026-W46", [0.56, 0.55, 0.54, 0.53]);
const weekly = defineModel({
  start: "2026-W46",
  periods: 4,
  nodes: {
    share: { input: share },
    marketSales: { input: 18_000, unit: "EUR", label: "Bread bought by the neighbourhood per week" },
    fixedCosts: { input: 5_600, unit: "EUR" },
    sales: { formula: "marketSales * share" },
    profit: { formula: "sales * 0.76 - fixedCosts" },
  },
});
checkGuide(() => (Math.round(runModel(weekly).value("profit", 0))), "2061", "docs/guides/market.md:147");
}
export {};
