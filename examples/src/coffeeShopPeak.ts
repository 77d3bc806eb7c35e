// The coffee shop's morning peak (a story from DESIGN.md, continued from coffeeShop.ts): forecast
// tomorrow's customers hour by hour from 6 am to noon, how many baristas each hour needs for 90 %
// of customers served within 3 minutes (Erlang C), a simulated check of that roster with
// realistic order times and the rush building inside each hour, and the milk order policy from the
// milk forecast's sample paths. Eight weeks of synthetic till data, seeded: every run prints the same.
// Run: pnpm example coffeeShopPeak   (or: pnpm example operations)
import { createRng, timeSeries, type Rng } from "@dpm/core";
import { autoForecast } from "@dpm/forecast";
import { eoq, newsvendor, reorderPoint, simulateInventory, simulateQueue, staffing } from "@dpm/operations";

const rng = createRng("coffee-peak-2026");
const HOURS = ["6–7", "7–8", "8–9", "9–10", "10–11", "11–12"];
const BASE = [18, 46, 74, 52, 34, 40]; // customers per hour on a typical weekday
const WEEKDAY = [0.92, 0.97, 1, 1.02, 1.1]; // Monday … Friday
const DAYS = 40; // eight weeks of weekdays (the shop staffs weekends separately)
const SERVICE = 2.5; // minutes per order, on average
const TARGET = { wait: 3, level: 0.9 }; // 90 % served within 3 minutes
const WAGE = 14; // € per barista-hour

/** A Poisson count by inversion (means here are below 100). */
function poisson(r: Rng, mean: number): number {
  let k = 0;
  let p = Math.exp(-mean);
  let cdf = p;
  const u = r.uniform();
  while (u > cdf && k < 1000) {
    k++;
    p *= mean / k;
    cdf += p;
  }
  return k;
}

// 1. Arrivals by hour: each hour's 40 weekday counts forecast one weekday ahead (a working week is
// the season, period 5), so tomorrow — a Monday — gets its own figure and an 80 % interval.
const history = HOURS.map((_, h) =>
  Array.from({ length: DAYS }, (_, d) => poisson(rng, (BASE[h] as number) * (WEEKDAY[d % 5] as number) * (1 + 0.004 * d))),
);
const hourly = history.map((counts) => autoForecast(counts, { horizon: 1, period: 5, levels: [80] }));
const forecast = hourly.map((f) => f.point[0] as number);

// 2. Staffing per hour: the smallest number of baristas meeting 90 % within 3 minutes (Erlang C,
// each hour as a steady state), square-root staffing as a check.
const plan = staffing(forecast, { serviceTime: SERVICE, targetWait: TARGET.wait, serviceLevel: TARGET.level, intervalLength: 60, minServers: 1 });
console.log("Tomorrow's morning — customers forecast by hour and baristas needed (Erlang C, 2.5-minute orders, 90 % within 3 minutes)");
console.table(
  HOURS.map((hour, h) => ({
    hour,
    customers: Math.round(forecast[h] as number),
    "80 % interval": `${Math.round(hourly[h]!.intervals[0]!.lower[0]!)}–${Math.round(hourly[h]!.intervals[0]!.upper[0]!)}`,
    baristas: plan.servers[h],
    "square-root check": plan.squareRoot[h],
    "served ≤ 3 min": `${((plan.serviceLevel[h] as number) * 100).toFixed(1)} %`,
    occupancy: `${((plan.utilisation[h] as number) * 100).toFixed(0)} %`,
  })),
);
const hours = plan.serverTime / 60;
console.log(`Roster ${Array.from(plan.servers).join(" · ")}: ${hours} barista-hours, €${(hours * WAGE).toFixed(0)} a morning at €${WAGE}/h.\n`);

// 3. A simulated check of the roster. Erlang C assumes exponential order times and a steady hour;
// here orders are lognormal (sd 1.5 min), arrivals ramp up and down inside each hour (15-minute
// rates interpolated between the hours' forecasts, each hour's total kept), the queue carries over
// from one hour into the next, and customers who see 8 people waiting walk out.
const QUARTER = 15;
const quarterRates = HOURS.flatMap((_, h) => {
  const level = (k: number) => (forecast[Math.min(HOURS.length - 1, Math.max(0, k))] as number) / 60;
  const shape = [0, 1, 2, 3].map((q) => {
    const x = (q + 0.5) / 4 - 0.5; // position inside the hour, −0.375 … 0.375
    return level(h) + x * (x < 0 ? level(h) - level(h - 1) : level(h + 1) - level(h));
  });
  const scale = (forecast[h] as number) / 60 / (shape.reduce((a, b) => a + b, 0) / 4);
  return shape.map((r) => Math.max(0, r * scale));
});
const simulate = (roster: readonly number[]) =>
  simulateQueue(
    {
      arrivalRate: quarterRates,
      intervalLength: QUARTER,
      stations: [{ name: "till + bar", servers: roster.flatMap((c) => [c, c, c, c]), service: { dist: "lognormal", mean: SERVICE, sd: 1.5 }, balk: 8 }],
    },
    { replications: 400, targetWait: TARGET.wait, seed: 11 },
  );
/** Per hour: the arrivals-weighted share served within the target, mean wait, utilisation. */
const byHour = (sim: ReturnType<typeof simulate>) =>
  HOURS.map((_, h) => {
    const iv = sim.intervals;
    let n = 0;
    let sl = 0;
    let wait = 0;
    let util = 0;
    for (let q = 4 * h; q < 4 * h + 4; q++) {
      const a = iv.arrivals[0]![q]!;
      n += a;
      sl += a * iv.serviceLevel[0]![q]!;
      wait += a * iv.meanWait[0]![q]!;
      util += iv.utilisation[0]![q]! / 4;
    }
    return { serviceLevel: sl / n, meanWait: wait / n, utilisation: util };
  });
const roster = Array.from(plan.servers);
let sim = simulate(roster);
let hourlySim = byHour(sim);
console.log(`Simulated check (${sim.replications} mornings, ${Math.round(sim.customers / sim.replications)} customers each)`);
console.table(
  HOURS.map((hour, h) => ({
    hour,
    baristas: roster[h],
    "served ≤ 3 min (Erlang C)": `${((plan.serviceLevel[h] as number) * 100).toFixed(1)} %`,
    "served ≤ 3 min (simulated)": `${(hourlySim[h]!.serviceLevel * 100).toFixed(1)} %`,
    "mean wait (min)": hourlySim[h]!.meanWait.toFixed(2),
    utilisation: `${(hourlySim[h]!.utilisation * 100).toFixed(0)} %`,
  })),
);
const station = (s: typeof sim) => s.stations[0]!;
const summary = (s: typeof sim) =>
  `${(station(s).serviceLevel.mean * 100).toFixed(1)} % served within 3 minutes over the morning ` +
  `(95 % CI ${(station(s).serviceLevel.lower * 100).toFixed(1)}–${(station(s).serviceLevel.upper * 100).toFixed(1)} %), ${(station(s).probBalk.mean * 100).toFixed(2)} % walked out`;
console.log(`Simulated: ${summary(sim)}.`);
// Fix any hour the simulation finds short, one barista at a time (at most six additions).
for (let added = 0; added < 6; added++) {
  const short = hourlySim.findIndex((x) => x.serviceLevel < TARGET.level);
  if (short < 0) break;
  roster[short] = (roster[short] as number) + 1;
  console.log(`  ${HOURS[short]} falls short in the simulation: add a barista there.`);
  sim = simulate(roster);
  hourlySim = byHour(sim);
}
if (roster.some((c, h) => c !== plan.servers[h])) console.log(`→ Roster ${roster.join(" · ")}: ${summary(sim)}.`);
else console.log("→ The Erlang C roster holds every hour at 90 % or better in the simulation too.");
// What the 8–9 am peak costs if the shop saves one barista there.
const lean = roster.map((c, h) => (h === 2 ? c - 1 : c));
const leanPeak = byHour(simulate(lean))[2]!;
console.log(
  `One barista fewer at 8–9 (${lean[2]} instead of ${roster[2]}) saves €${WAGE} but only ${(leanPeak.serviceLevel * 100).toFixed(1)} % of the peak's customers ` +
    `are served within 3 minutes (mean wait ${leanPeak.meanWait.toFixed(1)} min).\n`,
);

// 4. Milk: eight weeks of daily litres (busier at weekends), a forecast with 1,000 sample paths,
// and the order policy from those paths. The dairy delivers 2 days after an order and stock is
// checked each morning, so the reorder point must cover the lead time plus the day to the next check.
const milk = Array.from({ length: 56 }, (_, d) => Math.max(0, 38 * (d % 7 >= 5 ? 1.3 : 1) * (1 + 0.003 * d) + rng.normal(0, 5)));
const milkForecast = autoForecast(timeSeries("2026-01-05", milk), { horizon: 28, paths: 1000, seed: 3 });
const sample = milkForecast.paths;
if (sample === undefined) throw new Error("the forecast returned no sample paths");
const paths = Array.from({ length: sample.count }, (_, p) => sample.values.subarray(p * sample.horizon, (p + 1) * sample.horizon));
const LEAD = 2;
// every 3-day window of the 28 forecast days, so the reorder point also covers the busier weekends
const windows = paths.flatMap((path) => Array.from({ length: path.length - LEAD }, (_, t) => path.subarray(t, t + LEAD + 1)));
const rop = reorderPoint(windows, { leadTime: LEAD + 1, serviceLevel: 0.95 });
const meanDaily = milkForecast.point.reduce((a, b) => a + b, 0) / milkForecast.point.length;
const HOLDING = 0.025; // € per litre a day (cold-room space and spoilage risk)
const order = eoq(meanDaily * 365, { orderCost: 12, holdingCost: HOLDING * 365 }); // €12 a delivery
const s = Math.ceil(rop.reorderPoint);
const S = s + Math.ceil(order.quantity);
console.log(
  `Milk: ${meanDaily.toFixed(1)} L a day forecast for the next 4 weeks (${milkForecast.method}); demand over the ${LEAD + 1}-day protection interval ` +
    `${rop.leadTimeDemandMean.toFixed(0)} L ± ${rop.leadTimeDemandSd.toFixed(1)} across every window of ${paths.length} forecast paths.`,
);
console.log(`  Reorder when the position falls to s = ${s} L (safety stock ${rop.safetyStock.toFixed(0)} L, 95 % of windows covered); order up to S = ${S} L (s + EOQ ${order.quantity.toFixed(0)} L).`);
const inv = simulateInventory(paths, { policy: { type: "sS", s, S }, leadTime: LEAD, holdingCost: HOLDING, orderCost: 12, shortageCost: 1.8 });
const pct = (e: { mean: number; lower: number; upper: number }) => `${(e.mean * 100).toFixed(2)} % (${(e.lower * 100).toFixed(2)}–${(e.upper * 100).toFixed(2)})`;
console.log(
  `  Simulated over the forecast paths (28 days): fill rate ${pct(inv.fillRate)}, delivery cycles without a stock-out ${pct(inv.cycleServiceLevel)}, ` +
    `${inv.orders.mean.toFixed(1)} deliveries; cost €${inv.totalCost.mean.toFixed(0)} (holding €${inv.holdingCost.mean.toFixed(0)}, ordering €${inv.orderingCost.mean.toFixed(0)}, lost sales €${inv.shortageCost.mean.toFixed(0)}).`,
);

// 5. Croissants are baked each morning and cannot be sold tomorrow: the newsvendor's critical fractile.
const croissants = Array.from({ length: 40 }, () => poisson(rng, 62));
const bake = newsvendor(croissants, { price: 3.2, cost: 1.1, salvage: 0.3 });
console.log(
  `Croissants: bake ${bake.quantity} a morning (the ${(bake.criticalFractile * 100).toFixed(0)} % fractile of the last 40 mornings' demand); ` +
    `expect ${bake.expectedLeftover.toFixed(1)} left over and ${bake.expectedShortage.toFixed(1)} missed sales, profit €${bake.expectedProfit.toFixed(0)} a morning.`,
);
