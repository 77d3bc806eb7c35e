// Generated from docs/guides/forecast.md by examples/scripts/extractGuides.ts; do not edit.
import { checkGuide } from "../../scripts/guideCheck.ts";
import { addPeriods, formatPeriod, timeSeries } from "@dpm/core";
import { accuracy, autoForecast, backtest, forecastBatch, mase, naiveForecast, seasonalNaiveForecast } from "@dpm/forecast";
import { forecastBatchParallel } from "@dpm/forecast/node";

// docs/guides/forecast.md:18
{

const units = timeSeries("2023-01", [
  412, 398, 455, 470, 502, 540, 560, 548, 515, 560, 690, 910,
  440, 431, 492, 508, 547, 582, 604, 590, 559, 611, 748, 985,
  470, 455, 521, 541, 580, 622, 648, 633, 598, 652, 801, 1062,
]);
const f = autoForecast(units, { horizon: 12, levels: [80, 95] });
console.log(f.description);
const december = 11;
checkGuide(() => (f.start === null ? null : formatPeriod(addPeriods(f.start, december))), "\"2026-12\"", "docs/guides/forecast.md:30");
checkGuide(() => (f.point.length), "12", "docs/guides/forecast.md:31");
checkGuide(() => ((f.intervals[1]?.upper[december] ?? 0) > (f.intervals[0]?.upper[december] ?? 0)), "true", "docs/guides/forecast.md:32");
}

// docs/guides/forecast.md:44
{

const weekly = timeSeries("2026-W01", [210, 205, 220, 214, 230, 228, 236, 241, 239, 250, 248, 255, 262, 258, 270, 268]);
const f = autoForecast(weekly, { horizon: 8, paths: 1000, seed: 7 });
const paths = f.paths;
if (paths !== undefined) {
  const totals = Array.from({ length: paths.count }, (_, p) => paths.values.subarray(p * paths.horizon, (p + 1) * paths.horizon).reduce((a, b) => a + b, 0));
  totals.sort((a, b) => a - b);
  console.log(`next 8 weeks: median ${Math.round(totals[500] ?? 0)}, 95 % of futures below ${Math.round(totals[950] ?? 0)}`);
  checkGuide(() => (paths.count), "1000", "docs/guides/forecast.md:55");
}
}

// docs/guides/forecast.md:68
{

const quarterly = [10, 20, 30, 40, 12, 22, 33, 41];
checkGuide(() => (seasonalNaiveForecast(quarterly, { horizon: 4, period: 4 }).point), "Float64Array [12, 22, 33, 41]", "docs/guides/forecast.md:72");

// In-sample naive MAE of [1, 3, 2, 4] is (2 + 1 + 2) / 3 = 5/3, so MASE = mean(|5-4|, |6-4|) / (5/3) = 0.9.
checkGuide(() => (mase([5, 6], [4, 4], [1, 3, 2, 4]).toFixed(2)), "\"0.90\"", "docs/guides/forecast.md:75");

const training = [112, 118, 132, 129, 121, 135];
const report = accuracy([148, 148], naiveForecast(training, { horizon: 2 }), { training });
checkGuide(() => (report.mae), "13", "docs/guides/forecast.md:79");
}

// docs/guides/forecast.md:87
{

const sales = timeSeries("2023-01", [
  412, 398, 455, 470, 502, 540, 560, 548, 515, 560, 690, 910,
  440, 431, 492, 508, 547, 582, 604, 590, 559, 611, 748, 985,
  470, 455, 521, 541, 580, 622, 648, 633, 598, 652, 801, 1062,
]);
const ets = backtest(sales, "auto", { horizon: 3, initial: 24, step: 3 });
const naive = backtest(sales, "seasonalNaive", { horizon: 3, initial: 24, step: 3 });
checkGuide(() => (ets.origins.length), "4", "docs/guides/forecast.md:98");
console.log(`MASE 3 months ahead: ETS ${ets.aggregate.mase.toFixed(2)}, seasonal naive ${naive.aggregate.mase.toFixed(2)}`);
}

// docs/guides/forecast.md:108
{

const stores = [
  [120, 131, 125, 140, 138, 150, 147, 160],
  [80, 82, Number.NaN, 85],
  [45, 47, 46, 50, 52, 51, 55, 58],
];
const batch = await forecastBatch(stores, { horizon: 4 });
checkGuide(() => (batch.succeeded), "2", "docs/guides/forecast.md:117");
checkGuide(() => (batch.items[1]?.ok), "false", "docs/guides/forecast.md:118");
}

// docs/guides/forecast.md:121
{

const many = Array.from({ length: 40 }, (_, k) => Array.from({ length: 36 }, (_, t) => 100 + k + 10 * Math.sin((2 * Math.PI * t) / 12) + t));
const result = await forecastBatchParallel(many, { horizon: 6, period: 12, workers: 2 });
checkGuide(() => (result.succeeded), "40", "docs/guides/forecast.md:126");
}
export {};
