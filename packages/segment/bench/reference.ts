// Whole CDNOW path from a raw transaction file to fitted BG/NBD and Gamma-Gamma, on the built package.
// Usage: pnpm --filter @dpm/segment bench:reference [--transactions FILE] [--calibration-end YYYY-MM-DD]
// File format: whitespace-separated, …, customer id, date YYYYMMDD, quantity, amount (a header line is skipped).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fitBgNbd, fitGammaGamma, summarizeTransactions } from "../dist/index.js";
import type { Transaction } from "../dist/index.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const file = arg("--transactions", fileURLToPath(new URL("../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url)));
const calibrationEnd = arg("--calibration-end", "1997-09-30");

const t0 = performance.now();
const transactions: Transaction[] = [];
for (const line of readFileSync(file, "utf8").split(/\r?\n/)) {
  const cols = line.trim().split(/\s+/);
  if (cols.length < 4 || !/^\d{8}$/.test(cols[cols.length - 3]!)) continue; // blank or header line
  transactions.push({ customerId: cols[cols.length - 4]!, date: cols[cols.length - 3]!, amount: Number(cols[cols.length - 1]) });
}
const summary = summarizeTransactions(transactions, { calibrationEnd, unit: "weeks" });
const tParse = performance.now();
const bg = fitBgNbd(summary);
const tBg = performance.now();
const gg = fitGammaGamma(summary.frequency, summary.monetary);
const tFit = performance.now();

const round = (v: number, d = 6) => Number(v.toFixed(d));
console.log(`file ${file}, calibration end ${calibrationEnd}, unit weeks`);
console.log(`rows ${transactions.length}, customers ${summary.ids.length}, repeaters ${gg.n}, parse+summary ${(tParse - t0).toFixed(1)} ms`);
console.log(`BG/NBD r=${bg.r.toFixed(4)} alpha=${bg.alpha.toFixed(4)} a=${bg.a.toFixed(4)} b=${bg.b.toFixed(4)} loglik=${bg.logLikelihood.toFixed(2)}; fit ${(tBg - tParse).toFixed(1)} ms`);
console.log(`Gamma-Gamma p=${gg.p.toFixed(4)} q=${gg.q.toFixed(4)} v=${gg.v.toFixed(4)}; fit ${(tFit - tBg).toFixed(1)} ms (fitMs below = both fits)`);
console.log(
  JSON.stringify({
    customers: summary.ids.length,
    repeaters: gg.n,
    bgnbd: { r: round(bg.r), alpha: round(bg.alpha), a: round(bg.a), b: round(bg.b), loglik: round(bg.logLikelihood, 3) },
    gammaGamma: { p: round(gg.p), q: round(gg.q), v: round(gg.v) },
    fitMs: round(tFit - tParse, 1),
  }),
);
