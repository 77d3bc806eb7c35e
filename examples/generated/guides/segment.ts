// Generated from docs/guides/segment.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { bgNbdExpectedTransactions, bgNbdProbabilityAlive, customerLifetimeValue, fitBgNbd, fitGammaGamma, kmeans, logisticRegression, predictProbability, rfmScores, rfmSegments, rocAuc, standardize, summarizeTransactions } from "@dpm/segment";
import { createRng } from "@dpm/core";

// docs/guides/segment.md:18
{

const log = [
  { customerId: "anna", date: "2026-01-03", amount: 12 },
  { customerId: "anna", date: "2026-01-03", amount: 4 },
  { customerId: "anna", date: "2026-01-17", amount: 20 },
  { customerId: "ben", date: "2026-01-10", amount: 9 },
];
const s = summarizeTransactions(log, { calibrationEnd: "2026-01-31", unit: "weeks" });
checkGuide(() => (s.ids), "[\"anna\", \"ben\"]", "docs/guides/segment.md:28");
checkGuide(() => (s.frequency), "Float64Array [1, 0]", "docs/guides/segment.md:29");
checkGuide(() => (s.recency), "Float64Array [2, 0]", "docs/guides/segment.md:30");
checkGuide(() => (s.T), "Float64Array [4, 3]", "docs/guides/segment.md:31");
checkGuide(() => (s.revenue), "Float64Array [36, 9]", "docs/guides/segment.md:32");
}

// docs/guides/segment.md:44
{

const scores = { ids: ["a", "b", "c"], r: Uint8Array.of(5, 1, 4), f: Uint8Array.of(5, 4, 1), m: Uint8Array.of(4, 5, 2) };
checkGuide(() => (rfmSegments(scores)), "[\"champions\", \"at risk\", \"potential loyalists\"]", "docs/guides/segment.md:48");

const bakeryRules = [
  { name: "regulars", f: [4, 5] as [number, number] },
  { name: "new faces", r: [4, 5] as [number, number], f: [1, 1] as [number, number] },
];
checkGuide(() => (rfmSegments(scores, { rules: bakeryRules, fallback: "occasional" })), "[\"regulars\", \"regulars\", \"new faces\"]", "docs/guides/segment.md:54");
}

// docs/guides/segment.md:64
{

// recency (weeks), visits, spend: two kinds of customers
const features = [
  [1, 40, 520], [2, 35, 480], [1, 42, 560],
  [30, 2, 25], [28, 3, 30], [35, 1, 12],
];
const z = standardize(features);
const clusters = kmeans(z.data, 2, { dimensions: 3, restarts: 5, seed: 1 });
const [a, b, c, d] = clusters.labels;
checkGuide(() => (a === b && b === c && c !== d), "true", "docs/guides/segment.md:75");
}

// docs/guides/segment.md:85
{

// A seeded synthetic base: 400 customers who visit at their own rate until they stop coming.
const rng = createRng(11);
const log = [];
for (let c = 0; c < 400; c++) {
  const perWeek = rng.uniform(0.1, 1.5);
  const quit = rng.uniform(0.02, 0.3);
  const basket = rng.uniform(6, 25);
  let day = Math.floor(rng.uniform(0, 120));
  while (day < 365) {
    log.push({ customerId: c, date: new Date(Date.UTC(2025, 0, 1 + day)), amount: basket * rng.uniform(0.7, 1.3) });
    if (rng.uniform() < quit) break;
    day += Math.max(1, Math.ceil((-Math.log(1 - rng.uniform()) * 7) / perWeek));
  }
}
const s = summarizeTransactions(log, { calibrationEnd: "2025-12-31", unit: "weeks" });
const bg = fitBgNbd(s);
const gg = fitGammaGamma(s.frequency, s.monetary);

const i = s.frequency.indexOf(Math.max(...s.frequency)); // the most frequent customer
const alive = bgNbdProbabilityAlive(bg, s.frequency[i] ?? 0, s.recency[i] ?? 0, s.T[i] ?? 0);
const visits = bgNbdExpectedTransactions(bg, s.frequency[i] ?? 0, s.recency[i] ?? 0, s.T[i] ?? 0, 13);
const month = 365.25 / 12 / 7; // one month in weeks, the models' time unit here
const clv = customerLifetimeValue(bg, gg, s.frequency[i] ?? 0, s.recency[i] ?? 0, s.T[i] ?? 0, s.monetary[i] ?? 0, { periods: 12, periodLength: month, discountRate: 0.01 });
console.log(`P(alive) ${alive.toFixed(2)}, ${visits.toFixed(1)} visits in the next 13 weeks, 12-month CLV €${clv.toFixed(0)}`);
checkGuide(() => (alive >= 0 && alive <= 1), "true", "docs/guides/segment.md:113");
}

// docs/guides/segment.md:124
{

// weeks since last visit, visits in the last quarter → left (1) or stayed (0)
const x = [[1, 12], [2, 10], [3, 9], [9, 3], [12, 1], [2, 11], [15, 2], [8, 4], [4, 2], [10, 8]];
const left = [0, 0, 0, 1, 1, 0, 1, 1, 0, 0];
const model = logisticRegression(x, left);
const risk = predictProbability(model, x);
checkGuide(() => (rocAuc(Array.from(risk), left) > 0.9), "true", "docs/guides/segment.md:132");
}
export {};
