// The seasonal retailer (a story from DESIGN.md) plans next year's stock: forecast monthly sales
// with prediction intervals, check the method on the past with a backtest, and hand simulated
// sample paths to a Monte Carlo model of the stock.
// Run: pnpm example forecastSales
import { addPeriods, formatPeriod, timeSeries } from "@dpm/core";
import { autoForecast, backtest, seasonalNaiveForecast } from "@dpm/forecast";
import { forecastBatchParallel } from "@dpm/forecast/node";

// Four years of monthly sales (units), with a December peak and steady growth.
const sales = timeSeries(
  "2022-01",
  [
    412, 398, 455, 470, 502, 540, 560, 548, 515, 560, 690, 910,
    440, 431, 492, 508, 547, 582, 604, 590, 559, 611, 748, 985,
    470, 455, 521, 541, 580, 622, 648, 633, 598, 652, 801, 1062,
    498, 487, 560, 575, 618, 665, 690, 673, 637, 699, 858, 1131,
  ],
  { name: "units" },
);

const forecast = autoForecast(sales, { horizon: 12, paths: 2000, seed: 7 });
console.log(`Seasonal retailer — next 12 months\n${forecast.description}\n`);
console.table(
  Array.from(forecast.point, (point, i) => ({
    month: forecast.start === null ? String(i + 1) : formatPeriod(addPeriods(forecast.start, i)),
    forecast: Math.round(point),
    "80% low": Math.round(forecast.intervals[0]?.lower[i] ?? NaN),
    "80% high": Math.round(forecast.intervals[0]?.upper[i] ?? NaN),
    "95% high": Math.round(forecast.intervals[1]?.upper[i] ?? NaN),
  })),
);

// Stock for December: the 95th percentile of the simulated paths covers 19 Decembers in 20.
const paths = forecast.paths;
if (paths !== undefined) {
  const december = Array.from({ length: paths.count }, (_, p) => paths.values[p * paths.horizon + 11] as number).sort((a, b) => a - b);
  console.log(`December stock for a 95% service level: ${Math.round(december[Math.floor(0.95 * december.length)] as number)} units`);
}

// Would the seasonal naive method have done as well? A rolling-origin backtest on the last two years.
const auto = backtest(sales, "auto", { horizon: 3, initial: 24, step: 3 });
const naive = backtest(sales, "seasonalNaive", { horizon: 3, initial: 24, step: 3 });
console.log(`\nBacktest, 3 months ahead from ${auto.origins.length} origins: MASE ETS ${auto.aggregate.mase.toFixed(2)} vs seasonal naive ${naive.aggregate.mase.toFixed(2)}`);
console.log(`Seasonal naive for comparison, next January: ${seasonalNaiveForecast(sales, { horizon: 1 }).point[0]}`);

// Many stores at once, on worker threads; a store with a data gap is reported, not fatal.
const stores = Array.from({ length: 12 }, (_, k) => Array.from(sales.values, (v) => Math.round(v * (0.6 + k / 20))));
stores.push([1, Number.NaN, 3]);
const batch = await forecastBatchParallel(stores, { horizon: 12, period: 12, workers: 2 });
const failed = batch.items.filter((i) => !i.ok);
console.log(`\nBatch: ${batch.succeeded} stores forecast, ${batch.failed} skipped (${failed.map((i) => (i.ok ? "" : i.error.code)).join(", ")})`);
