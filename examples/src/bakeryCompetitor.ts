// The bakery asks what happens when a competitor opens across the street (a story from DESIGN.md).
// 5,000 neighbourhood households choose each week between our bakery, the supermarket and — from
// week 20 — a new bakery, by a logit of price, quality and loyalty, nudged by what their
// neighbours buy (a Watts–Strogatz small world). 20 replications give a band around our share.
// Run: pnpm example bakeryCompetitor
import { formatPeriod, periodAt } from "@dpm/core";
import { brandSwitching, parameterGrid, summaryBands, sweep, wattsStrogatz } from "@dpm/agents";

const HOUSEHOLDS = 5_000;
const WEEKS = 52;
const OPENS = 20;
const neighbourhood = wattsStrogatz(HOUSEHOLDS, 8, 0.1, { seed: 2026 });

const brands = [
  { name: "our bakery", price: 3.2, quality: 7 },
  { name: "supermarket", price: 2.1, quality: 4 },
  { name: "new bakery", price: 2.9, quality: 7.5, entersAt: OPENS },
];

const started = performance.now();
const result = sweep(
  (params: { loyalty: number }, seed) =>
    brandSwitching({
      size: HOUSEHOLDS,
      steps: WEEKS,
      brands,
      weights: { price: -1.2, quality: 0.5, loyalty: params.loyalty, social: 1 },
      reconsider: 0.3, // a household rethinks its bakery about every third week
      interaction: neighbourhood,
      start: "2026-W01",
      seed,
    }),
  { parameters: parameterGrid({ loyalty: [0.5, 1.5] }), replications: 20, seed: 7 },
);
const ms = performance.now() - started;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`Bakery vs a new competitor opening in week ${OPENS} — ${HOUSEHOLDS.toLocaleString("en")} households, ${result.runs.length} runs in ${ms.toFixed(0)} ms\n`);

const ours = summaryBands(result, "shares.our bakery");
const theirs = summaryBands(result, "shares.new bakery");
for (const [k, band] of ours.entries()) {
  const rival = theirs[k]!;
  console.log(`Loyalty ${band.parameters.loyalty} (switching cost in utility units):`);
  const rows = [];
  for (let t = 0; t <= WEEKS; t += 4) {
    rows.push({
      week: formatPeriod(periodAt(band.mean, t)),
      "our share (mean)": pct(band.mean.values[t]!),
      "our 90% band": `${pct(band.lower.values[t]!)} – ${pct(band.upper.values[t]!)}`,
      "new bakery (mean)": pct(rival.mean.values[t]!),
    });
  }
  console.table(rows);
  const before = band.mean.values[OPENS - 1]!;
  const after = band.mean.values[WEEKS]!;
  console.log(`  our share: ${pct(before)} the week before the opening → ${pct(after)} a year on (${pct(after - before)} points)\n`);
}

// What the lost share costs: 5,000 households × 2 visits a week × €6 basket at our share.
const weeklyRevenue = (share: number) => HOUSEHOLDS * 2 * 6 * share;
const band = ours[0]!;
console.log(
  `Weekly revenue at loyalty ${band.parameters.loyalty}: €${Math.round(weeklyRevenue(band.mean.values[OPENS - 1]!)).toLocaleString("en")} before, ` +
    `€${Math.round(weeklyRevenue(band.mean.values[WEEKS]!)).toLocaleString("en")} after the opening.`,
);
