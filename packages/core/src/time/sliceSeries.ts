import { DpmError } from "../errors/DpmError.js";
import { formatPeriod, toPeriod, type PeriodLike } from "./Period.js";
import { assertTimeSeries, makeSeries, seriesEnd, type TimeSeries } from "./TimeSeries.js";

/**
 * The part of a series between two periods, both included. Either bound may be left out.
 *
 * @param series - the series
 * @param from - first period kept (default: the series start)
 * @param to - last period kept (default: the series end)
 * @throws {@link DpmError} `EMPTY` when the range holds no period of the series
 *
 * @example
 * ```ts
 * import { sliceSeries, timeSeries } from "@dpm/core";
 *
 * const s = timeSeries("2025-01", [1, 2, 3, 4]);
 * Array.from(sliceSeries(s, "2025-02", "2025-03").values); // => [2, 3]
 * ```
 *
 * @category Time
 */
export function sliceSeries(series: TimeSeries, from?: PeriodLike, to?: PeriodLike): TimeSeries {
  assertTimeSeries(series, "series", "sliceSeries");
  const lo = from === undefined ? 0 : toPeriod(from, series.freq).ordinal - series.start.ordinal;
  const hi = to === undefined ? series.length - 1 : toPeriod(to, series.freq).ordinal - series.start.ordinal;
  const a = Math.max(0, lo);
  const b = Math.min(series.length - 1, hi);
  if (a > b) {
    throw new DpmError(
      "EMPTY",
      `sliceSeries: the range holds no period of the series, which runs ${formatPeriod(series.start)}…${formatPeriod(seriesEnd(series))}.`,
      { path: "from" },
    );
  }
  return makeSeries(
    { freq: series.freq, ordinal: series.start.ordinal + a },
    Float64Array.prototype.slice.call(series.values, a, b + 1),
    series.name,
  );
}
