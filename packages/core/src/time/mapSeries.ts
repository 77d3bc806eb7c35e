import { DpmError } from "../errors/DpmError.js";
import { formatPeriod, period } from "./Period.js";
import { assertTimeSeries, makeSeries, periodAt, type TimeSeries } from "./TimeSeries.js";

/**
 * Applies `fn` to every value (with its index), returning a new series on the same periods.
 *
 * @param series - the series
 * @param fn - the function; it must return a finite number (or NaN where the input was NaN)
 * @throws {@link DpmError} `NON_FINITE` naming the period where `fn` produced NaN or ±Infinity
 *   from a finite value
 *
 * @example
 * ```ts
 * import { mapSeries, timeSeries } from "@dpm/core";
 *
 * Array.from(mapSeries(timeSeries("2025-01", [100, 200]), (v) => v * 1.2).values); // => [120, 240]
 * ```
 *
 * @category Time
 */
export function mapSeries(series: TimeSeries, fn: (value: number, index: number) => number): TimeSeries {
  assertTimeSeries(series, "series", "mapSeries");
  const x = series.values;
  const out = new Float64Array(series.length);
  for (let i = 0; i < out.length; i++) {
    const v = x[i] as number;
    const y = fn(v, i);
    if (!Number.isFinite(y) && !(Number.isNaN(y) && Number.isNaN(v))) {
      throw new DpmError("NON_FINITE", `mapSeries: the function returned ${String(y)} at ${formatPeriod(periodAt(series, i))} (input ${v}).`, {
        path: `values[${i}]`,
        details: { index: i, input: v, output: y },
      });
    }
    out[i] = y;
  }
  return makeSeries(series.start, out, series.name);
}

/**
 * Combines two series of one frequency period by period over the periods both cover.
 *
 * @param a - first series
 * @param b - second series
 * @param fn - combines the two values of one period
 * @throws {@link DpmError} `FREQUENCY_MISMATCH`, `EMPTY` when the series do not overlap,
 *   `NON_FINITE` naming the period where `fn` produced NaN or ±Infinity
 *
 * @example
 * ```ts
 * import { timeSeries, zipSeries } from "@dpm/core";
 *
 * const revenue = timeSeries("2025-01", [100, 120, 150]);
 * const cost = timeSeries("2025-02", [70, 90]);
 * Array.from(zipSeries(revenue, cost, (r, c) => r - c).values); // => [50, 60]
 * ```
 *
 * @category Time
 */
export function zipSeries(a: TimeSeries, b: TimeSeries, fn: (a: number, b: number, index: number) => number): TimeSeries {
  assertTimeSeries(a, "a", "zipSeries");
  assertTimeSeries(b, "b", "zipSeries");
  if (a.freq !== b.freq) {
    throw new DpmError("FREQUENCY_MISMATCH", `zipSeries: cannot combine a ${a.freq} series with a ${b.freq} series; resample one first.`, { path: "b" });
  }
  const start = Math.max(a.start.ordinal, b.start.ordinal);
  const end = Math.min(a.start.ordinal + a.length, b.start.ordinal + b.length);
  if (end <= start) {
    throw new DpmError("EMPTY", "zipSeries: the two series share no period.", { path: "b" });
  }
  const out = new Float64Array(end - start);
  const oa = start - a.start.ordinal;
  const ob = start - b.start.ordinal;
  for (let i = 0; i < out.length; i++) {
    const x = a.values[oa + i] as number;
    const y = b.values[ob + i] as number;
    const z = fn(x, y, i);
    if (!Number.isFinite(z) && !(Number.isNaN(z) && (Number.isNaN(x) || Number.isNaN(y)))) {
      throw new DpmError("NON_FINITE", `zipSeries: the function returned ${String(z)} at ${formatPeriod({ freq: a.freq, ordinal: start + i })} (inputs ${x}, ${y}).`, {
        path: `values[${i}]`,
        details: { index: i, a: x, b: y, output: z },
      });
    }
    out[i] = z;
  }
  return makeSeries(period(a.freq, start), out, a.name);
}
