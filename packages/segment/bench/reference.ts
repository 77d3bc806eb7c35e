// Whole CDNOW path from a raw transaction file to fitted BG/NBD and Gamma-Gamma, on the built package.
// Usage: pnpm --filter @dpm/segment bench:reference [-- --transactions FILE] [--calibration-end YYYY-MM-DD]
//   e.g. pnpm --filter @dpm/segment bench:reference -- --transactions ../shared/data/cdnow/CDNOW_master.txt --calibration-end 1997-09-30
// A relative FILE is looked up from the current directory, then from where pnpm was started (INIT_CWD),
// then from the repository root (so the repo-root form above works although pnpm runs this in packages/segment).
// File format: whitespace-separated, …, customer id, date YYYYMMDD, quantity, amount (a header line is skipped).
// Gamma-Gamma uses { excludeNonPositive: true }: repeaters whose repeat purchases are all $0 (one in the
// full CDNOW master file) are left out of that fit and counted in "gammaGammaExcluded".
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fitBgNbd, fitGammaGamma, summarizeTransactions } from "../dist/index.js";
import type { Transaction } from "../dist/index.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

function locate(p: string): string {
  if (isAbsolute(p)) return p;
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const bases = [process.cwd(), process.env.INIT_CWD, repoRoot].filter((b): b is string => b !== undefined);
  for (const b of bases) if (existsSync(resolve(b, p))) return resolve(b, p);
  throw new Error(`--transactions ${p}: not found relative to ${bases.join(", ")}`);
}

const file = locate(arg("--transactions", fileURLToPath(new URL("../../../../shared/data/cdnow/CDNOW_sample.txt", import.meta.url))));
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
// each fit is repeated RUNS times on the same summary; fitMs is the median of (BG/NBD + Gamma-Gamma)
const RUNS = 7;
const bgMs: number[] = [];
const ggMs: number[] = [];
// the first call also pays for JIT compilation: reported separately as fitMsFirst
const tFirst = performance.now();
let bg = fitBgNbd(summary);
let gg = fitGammaGamma(summary.frequency, summary.monetary, { excludeNonPositive: true });
const fitMsFirst = performance.now() - tFirst;
for (let k = 0; k < RUNS; k++) {
  const a = performance.now();
  bg = fitBgNbd(summary);
  const b = performance.now();
  gg = fitGammaGamma(summary.frequency, summary.monetary, { excludeNonPositive: true });
  const c = performance.now();
  bgMs.push(b - a);
  ggMs.push(c - b);
}
const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)]!;

const round = (v: number, d = 6) => Number(v.toFixed(d));
console.log(`file ${file}, calibration end ${calibrationEnd}, unit weeks`);
console.log(`rows ${transactions.length}, customers ${summary.ids.length}, repeaters ${gg.n + gg.excluded} (${gg.excluded} excluded from Gamma-Gamma for spend ≤ 0), parse+summary ${(tParse - t0).toFixed(1)} ms`);
console.log(`BG/NBD r=${bg.r.toFixed(4)} alpha=${bg.alpha.toFixed(4)} a=${bg.a.toFixed(4)} b=${bg.b.toFixed(4)} loglik=${bg.logLikelihood.toFixed(2)}; fit median ${median(bgMs).toFixed(1)} ms over ${RUNS} runs (min ${Math.min(...bgMs).toFixed(1)}, max ${Math.max(...bgMs).toFixed(1)}), ${bg.iterations} BFGS iterations`);
console.log(`Gamma-Gamma p=${gg.p.toFixed(4)} q=${gg.q.toFixed(4)} v=${gg.v.toFixed(4)}; fit median ${median(ggMs).toFixed(1)} ms (fitMs below = median of both fits together; first call incl. JIT ${fitMsFirst.toFixed(1)} ms)`);
console.log(
  JSON.stringify({
    customers: summary.ids.length,
    repeaters: gg.n + gg.excluded,
    gammaGammaRepeaters: gg.n,
    gammaGammaExcluded: gg.excluded,
    bgnbd: { r: round(bg.r), alpha: round(bg.alpha), a: round(bg.a), b: round(bg.b), loglik: round(bg.logLikelihood, 3) },
    gammaGamma: { p: round(gg.p), q: round(gg.q), v: round(gg.v) },
    fitMs: round(median(bgMs.map((v, i) => v + ggMs[i]!)), 1),
    bgnbdFitMs: round(median(bgMs), 1),
    gammaGammaFitMs: round(median(ggMs), 1),
    fitMsFirst: round(fitMsFirst, 1),
  }),
);
