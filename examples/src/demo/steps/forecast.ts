import { addPeriods, formatPeriod, seriesFromRecords, sliceSeries, periodAt, type TimeSeries } from "@dpm/core";
import { autoForecast, backtest, detectAnomalies, seasonalStrength } from "@dpm/forecast";
import type { BakeryData } from "../loadData.js";

export const HORIZON = 90;

export interface ForecastStep {
  /** Daily revenue, the whole history. */
  readonly history: TimeSeries;
  readonly description: string;
  readonly method: string;
  /** Labels of the forecast days. */
  readonly days: readonly string[];
  readonly point: Float64Array;
  readonly lower80: Float64Array;
  readonly upper80: Float64Array;
  readonly lower95: Float64Array;
  readonly upper95: Float64Array;
  /** Revenue over the whole horizon in each simulated sample path (for the Monte Carlo). */
  readonly horizonTotals: Float64Array;
  /** Mean absolute scaled error of 7-day-ahead forecasts from weekly rolling origins over the last 12 weeks (fewer for short data). */
  readonly backtestMase: number;
  readonly seasonalNaiveMase: number;
  /** Strength of the weekly pattern, 0 (none) to 1 (dominant), from an STL decomposition. */
  readonly weeklyStrength: number;
  /** Days whose revenue is far from its trend and weekday pattern (robust STL remainder). */
  readonly unusualDays: readonly UnusualDay[];
}

/** A day flagged by anomaly detection. */
export interface UnusualDay {
  readonly day: string;
  readonly revenue: number;
  /** Trend + weekday pattern: what the day would have been without the surprise. */
  readonly expected: number;
  /** Robust z-score of the remainder (flagged beyond ±5). */
  readonly score: number;
}

/** A 90-day forecast of daily revenue with 80 % and 95 % intervals and 2,000 sample paths. */
export function forecastStep(data: BakeryData): ForecastStep {
  const history = seriesFromRecords(data.sales, { freq: "day", value: (s) => s.units * s.unitPrice, gaps: "zero", name: "revenue" }).series;
  const f = autoForecast(history, { horizon: HORIZON, levels: [80, 95], paths: 2000, seed: "bakery" });
  const paths = f.paths;
  if (paths === undefined || f.start === null) throw new Error("autoForecast returned no sample paths");
  const horizonTotals = new Float64Array(paths.count);
  for (let p = 0; p < paths.count; p++) {
    let sum = 0;
    for (let h = 0; h < paths.horizon; h++) sum += paths.values[p * paths.horizon + h] as number;
    horizonTotals[p] = sum;
  }
  const band = (level: number) => f.intervals.find((i) => i.level === level) ?? f.intervals[0];
  const b80 = band(80);
  const b95 = band(95);
  if (b80 === undefined || b95 === undefined) throw new Error("autoForecast returned no intervals");
  // Is it any better than "same weekday last week"? Weekly rolling origins over the last 12 weeks.
  const recent = history.length > 400 ? sliceSeries(history, periodAt(history, history.length - 400)) : history;
  const initial = Math.max(28, recent.length - 84);
  const ours = backtest(recent, "auto", { horizon: 7, initial, step: 7 });
  const naive = backtest(recent, "seasonalNaive", { horizon: 7, initial, step: 7 });
  // Days the forecast should not learn from blindly: Christmas rushes, closures, one-off events.
  const found = detectAnomalies(history);
  const unusualDays = found.anomalies.map((a) => ({ day: a.period ?? String(a.index), revenue: a.value, expected: a.expected, score: a.score }));
  const start = f.start;
  return {
    history,
    description: f.description,
    method: f.method,
    days: Array.from({ length: HORIZON }, (_, h) => formatPeriod(addPeriods(start, h))),
    point: f.point,
    lower80: b80.lower,
    upper80: b80.upper,
    lower95: b95.lower,
    upper95: b95.upper,
    horizonTotals,
    backtestMase: ours.aggregate.mase,
    seasonalNaiveMase: naive.aggregate.mase,
    weeklyStrength: seasonalStrength(found.decomposition),
    unusualDays,
  };
}
