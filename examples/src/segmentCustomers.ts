// Segmenting a small shop's customers (DESIGN.md flow 2: transactions → RFM/CLV → segments).
// A seeded synthetic purchase log of 300 customers over a year; RFM segments, k-means on the
// standardised RFM features, BG/NBD + Gamma-Gamma CLV for the next 12 months (months = 365.25/12 days),
// and churn propensity: split the log at 2025-09-30, label customers with no purchase in the last quarter
// as churned, fit a logistic regression on the calibration RFM features and score a held-out test set.
// Run: pnpm example segmentCustomers
import { createRng } from "@dpm/core";
import {
  bgNbdProbabilityAliveBatch,
  calibrationHoldoutSummary,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  kmeans,
  logisticRegression,
  precisionRecall,
  predictProbability,
  rfmScores,
  rocAuc,
  rfmSegments,
  standardize,
  summarizeTransactions,
  trainTestSplit,
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

// Churn propensity: calibration to 2025-09-30, "churned" = no purchase in the 13-week holdout quarter.
const split = calibrationHoldoutSummary(rows, { calibrationEnd: "2025-09-30", holdoutEnd: "2025-12-31", unit: "weeks" });
const n = split.ids.length;
const churned = Float64Array.from(split.holdoutFrequency, (h) => (h === 0 ? 1 : 0));
const rfm = new Float64Array(n * 4); // recency (weeks since last purchase), frequency, monetary, tenure
for (let i = 0; i < n; i++) rfm.set([split.sinceLast[i]!, split.frequency[i]!, split.revenue[i]! / (split.frequency[i]! + 1), split.T[i]!], i * 4);
const { train, test } = trainTestSplit(n, { testFraction: 0.3, seed: 7 });
const rowsOf = (idx: Int32Array) => {
  const out = new Float64Array(idx.length * 4);
  idx.forEach((r, j) => out.set(rfm.subarray(r * 4, r * 4 + 4), j * 4));
  return out;
};
const labelsOf = (idx: Int32Array) => Float64Array.from(idx, (r) => churned[r]!);
const model = logisticRegression(rowsOf(train), labelsOf(train), { dimensions: 4, l2: 0.01 });
const pChurn = predictProbability(model, rowsOf(test));
const yTest = labelsOf(test);
const pr = precisionRecall(pChurn, yTest, 0.5);
console.log(`Churn propensity: ${churned.reduce((a, v) => a + v, 0)} of ${n} calibration customers made no purchase in the holdout quarter`);
console.log(`  logistic regression on RFM features, test AUC ${rocAuc(pChurn, yTest).toFixed(3)} (${test.length} customers), precision ${pr.precision.toFixed(2)} / recall ${pr.recall.toFixed(2)} at 0.5`);
// the same question answered by the BG/NBD model fitted on the calibration period: 1 − P(alive)
const bgCal = fitBgNbd(split);
const pDead = bgNbdProbabilityAliveBatch(bgCal, split).map((p) => 1 - p);
console.log(`  BG/NBD 1 − P(alive) on the same test customers, AUC ${rocAuc(Float64Array.from(test, (r) => pDead[r]!), yTest).toFixed(3)}`);
