// Segmenting a small shop's customers (DESIGN.md flow 2: transactions → RFM/CLV → segments).
// A seeded synthetic purchase log of 300 customers over a year; RFM segments, k-means on the
// standardised RFM features, BG/NBD + Gamma-Gamma CLV for the next 12 months (months = 365.25/12 days).
// Run: pnpm example segmentCustomers
import { createRng } from "@dpm/core";
import {
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  kmeans,
  rfmScores,
  rfmSegments,
  standardize,
  summarizeTransactions,
} from "@dpm/segment";
import type { Transaction } from "@dpm/segment";

const rng = createRng(42);
const rows: Transaction[] = [];
const start = Date.UTC(2025, 0, 1);
for (let c = 0; c < 300; c++) {
  const rate = rng.uniform(0.01, 0.12); // purchases per day while active
  const dropout = rng.uniform(0.02, 0.3); // chance of leaving after each purchase
  const basket = rng.uniform(8, 60);
  const first = Math.floor(rng.uniform(0, 90));
  let day = first;
  while (day < 365) {
    rows.push({ customerId: `c${c}`, date: new Date(start + day * 86_400_000), amount: Math.round(basket * rng.uniform(0.6, 1.4) * 100) / 100 });
    if (rng.next() < dropout) break;
    day += Math.max(1, Math.ceil(-Math.log(1 - rng.next()) / rate));
  }
}

const s = summarizeTransactions(rows, { calibrationEnd: "2025-12-31", unit: "weeks" });
const segments = rfmSegments(rfmScores(s));
const counts = new Map<string, number>();
for (const seg of segments) counts.set(seg, (counts.get(seg) ?? 0) + 1);
console.log(`${rows.length} purchases, ${s.ids.length} customers`);
console.log("RFM segments:", Object.fromEntries([...counts].sort((a, b) => b[1] - a[1])));

const features = s.ids.map((_, i) => [s.sinceLast[i]!, s.frequency[i]!, s.revenue[i]!]);
const km = kmeans(standardize(features).data, 4, { dimensions: 3, restarts: 5, seed: 1 });
const sizes = new Array<number>(4).fill(0);
for (const l of km.labels) sizes[l] = sizes[l]! + 1;
console.log("k-means cluster sizes:", sizes);

const bg = fitBgNbd(s);
const gg = fitGammaGamma(s.frequency, s.monetary);
console.log(`BG/NBD r=${bg.r.toFixed(3)} alpha=${bg.alpha.toFixed(3)} a=${bg.a.toFixed(3)} b=${bg.b.toFixed(3)}; Gamma-Gamma p=${gg.p.toFixed(2)} q=${gg.q.toFixed(2)} v=${gg.v.toFixed(2)}`);
const month = 365.25 / 12 / 7; // one month in weeks
let total = 0;
for (let i = 0; i < s.ids.length; i++) {
  total += customerLifetimeValue(bg, gg, s.frequency[i]!, s.recency[i]!, s.T[i]!, s.monetary[i]!, { periods: 12, periodLength: month, discountRate: 0.01 });
}
console.log(`12-month CLV of the base (1 %/month discount): ${total.toFixed(0)}`);
