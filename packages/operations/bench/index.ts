// @dpm/operations bench: (1) 10^7 customers through the three-station line of
// reference/simpy_network.py (exponential / gamma / lognormal service, 2-1-3 servers) in one
// simulateQueue run — events per second (arrivals + service completions) and peak memory — next
// to SimPy running the same model (bench/simpy_network.py, fewer customers; null without SimPy);
// (2) the (s, S) inventory policy over 10,000 demand paths × 365 days. Ends with one JSON line.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { createRng } from "@dpm/core";
import { simulateInventory, simulateQueue } from "../src/index.ts";

const CUSTOMERS = Number(process.env.OPS_BENCH_CUSTOMERS ?? 10_000_000);
const SIMPY_CUSTOMERS = Number(process.env.OPS_BENCH_SIMPY_CUSTOMERS ?? 100_000);

const model = {
  arrivalRate: 1,
  stations: [
    { name: "order", servers: 2, service: { dist: "exponential", mean: 1.5 } },
    { name: "pay", servers: 1, service: { dist: "gamma", mean: 0.7, sd: 0.3 } },
    { name: "make", servers: 3, service: { dist: "lognormal", mean: 2.5, sd: 1 } },
  ],
} as const;

// warm the JIT on a small run first
simulateQueue(model, { customers: 200_000, replications: 1, seed: 1 });
const t0 = performance.now();
const sim = simulateQueue(model, { customers: CUSTOMERS, replications: 1, seed: 42 });
const seconds = (performance.now() - t0) / 1000;
const eventsPerSec = sim.events / seconds;
console.log(`simulateQueue: ${sim.customers.toLocaleString("en")} customers, ${sim.events.toLocaleString("en")} events in ${seconds.toFixed(2)} s → ${(eventsPerSec / 1e6).toFixed(2)} M events/s`);
console.log(`  mean waits: ${sim.stations.map((s) => `${s.name} ${s.meanWait.mean.toFixed(3)}`).join(", ")} min (Erlang C for "order": 1.929)`);

// SimPy, same model, fewer customers
let simpyEventsPerSec: number | null = null;
const python = "/usr/bin/python3";
const script = fileURLToPath(new URL("./simpy_network.py", import.meta.url));
if (existsSync(python)) {
  const run = spawnSync(python, [script, String(SIMPY_CUSTOMERS)], { encoding: "utf8", timeout: 600_000 });
  if (run.status === 0) {
    const line = run.stdout.trim().split("\n").pop() ?? "{}";
    const result = JSON.parse(line) as { eventsPerSec: number; customers: number; seconds: number };
    simpyEventsPerSec = result.eventsPerSec;
    console.log(`SimPy: ${result.customers.toLocaleString("en")} customers in ${result.seconds.toFixed(2)} s → ${(result.eventsPerSec / 1e3).toFixed(0)} k events/s`);
    console.log(`  ratio: ${(eventsPerSec / result.eventsPerSec).toFixed(1)}× SimPy's events per second (aim ≥ 20×)`);
  } else console.log(`SimPy not available (${(run.stderr || run.error?.message || "").split("\n").filter(Boolean).pop() ?? "no output"}) → simpyEventsPerSec null`);
} else console.log("SimPy: /usr/bin/python3 not found → simpyEventsPerSec null");

// (s, S) over 10,000 paths × 365 days
const PATHS = 10_000;
const DAYS = 365;
const rng = createRng(7);
const paths = Array.from({ length: PATHS }, () => {
  const p = new Float64Array(DAYS);
  rng.fillNormal(p, 40, 8);
  for (let t = 0; t < DAYS; t++) if ((p[t] as number) < 0) p[t] = 0;
  return p;
});
const policy = { policy: { type: "sS", s: 180, S: 400 }, leadTime: 3, holdingCost: 0.02, orderCost: 25, shortageCost: 1.5 } as const;
simulateInventory(paths.slice(0, 500), policy);
const t1 = performance.now();
const inv = simulateInventory(paths, policy);
const invSeconds = (performance.now() - t1) / 1000;
const inventoryPathsPerSec = PATHS / invSeconds;
console.log(
  `simulateInventory (s, S): ${PATHS.toLocaleString("en")} paths × ${DAYS} days in ${(invSeconds * 1000).toFixed(0)} ms → ${(inventoryPathsPerSec / 1e3).toFixed(0)} k paths/s ` +
    `(fill rate ${(inv.fillRate.mean * 100).toFixed(2)} %, cycle service level ${(inv.cycleServiceLevel.mean * 100).toFixed(1)} %)`,
);

const peakMB = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS: ${peakMB.toFixed(0)} MB   load average: ${loadavg()[0]?.toFixed(2)}`);
console.log(
  JSON.stringify({
    customers: sim.customers,
    events: sim.events,
    eventsPerSec: Math.round(eventsPerSec),
    simpyEventsPerSec: simpyEventsPerSec === null ? null : Math.round(simpyEventsPerSec),
    ratioVsSimpy: simpyEventsPerSec === null ? null : Number((eventsPerSec / simpyEventsPerSec).toFixed(1)),
    inventoryPathsPerSec: Math.round(inventoryPathsPerSec),
    inventoryPathDaysPerSec: Math.round(inventoryPathsPerSec * DAYS),
    peakMB: Number(peakMB.toFixed(1)),
  }),
);
