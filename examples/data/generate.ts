// Generates the bakery data set the demo reads (examples/data/*.csv). Run once, committed:
//   pnpm --filter @dpm/examples exec tsx data/generate.ts
// Everything is drawn from one seeded stream (createRng("bakery-2026")), so a re-run writes the
// same bytes. See data/README.md for what the files hold and how the numbers were made up.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRng, type Rng } from "@dpm/core";

const rng = createRng("bakery-2026");
const out = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

const START = Date.UTC(2024, 9, 1); // 2024-10-01
const DAYS = 730; // two years, to 2026-09-30
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The menu: 2024/25 price, loaves a day on an average Thursday, flour (kg) and other ingredients (EUR) per unit. */
const PRODUCTS = [
  { name: "sourdough", price: 5.2, base: 70, flourKg: 0.55, other: 0.45 },
  { name: "baguette", price: 1.6, base: 140, flourKg: 0.25, other: 0.12 },
  { name: "rye bread", price: 4.8, base: 30, flourKg: 0.5, other: 0.5 },
  { name: "croissant", price: 1.9, base: 110, flourKg: 0.06, other: 0.55 },
  { name: "cinnamon bun", price: 3.2, base: 60, flourKg: 0.08, other: 0.7 },
  { name: "cake slice", price: 3.9, base: 40, flourKg: 0.07, other: 1.1 },
] as const;
/** Monday … Sunday: Saturday is market day. */
const WEEKDAY = [0.85, 0.9, 0.95, 1, 1.1, 1.35, 0.85];

/** Gamma(shape, scale) by Marsaglia–Tsang. */
function gamma(r: Rng, shape: number, scale: number): number {
  if (shape < 1) return gamma(r, shape + 1, scale) * r.uniform() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = r.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = r.uniform();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
  }
}

// 1. Daily sales by product: weekday pattern, a Christmas peak, 6 % growth a year, a 5 % price
//    rise on 2025-10-01, log-normal noise.
const salesRows = ["date,product,units,unit_price"];
const flourKgByMonth = new Map<string, number>();
const otherByMonth = new Map<string, number>();
for (let d = 0; d < DAYS; d++) {
  const ms = START + d * DAY;
  const date = new Date(ms);
  const month = iso(ms).slice(0, 7);
  const weekday = WEEKDAY[(date.getUTCDay() + 6) % 7] as number;
  const dayOfYear = (ms - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY;
  const season = 1 + 0.1 * Math.cos((2 * Math.PI * (dayOfYear - 355)) / 365.25);
  const christmas = date.getUTCMonth() === 11 && date.getUTCDate() >= 18 && date.getUTCDate() <= 24 ? 1.3 : 1;
  const trend = 1.06 ** (d / 365.25);
  const priceRise = ms >= Date.UTC(2025, 9, 1) ? 1.05 : 1;
  for (const p of PRODUCTS) {
    const units = Math.max(0, Math.round(p.base * weekday * season * christmas * trend * Math.exp(rng.normal(0, 0.09))));
    salesRows.push(`${iso(ms)},${p.name},${units},${(p.price * priceRise).toFixed(2)}`);
    flourKgByMonth.set(month, (flourKgByMonth.get(month) ?? 0) + units * p.flourKg);
    otherByMonth.set(month, (otherByMonth.get(month) ?? 0) + units * p.other * priceRise);
  }
}
writeFileSync(out("sales.csv"), `${salesRows.join("\n")}\n`);

// 2. Loyalty-card transactions: 800 card holders joining over the first 18 months; each visits at
//    a personal weekly rate (gamma-distributed across customers) and may stop coming after any visit
//    (a beta-distributed drop-out chance) — the story BG/NBD assumes; spend per visit is gamma too.
const txRows = ["customer_id,date,amount"];
const END = START + DAYS * DAY;
for (let c = 1; c <= 800; c++) {
  const id = `C${String(c).padStart(4, "0")}`;
  const rate = gamma(rng, 1.6, 0.45) / 7; // visits a day while active (mean 0.72 a week)
  const g1 = gamma(rng, 1.2, 1);
  const dropout = g1 / (g1 + gamma(rng, 10, 1));
  const basket = gamma(rng, 6, 1.9); // the customer's usual spend, EUR
  let t = START + Math.floor(rng.uniform(0, 548)) * DAY;
  while (t < END) {
    const amount = Math.max(1, basket * gamma(rng, 12, 1 / 12));
    txRows.push(`${id},${iso(t)},${amount.toFixed(2)}`);
    if (rng.uniform() < dropout) break;
    t += Math.max(1, Math.ceil(-Math.log(1 - rng.uniform()) / rate)) * DAY;
  }
}
writeFileSync(out("transactions.csv"), `${txRows.join("\n")}\n`);

// 3. Monthly costs: flour bought for what was baked at a drifting market price, other ingredients,
//    wages (a raise in October 2025), rent, energy (more in winter).
const costRows = ["month,flour_kg,flour_price_per_kg,other_ingredients,wages,rent,energy"];
let flourPrice = 0.62;
for (const [month, kg] of flourKgByMonth) {
  flourPrice = Math.max(0.5, flourPrice * (1 + rng.normal(0.004, 0.02)));
  const m = Number(month.slice(5, 7));
  const winter = m >= 11 || m <= 2 ? 1.35 : 1;
  const wages = month >= "2025-10" ? 21_600 : 20_800;
  const energy = 1_450 * winter * (1 + rng.normal(0, 0.05));
  const other = (otherByMonth.get(month) ?? 0) * (1 + rng.normal(0, 0.02));
  costRows.push(`${month},${kg.toFixed(1)},${flourPrice.toFixed(3)},${other.toFixed(2)},${wages},3500,${energy.toFixed(2)}`);
}
writeFileSync(out("costs.csv"), `${costRows.join("\n")}\n`);
console.log(`wrote ${salesRows.length - 1} sales rows, ${txRows.length - 1} transactions, ${costRows.length - 1} months of costs`);
