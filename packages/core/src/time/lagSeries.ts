import { assertInteger } from "../errors/validate.js";
import { period } from "./Period.js";
import { assertTimeSeries, makeSeries, type TimeSeries } from "./TimeSeries.js";

/**
 * Shifts a series `k` periods later, so the value at period t is the original value at t − k
 * (the "previous value" for k = 1). Nothing is lost: the start moves, the values stay.
 *
 * @param series - the series
 * @param k - periods to shift; negative leads the series
 *
 * @example
 * ```ts
 * import { formatPeriod, lagSeries, timeSeries } from "@dpm/core";
 *
 * formatPeriod(lagSeries(timeSeries("2025-01", [5, 6]), 1).start); // => "2025-02"
 * ```
 *
 * @category Time
 */
export function lagSeries(series: TimeSeries, k = 1): TimeSeries {
  assertTimeSeries(series, "series", "lagSeries");
  assertInteger(k, "k", "lagSeries", Number.MIN_SAFE_INTEGER);
  return makeSeries(period(series.freq, series.start.ordinal + k), series.values as Float64Array, series.name);
}
