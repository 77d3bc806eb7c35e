// The subscription box (a story from DESIGN.md): churn rate, CLTV, CAC and subscription growth,
// cohort retention from the billing log, and churn alerts that trigger retention offers.
// Eighteen months of a synthetic €35/month box, seeded so every run prints the same numbers;
// a price rise in month 12 makes churn creep up.
// Run: pnpm example subscriptionBox
import { createRng, formatPeriod, periodAt, seriesFromRecords, sliceSeries, timeSeries } from "@dpm/core";
import {
  arpu,
  cac,
  cacPayback,
  churnRate,
  cltv,
  cohortPivot,
  cohortRows,
  cohortTable,
  defineKpi,
  discountedCltv,
  grossRevenueRetention,
  irr,
  ltvToCac,
  npv,
  paybackPeriod,
  periodOverPeriod,
  trackKpi,
  type Transaction,
} from "@dpm/kpi";

const rng = createRng("box-2026");
const MONTHS = 18;
const START = { year: 2025, month: 1 };
const GROSS_MARGIN = 0.42; // box contents, packing and shipping take 58 %

const monthLabel = (m: number) => {
  const y = START.year + Math.floor((START.month - 1 + m) / 12);
  const mm = ((START.month - 1 + m) % 12) + 1;
  return `${y}-${String(mm).padStart(2, "0")}`;
};

// Simulate: marketing buys sign-ups; every active subscriber is billed on their sign-up day each
// month until they cancel. Churn is ~3.5 % a month, rising after the price goes to €39 in month 12.
const billing: Transaction[] = [];
const spend: number[] = [];
const atStart: number[] = [];
const lost: number[] = [];
const won: number[] = [];
let active: { id: number; day: number; months: number }[] = [];
let nextId = 1;
for (let m = 0; m < MONTHS; m++) {
  const marketing = 9_000 + 250 * m;
  spend.push(marketing);
  atStart.push(active.length);
  const churn = m < 12 ? 0.035 : 0.035 + 0.009 * (m - 11);
  const stay = active.filter((s) => rng.uniform() >= churn * (s.months < 2 ? 1.6 : 1)); // new subscribers churn more
  lost.push(active.length - stay.length);
  const signups = Math.round((marketing / 95) * rng.uniform(0.85, 1.15));
  won.push(signups);
  active = [...stay, ...Array.from({ length: signups }, () => ({ id: nextId++, day: 1 + Math.floor(rng.uniform() * 28), months: 0 }))];
  for (const s of active) {
    billing.push({ customerId: s.id, date: `${monthLabel(m)}-${String(s.day).padStart(2, "0")}`, amount: m >= 12 ? 39 : 35 });
    s.months++;
  }
}
billing.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const euro = (x: number) => `€${x.toLocaleString("en", { maximumFractionDigits: 0 })}`;

// Monthly series from the billing log and the marketing ledger.
const revenue = seriesFromRecords(billing, { freq: "month", value: (t) => t.amount }).series;
const subscribers = seriesFromRecords(billing, { freq: "month", aggregate: "count" }).series;
const month0 = monthLabel(0);
const marketing = timeSeries(month0, spend);
const newSubscribers = timeSeries(month0, won);
const lostSubscribers = timeSeries(month0, lost);
const startSubscribers = timeSeries(month0, atStart);

// KPIs over time. Month 1 has no subscribers at its start: churn is undefined there, recorded as missing.
const churn = churnRate(lostSubscribers, startSubscribers, { whenUndefined: "missing" });
const revenuePerSubscriber = arpu(revenue, subscribers);
const acquisitionCost = cac(marketing, newSubscribers);
const growth = periodOverPeriod(subscribers);
const recent = (s: typeof churn) => sliceSeries(s, monthLabel(MONTHS - 6));

console.log(`Subscription box — ${MONTHS} months, ${billing.length.toLocaleString("en")} billed boxes, ${(nextId - 1).toLocaleString("en")} subscribers ever\n`);
console.log("Monthly KPIs (last 6 months)");
console.table(
  Array.from({ length: 6 }, (_, k) => {
    const i = MONTHS - 6 + k;
    const c = churn.values[i] as number;
    const l = cltv(revenuePerSubscriber.values[i] as number, GROSS_MARGIN, c);
    const a = acquisitionCost.values[i] as number;
    return {
      month: formatPeriod(periodAt(subscribers, i)),
      subscribers: subscribers.values[i],
      growth: pct(growth.values[i - 1] as number),
      churn: pct(c),
      ARPU: `€${(revenuePerSubscriber.values[i] as number).toFixed(2)}`,
      CAC: `€${a.toFixed(2)}`,
      CLTV: euro(l),
      "LTV:CAC": ltvToCac(l, a).toFixed(1),
      "CAC payback (months)": cacPayback(a, revenuePerSubscriber.values[i] as number, GROSS_MARGIN).toFixed(1),
    };
  }),
);

// Lifetime value with a 10 % yearly cost of capital, billed at the start of each month.
const monthlyDiscount = 1.1 ** (1 / 12) - 1;
const latestChurn = churn.values[MONTHS - 1] as number;
const latestArpu = revenuePerSubscriber.values[MONTHS - 1] as number;
console.log(
  `CLTV at today's churn (${pct(latestChurn)}): simple ${euro(cltv(latestArpu, GROSS_MARGIN, latestChurn))}, ` +
    `discounted at 10 %/yr ${euro(discountedCltv(latestArpu, GROSS_MARGIN, latestChurn, monthlyDiscount, { timing: "start" }))}, ` +
    `first 12 months only ${euro(discountedCltv(latestArpu, GROSS_MARGIN, latestChurn, monthlyDiscount, { timing: "start", horizon: 12 }))}.`,
);
const grr = grossRevenueRetention(revenue.values[MONTHS - 2] as number, 0, (lost[MONTHS - 1] as number) * 39);
console.log(`Gross revenue retention last month: ${pct(grr)}\n`);

// Cohort retention from the billing log.
const cohorts = cohortTable(billing);
console.log(`Customer retention by sign-up cohort (% still billed n months later; ${cohorts.rows} cohorts, first 8 shown)`);
console.table(
  cohortPivot(cohorts, "customerRetention", { digits: 0, percent: true })
    .slice(0, 8)
    .map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith("+") || Number(k.slice(1)) <= 9))),
);
const month6 = cohortRows(cohorts).filter((r) => r.offset === 6);
const avg6 = month6.reduce((a, r) => a + r.customerRetention, 0) / month6.length;
const ltv12 = cohortRows(cohorts).filter((r) => r.offset === 11);
console.log(
  `Average 6-month retention across ${month6.length} cohorts: ${pct(avg6)}; revenue per subscriber in the first year: ` +
    `${euro(ltv12.reduce((a, r) => a + r.cumulativeRevenuePerCustomer, 0) / ltv12.length)}.\n`,
);

// Churn alerts → retention offers.
const churnKpi = defineKpi({
  name: "Monthly churn",
  unit: "ratio",
  direction: "lower-is-better",
  target: 0.04,
  warning: 0.05,
  critical: 0.07,
  format: (x) => pct(x),
});
const report = trackKpi(churnKpi, recent(churn), { horizon: 3 });
console.log(`Churn: ${pct(report.latest.value)} in ${report.latest.period} — ${report.latest.status}`);
for (const alert of report.alerts) console.log(`  [${alert.severity}] ${alert.period} ${alert.kind}: ${alert.message}`);

if (report.alerts.some((a) => a.severity !== "info")) {
  // A retention offer: one free box (at cost price) to the 300 subscribers the churn model flags,
  // expected to keep 90 of them for another 8 months on average.
  const offerCost = 300 * 39 * (1 - GROSS_MARGIN);
  const keptMargin = 90 * 39 * GROSS_MARGIN;
  const flows = [-offerCost, ...Array.from({ length: 8 }, () => keptMargin)];
  const value = npv(monthlyDiscount, flows, { firstPeriod: 0 });
  console.log(
    `→ Retention offer: costs ${euro(offerCost)} now, keeps ${euro(keptMargin)} of margin a month for 8 months; ` +
      `NPV at 10 %/yr ${euro(value)}, IRR ${pct(irr(flows))} a month, paid back in ${paybackPeriod(flows).toFixed(1)} months — ` +
      `${value > 0 ? "send it to the flagged subscribers now" : "not worth it at these numbers"}.`,
  );
}
