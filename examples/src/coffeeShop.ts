// The coffee shop (a story from DESIGN.md): daily sales by product from the point of sale,
// peak-hour wait times and reviews → stock the popular items, staff the 8–9 am peak.
// Twelve weeks of synthetic point-of-sale data, seeded so every run prints the same numbers.
// Run: pnpm example coffeeShop
import { createRng, formatPeriod, periodAt, seriesEnd, seriesFromRecords, sliceSeries, type TimeSeries } from "@dpm/core";
import {
  aov,
  breakEvenUnits,
  contributionMargin,
  defineKpi,
  grossMargin,
  nps,
  npsFromCounts,
  periodOverPeriod,
  rollingWindow,
  trackKpi,
} from "@dpm/kpi";

const rng = createRng("coffee-2026");
const products = {
  espresso: { price: 2.6, cost: 0.55, popularity: 0.18 },
  latte: { price: 4.5, cost: 1.3, popularity: 0.3 },
  cappuccino: { price: 4.2, cost: 1.2, popularity: 0.17 },
  "cold brew": { price: 4.8, cost: 1.1, popularity: 0.07 },
  croissant: { price: 3.2, cost: 1.4, popularity: 0.16 },
  muffin: { price: 3.0, cost: 1.2, popularity: 0.12 },
} as const;
type Product = keyof typeof products;
const names = Object.keys(products) as Product[];

// Customers per hour from 7 am to 6 pm; the 8–9 am rush is the peak.
const hourly = [38, 72, 44, 30, 34, 41, 33, 26, 24, 27, 18];
const DAYS = 84;
const start = Date.UTC(2026, 0, 5); // a Monday

interface Line {
  date: string;
  product: Product;
  qty: number;
  revenue: number;
  cost: number;
}
/** A product drawn by popularity; cold brew is catching on as the weeks go by. */
function pick(day: number): Product {
  const weights = names.map((name) => products[name].popularity * (name === "cold brew" ? 1 + day / 40 : 1));
  let u = rng.uniform() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < names.length; i++) {
    u -= weights[i] as number;
    if (u < 0) return names[i] as Product;
  }
  return "latte";
}

const lines: Line[] = [];
const orders: { date: string; value: number }[] = [];
const peakWait: { date: string; value: number }[] = [];
const reviews: { date: string; score: number }[] = [];

for (let d = 0; d < DAYS; d++) {
  const day = new Date(start + d * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
  const growth = 1 + 0.004 * d; // word of mouth: a little busier every day
  for (let h = 0; h < hourly.length; h++) {
    const customers = Math.round((hourly[h] as number) * growth * (weekend ? 0.8 : 1) * rng.uniform(0.85, 1.15));
    for (let c = 0; c < customers; c++) {
      let value = 0;
      const items = rng.uniform() < 0.35 ? 2 : 1;
      for (let k = 0; k < items; k++) {
        const product = pick(d);
        const { price, cost } = products[product];
        lines.push({ date, product, qty: 1, revenue: price, cost });
        value += price;
      }
      orders.push({ date, value });
    }
    if (h === 1) {
      // Average wait at the 8–9 am peak: two baristas serve about 75 customers an hour.
      const load = customers / 75;
      peakWait.push({ date, value: 1 + 2.6 * load * load * rng.uniform(0.9, 1.1) });
    }
  }
  for (let r = 0; r < 3; r++) reviews.push({ date, score: Math.min(10, Math.max(0, Math.round(8.7 - d / 70 + rng.normal(0, 1.4)))) });
}

const euro = (x: number) => `€${x.toLocaleString("en", { maximumFractionDigits: 0 })}`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const last = (s: TimeSeries) => s.values[s.length - 1] as number;

console.log(`Coffee shop — ${DAYS} days of point-of-sale data: ${lines.length.toLocaleString("en")} items in ${orders.length.toLocaleString("en")} orders\n`);

// 1. Daily sales by product → what sells, and what is growing (last 4 weeks vs the 4 before).
const byProduct = names.map((name) => {
  const daily = seriesFromRecords(
    lines.filter((l) => l.product === name),
    { freq: "day", value: (l) => l.qty, gaps: "zero", name },
  ).series;
  const fourWeeks = rollingWindow(daily, 28); // units sold in the trailing 28 days
  const change = periodOverPeriod(fourWeeks, { lag: 28 });
  return { product: name, "units/day (last 28 d)": (last(fourWeeks) / 28).toFixed(0), "vs previous 28 d": pct(last(change)), daily };
});
console.log("Daily sales by product");
console.table(byProduct.map(({ daily: _daily, ...row }) => row).sort((a, b) => Number(b["units/day (last 28 d)"]) - Number(a["units/day (last 28 d)"])));
const rising = byProduct.reduce((a, b) => (Number(b["vs previous 28 d"].split(" ")[0]) > Number(a["vs previous 28 d"].split(" ")[0]) ? b : a));
console.log(`→ Stock up on ${rising.product}: fastest-growing item (${rising["vs previous 28 d"]} over four weeks).\n`);

// 2. Weekly revenue, gross margin, average order value, week-over-week growth.
const revenue = seriesFromRecords(lines, { freq: "week", value: (l) => l.revenue }).series;
const cogs = seriesFromRecords(lines, { freq: "week", value: (l) => l.cost }).series;
const orderCount = seriesFromRecords(orders, { freq: "week", aggregate: "count" }).series;
const margin = grossMargin(revenue, cogs);
const orderValue = aov(revenue, orderCount);
const growth = periodOverPeriod(revenue);
console.log("Weekly KPIs (last 4 weeks)");
console.table(
  Array.from({ length: 4 }, (_, k) => {
    const i = revenue.length - 4 + k;
    return {
      week: formatPeriod(periodAt(revenue, i)),
      revenue: euro(revenue.values[i] as number),
      "gross margin": pct(margin.values[i] as number),
      AOV: `€${(orderValue.values[i] as number).toFixed(2)}`,
      "week over week": pct(growth.values[i - 1] as number),
    };
  }),
);

// 3. The 8–9 am peak: weekly average wait, tracked against the 4-minute promise.
const wait = seriesFromRecords(peakWait, { freq: "week", aggregate: "mean" }).series;
const peakWaitKpi = defineKpi({ name: "8–9 am wait", unit: "min", direction: "lower-is-better", target: 4, warning: 5, critical: 8 });
const report = trackKpi(peakWaitKpi, wait, { horizon: 4 });
console.log(`Peak-hour wait: ${report.latest.value.toFixed(1)} min in ${report.latest.period} (${report.latest.status})`);
if (report.trend !== null) {
  console.log(
    `  trend ${report.trend.slope >= 0 ? "+" : ""}${report.trend.slope.toFixed(2)} min/week (p = ${report.trend.pValue.toExponential(1)}, ${report.trend.direction}); ` +
      `projected ${report.trend.projection.value.toFixed(1)} min by ${report.trend.projection.period}`,
  );
}
for (const alert of report.alerts) console.log(`  [${alert.severity}] ${alert.period} ${alert.kind}: ${alert.message}`);
if (report.alerts.some((a) => a.kind === "trend-miss" || a.severity === "critical")) {
  console.log("→ Add a third barista from 8 to 9 am on weekdays before the wait passes the warning line.\n");
}

// 4. Reviews: weekly NPS from the in-app survey, and the latest week's answers.
const promoters = seriesFromRecords(reviews, { freq: "week", value: (r) => (r.score >= 9 ? 1 : 0) }).series;
const passives = seriesFromRecords(reviews, { freq: "week", value: (r) => (r.score >= 7 && r.score <= 8 ? 1 : 0) }).series;
const detractors = seriesFromRecords(reviews, { freq: "week", value: (r) => (r.score <= 6 ? 1 : 0) }).series;
const weeklyNps = npsFromCounts(promoters, passives, detractors);
const lastWeek = sliceSeries(weeklyNps, seriesEnd(weeklyNps));
console.log(
  `NPS: ${weeklyNps.values[0]?.toFixed(0)} in ${formatPeriod(weeklyNps.start)} → ${lastWeek.values[0]?.toFixed(0)} in ${formatPeriod(lastWeek.start)} ` +
    `(all ${reviews.length} answers: ${nps(reviews.map((r) => r.score)).toFixed(0)}) — slipping as the morning queue grows.`,
);

// 5. Unit economics of the best seller.
const latte = products.latte;
const fixedPerMonth = 9_800; // rent, wages of the base team, utilities
console.log(
  `Latte: contributes €${contributionMargin(latte.price, latte.cost).toFixed(2)} each; ` +
    `${Math.ceil(breakEvenUnits(fixedPerMonth, latte.price, latte.cost)).toLocaleString("en")} lattes a month would cover the fixed costs on their own.`,
);
