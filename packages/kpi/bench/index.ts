// @dpm/kpi bench: a monthly cohort table (customer retention, revenue, revenue retention,
// cumulative revenue per customer) for 1,000,000 transactions of 100,000 customers over 36 months,
// built by cohortTable and by a straightforward Map-based implementation of the same tables, in the
// same run. Both must give identical matrices before anything is timed. Peak memory is measured in
// a child process on bare node (bench/memory.mjs) that only builds the data and runs cohortTable, so
// neither the baseline's Maps and Sets nor the TypeScript loader count against it. Ends with one
// JSON line.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
// The library as users get it: the built bundles, not the TypeScript sources.
import { periodOf } from "@dpm/core";
import { cohortTable, type CohortTable, type Transaction } from "../dist/index.js";
import { CUSTOMERS, MONTHS, makeTransactions } from "./transactions.mjs";

/**
 * The same tables written the obvious way: dates read with @dpm/core's periodOf, Maps keyed by
 * customer, a string key per cell, a Set of customers per cell.
 */
function baselineCohorts(rows: readonly Transaction[]) {
  const periods = new Array<number>(rows.length);
  const firstPeriod = new Map<string | number, number>();
  let lo = Infinity;
  let hi = -Infinity;
  rows.forEach((row, i) => {
    const p = periodOf(row.date, "month").ordinal;
    periods[i] = p;
    lo = Math.min(lo, p);
    hi = Math.max(hi, p);
    const f = firstPeriod.get(row.customerId);
    if (f === undefined || p < f) firstPeriod.set(row.customerId, p);
  });
  const cellCustomers = new Map<string, Set<string | number>>();
  const cellRevenue = new Map<string, number>();
  rows.forEach((row, i) => {
    const f = firstPeriod.get(row.customerId) as number;
    const key = `${f}:${(periods[i] as number) - f}`;
    let set = cellCustomers.get(key);
    if (set === undefined) cellCustomers.set(key, (set = new Set()));
    set.add(row.customerId);
    cellRevenue.set(key, (cellRevenue.get(key) ?? 0) + row.amount);
  });
  const sizes = new Map<number, number>();
  for (const f of firstPeriod.values()) sizes.set(f, (sizes.get(f) ?? 0) + 1);
  const cohorts = [...sizes.keys()].sort((a, b) => a - b);
  const columns = hi - lo + 1;
  const cells = cohorts.length * columns;
  const out = {
    cohortSizes: cohorts.map((c) => sizes.get(c) as number),
    activeCustomers: new Float64Array(cells).fill(Number.NaN),
    revenue: new Float64Array(cells).fill(Number.NaN),
    customerRetention: new Float64Array(cells).fill(Number.NaN),
    revenueRetention: new Float64Array(cells).fill(Number.NaN),
    cumulativeRevenuePerCustomer: new Float64Array(cells).fill(Number.NaN),
  };
  cohorts.forEach((c, r) => {
    const size = sizes.get(c) as number;
    const firstRevenue = cellRevenue.get(`${c}:0`) ?? 0;
    let cumulative = 0;
    for (let k = 0; c + k <= hi; k++) {
      const i = r * columns + k;
      const active = cellCustomers.get(`${c}:${k}`)?.size ?? 0;
      const revenue = cellRevenue.get(`${c}:${k}`) ?? 0;
      cumulative += revenue;
      out.activeCustomers[i] = active;
      out.revenue[i] = revenue;
      out.customerRetention[i] = active / size;
      out.revenueRetention[i] = firstRevenue > 0 ? revenue / firstRevenue : Number.NaN;
      out.cumulativeRevenuePerCustomer[i] = cumulative / size;
    }
  });
  return out;
}

type Baseline = ReturnType<typeof baselineCohorts>;

function assertSame(fast: CohortTable, slow: Baseline): void {
  const sizes = Array.from(fast.cohortSizes);
  if (sizes.join() !== slow.cohortSizes.join()) throw new Error("bench: cohort sizes differ");
  for (const name of ["activeCustomers", "revenue", "customerRetention", "revenueRetention", "cumulativeRevenuePerCustomer"] as const) {
    const x = fast[name];
    const y = slow[name];
    if (x.length !== y.length) throw new Error(`bench: ${name} has ${x.length} cells vs ${y.length}`);
    for (let i = 0; i < x.length; i++) {
      if (!Object.is(x[i], y[i])) throw new Error(`bench: ${name}[${i}] differs: ${x[i]} vs ${y[i]}`);
    }
  }
}

const mb = (kb: number) => kb / 1024;

const started = performance.now();
const rows = makeTransactions();
console.log(`data: ${rows.length.toLocaleString("en")} transactions of ${CUSTOMERS.toLocaleString("en")} customers over ${MONTHS} months (built in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

// Same numbers from both, or the comparison means nothing.
const table = cohortTable(rows);
assertSame(table, baselineCohorts(rows));
console.log(`outputs: ${table.rows} cohorts × ${table.columns} months, 5 matrices identical to the Map-based baseline (Object.is on every cell)`);

const fastBench = new Bench({ iterations: 10, warmupIterations: 2, time: 0, warmupTime: 0 });
fastBench.add("cohortTable", () => void cohortTable(rows));
await fastBench.run();
const slowBench = new Bench({ iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 });
slowBench.add("Map-based baseline", () => void baselineCohorts(rows));
await slowBench.run();

const seconds = (bench: Bench, name: string): number => {
  const result = bench.getTask(name)?.result as { latency?: { p50?: number; mean: number } } | undefined;
  if (result?.latency === undefined) throw new Error(`bench: task ${name} produced no result`);
  return (result.latency.p50 ?? result.latency.mean) / 1000;
};
const cohortSeconds = seconds(fastBench, "cohortTable");
const baselineSeconds = seconds(slowBench, "Map-based baseline");
const ratio = baselineSeconds / cohortSeconds;
const processPeakMB = mb(process.resourceUsage().maxRSS);

const child = spawnSync(process.execPath, [fileURLToPath(new URL("./memory.mjs", import.meta.url))], { encoding: "utf8" });
if (child.status !== 0) throw new Error(`bench: memory child failed: ${child.stderr}`);
const memory = JSON.parse(child.stdout.trim().split("\n").at(-1) as string) as { dataMB: number; peakMB: number };

console.log(`cohortTable:        ${(cohortSeconds * 1000).toFixed(0)} ms/run (p50 of 10)`);
console.log(`Map-based baseline: ${(baselineSeconds * 1000).toFixed(0)} ms/run (p50 of 5)`);
console.log(`ratio (baseline / cohortTable): ${ratio.toFixed(2)}×   (aim: cohortTable < 1 s)`);
console.log(
  `peak RSS, node + data + one cohortTable call: ${memory.peakMB.toFixed(0)} MB (node + the 1M input rows alone: ${memory.dataMB.toFixed(0)} MB; aim < 300 MB)` +
    `   this process incl. the baseline: ${processPeakMB.toFixed(0)} MB`,
);
console.log(
  JSON.stringify({
    cohortSeconds: Number(cohortSeconds.toFixed(4)),
    baselineSeconds: Number(baselineSeconds.toFixed(4)),
    ratio: Number(ratio.toFixed(2)),
    peakMB: Number(memory.peakMB.toFixed(1)),
  }),
);
