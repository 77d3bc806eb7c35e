import { DpmError } from "../errors/DpmError.js";
import { assertInteger } from "../errors/validate.js";
import { period } from "./Period.js";
import { assertTimeSeries, makeSeries, type TimeSeries } from "./TimeSeries.js";

/**
 * Differences `x[t] − x[t − lag]`; the result starts `lag` periods later and is `lag` shorter.
 * Use `lag = seasonalPeriod(freq)` for a seasonal difference.
 *
 * @param series - the series
 * @param lag - distance between the values subtracted (default 1)
 * @throws {@link DpmError} `TOO_SHORT` when the series has no more than `lag` values
 *
 * @example
 * ```ts
 * import { diffSeries, timeSeries } from "@dpm/core";
 *
 * Array.from(diffSeries(timeSeries("2025-01", [3, 5, 9])).values); // => [2, 4]
 * ```
 *
 * @category Time
 */
export function diffSeries(series: TimeSeries, lag = 1): TimeSeries {
  assertTimeSeries(series, "series", "diffSeries");
  assertInteger(lag, "lag", "diffSeries", 1);
  const n = series.length - lag;
  if (n < 1) {
    throw new DpmError("TOO_SHORT", `diffSeries: a lag-${lag} difference needs more than ${lag} values; the series has ${series.length}.`, {
      path: "series",
    });
  }
  const x = series.values;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (x[i + lag] as number) - (x[i] as number);
  return makeSeries(period(series.freq, series.start.ordinal + lag), out, series.name);
}
