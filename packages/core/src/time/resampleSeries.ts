import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";
import { BucketAccumulator, isAggregation, type Aggregation } from "./aggregate.js";
import type { Frequency } from "./Frequency.js";
import { period, periodOfDay, periodStartDay, periodStartHour, type Period } from "./Period.js";
import { assertTimeSeries, makeSeries, periodAt, type TimeSeries } from "./TimeSeries.js";

/**
 * Options for {@link resampleSeries}.
 *
 * @category Time
 */
export interface ResampleOptions {
  /** How the values inside one coarser period combine (default `"sum"`). */
  readonly aggregate?: Aggregation;
  /**
   * Keep a first or last coarser period that the series only partly covers (default `false`:
   * a March that starts on the 20th would understate a monthly sum, so it is dropped).
   */
  readonly keepPartial?: boolean;
}

// Which finer frequencies nest exactly inside which coarser ones (weeks straddle months and years).
const NESTS: Readonly<Record<Frequency, readonly Frequency[]>> = {
  hour: ["day", "week", "month", "quarter", "year"],
  day: ["week", "month", "quarter", "year"],
  week: [],
  month: ["quarter", "year"],
  quarter: ["year"],
  year: [],
};

/**
 * Converts a series to a coarser frequency (hours → days and coarser, days → weeks/months/quarters/years, months →
 * quarters/years, quarters → years), combining values with `aggregate`. NaN (missing) values are
 * skipped; a coarser period with no observed value is NaN.
 *
 * @param series - the series
 * @param freq - the coarser frequency
 * @param options - aggregation and partial-period policy
 * @throws {@link DpmError} `FREQUENCY_MISMATCH` when `freq` does not nest the series' frequency,
 *   `EMPTY` when no complete period remains
 *
 * @example
 * ```ts
 * import { resampleSeries, timeSeries } from "@dpm/core";
 *
 * const monthly = timeSeries("2025-01", [10, 20, 30, 40, 50, 60]);
 * Array.from(resampleSeries(monthly, "quarter").values); // => [60, 150]
 * ```
 *
 * @category Time
 */
export function resampleSeries(series: TimeSeries, freq: Frequency, options: ResampleOptions = {}): TimeSeries {
  checkOptions(options, ["aggregate", "keepPartial"], "resampleSeries");
  const fn = "resampleSeries";
  assertTimeSeries(series, "series", fn);
  const { aggregate = "sum", keepPartial = false } = options;
  if (!isAggregation(aggregate)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: aggregate must be sum, mean, count, first, last, min or max, got ${describeValue(aggregate)}.`, { path: "aggregate" });
  }
  if (series.freq === freq) return series;
  if (!NESTS[series.freq].includes(freq)) {
    throw new DpmError(
      "FREQUENCY_MISMATCH",
      `${fn}: a ${series.freq} series cannot be resampled to ${describeValue(freq)}; only coarser frequencies that contain whole ${series.freq}s work (${NESTS[series.freq].join(", ") || "none"}).`,
      { path: "freq" },
    );
  }
  const target = (i: number): Period => periodOfDay(periodStartDay(periodAt(series, i)), freq);
  const first = target(0);
  const last = target(series.length - 1);
  const acc = new BucketAccumulator(aggregate, last.ordinal - first.ordinal + 1);
  const x = series.values;
  for (let i = 0; i < series.length; i++) {
    const v = x[i] as number;
    if (!Number.isNaN(v)) acc.add(target(i).ordinal - first.ordinal, v);
  }
  let values = acc.finish();
  let start = first;
  if (!keepPartial) {
    const startsClean = periodStartHour(first) === periodStartHour(series.start);
    const endsClean = target(series.length).ordinal !== last.ordinal; // the next period opens a new bucket
    const a = startsClean ? 0 : 1;
    const b = values.length - (endsClean ? 0 : 1);
    if (a >= b) {
      throw new DpmError("EMPTY", `${fn}: the series covers no complete ${freq}; pass { keepPartial: true } to keep partial ones.`, { path: "series" });
    }
    values = values.slice(a, b);
    start = period(freq, first.ordinal + a);
  }
  return makeSeries(start, values, series.name);
}
