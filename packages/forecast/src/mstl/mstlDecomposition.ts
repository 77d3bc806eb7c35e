import { DpmError, checkOptions, isTimeSeries, type Period } from "@dpm/core";
import { readSeries, type SeriesInput } from "../internal/input.js";
import { mstlKernel } from "./mstlKernel.js";
import { frequencyPeriods, readPeriods } from "./periods.js";

/**
 * A decomposition into a trend, one seasonal component per period and a remainder:
 * data = trend + Σ seasonal[i] + remainder (see {@link mstlDecomposition}).
 *
 * @category Decomposition
 */
export interface MstlDecomposition {
  /** The seasonal periods, ascending (e.g. `[24, 168]`). */
  readonly periods: readonly number[];
  /** Copy of the data. */
  readonly data: Float64Array;
  readonly trend: Float64Array;
  /** One component per period, in the order of `periods`. */
  readonly seasonal: readonly Float64Array[];
  readonly remainder: Float64Array;
  /** Period of the first value when the input was a TimeSeries, else `null`. */
  readonly start: Period | null;
}

/**
 * Options for {@link mstlDecomposition}.
 *
 * @category Decomposition
 */
export interface MstlOptions {
  /** Seasonal periods; default from the TimeSeries frequency (days: 7 and 365.25; weeks: 52.18; months: 12). */
  readonly periods?: readonly number[];
  /** Rounds of the backfitting loop (default 2, as R). */
  readonly iterate?: number;
}

const FN = "mstlDecomposition";
const KEYS = ["periods", "iterate"] as const;

/**
 * MSTL: seasonal-trend decomposition by loess with several seasonal periods (Bandara, Hyndman &
 * Bergmeir 2021), as R's `forecast::mstl`. Each seasonal component is estimated in turn by STL
 * (seasonal windows 7 + 4·i for the i-th period, ascending) on the data with the other components
 * removed, for `iterate` rounds; the trend comes from the last STL. A non-integer period (52.18
 * weeks a year) is used by STL as its integer part, as R's `stl` does. The parts add up to the
 * data exactly.
 *
 * @param series - a TimeSeries (its frequency gives the periods) or an array of numbers with `periods`
 * @param options - `periods`, `iterate`
 * @returns trend, one seasonal component per period and the remainder
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for missing or malformed periods, `TOO_SHORT`
 *   when a period is not shorter than half the data (STL needs more than two cycles), `NON_FINITE`
 *   for NaN/±Infinity
 *
 * @example
 * ```ts
 * import { mstlDecomposition } from "@dpm/forecast";
 *
 * // four weeks of hourly data: a daily and a weekly cycle
 * const y = Array.from({ length: 672 }, (_, t) => 100 + 10 * Math.sin((2 * Math.PI * t) / 24) + 5 * Math.cos((2 * Math.PI * t) / 168));
 * const d = mstlDecomposition(y, { periods: [168, 24] });
 * d.periods; // => [24, 168]
 * Math.abs(d.seasonal[0][6] - 10) < 1; // => true
 * Math.abs(d.trend[300] + d.seasonal[0][300] + d.seasonal[1][300] + d.remainder[300] - y[300]) < 1e-9; // => true
 * ```
 *
 * @category Decomposition
 */
export function mstlDecomposition(series: SeriesInput, options?: MstlOptions): MstlDecomposition {
  const opts = checkOptions(options, KEYS, FN, "{ periods: [24, 168] }");
  const data = readSeries(series, FN, undefined);
  const fromFreq = frequencyPeriods(series);
  const requested = opts.periods ?? (fromFreq !== null && fromFreq.length > 0 ? fromFreq : undefined);
  if (requested === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: give options.periods (e.g. [24, 168] for hourly data) or a TimeSeries with a seasonal frequency.`, { path: "options.periods" });
  }
  const periods = readPeriods(requested, FN);
  const iterate = opts.iterate ?? 2;
  if (!Number.isInteger(iterate) || iterate < 1 || iterate > 20) {
    throw new DpmError("INVALID_ARGUMENT", `${FN}: options.iterate must be an integer from 1 to 20, got ${String(iterate)}.`, { path: "options.iterate" });
  }
  const n = data.values.length;
  for (const p of periods) {
    if (!(p < n / 2)) {
      throw new DpmError("TOO_SHORT", `${FN}: the period ${p} needs more than two full cycles (at least ${Math.floor(2 * p) + 1} values), got ${n}; drop it from options.periods or use more data.`, {
        path: "options.periods",
        details: { length: n, period: p },
      });
    }
  }
  const parts = mstlKernel(data.values, periods, iterate);
  return {
    periods: parts.periods,
    data: Float64Array.from(data.values),
    trend: parts.trend,
    seasonal: parts.seasonal,
    remainder: parts.remainder,
    start: isTimeSeries(series) ? series.start : null,
  };
}
