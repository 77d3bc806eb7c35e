import { DpmError, isTimeSeries } from "@dpm/core";

/** @internal Seasonal periods a TimeSeries frequency implies (several for days and weeks). */
export function frequencyPeriods(series: unknown): number[] | null {
  if (!isTimeSeries(series)) return null;
  switch (series.freq) {
    case "day":
      return [7, 365.25];
    case "week":
      return [52.18];
    case "month":
      return [12];
    case "quarter":
      return [4];
    default:
      return [];
  }
}

/** @internal Validates a `periods` option: finite numbers > 1, at most 5, no duplicates; sorted ascending. */
export function readPeriods(value: unknown, fn: string, name = "options.periods"): number[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > 5) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of 1 to 5 seasonal periods such as [24, 168] (hours: day and week) or [7, 365.25] (days: week and year).`, { path: name });
  }
  const out = value.map((p: unknown, i) => {
    if (typeof p !== "number" || !Number.isFinite(p) || p < 2 || p > 100_000) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name}[${i}] must be a number ≥ 2 (a period in observations, e.g. 7 or 52.18), got ${String(p)}.`, { path: `${name}[${i}]` });
    }
    return p;
  });
  const sorted = [...out].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (Math.abs((sorted[i] as number) - (sorted[i - 1] as number)) < 0.5) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} lists the period ${sorted[i]} twice (or two periods closer than half an observation); give each season once.`, { path: name });
    }
  }
  return sorted;
}

/** @internal Periods that fit in the data (MSTL needs more than two cycles: period < n/2) and those that do not. */
export function splitPeriods(periods: readonly number[], n: number): { usable: number[]; tooLong: number[] } {
  const usable: number[] = [];
  const tooLong: number[] = [];
  for (const p of periods) (p < n / 2 ? usable : tooLong).push(p);
  return { usable, tooLong };
}
