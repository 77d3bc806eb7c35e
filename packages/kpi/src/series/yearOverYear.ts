import { checkOptions, DpmError, isTimeSeries, type Frequency, type TimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";
import { changeOverLag, type PeriodOverPeriodOptions } from "./periodOverPeriod.js";

/**
 * Options for {@link yearOverYear}: those of {@link periodOverPeriod} without the lag, which the
 * frequency fixes.
 *
 * @category Series
 */
export type YearOverYearOptions = Omit<PeriodOverPeriodOptions, "lag">;

/**
 * The number of periods one year back for a frequency: 1 (year), 4 (quarter), 12 (month),
 * 52 (week), 364 (day). Weeks and days compare with the same weekday a year earlier (52 weeks),
 * the usual retail "comparable day" convention.
 *
 * @param freq - the frequency
 * @returns the lag, in periods, that {@link yearOverYear} uses
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for an unknown frequency
 *
 * @example
 * ```ts
 * import { yearLag } from "@dpm/kpi";
 *
 * yearLag("month"); // => 12
 * yearLag("day"); // => 364
 * ```
 *
 * @category Series
 */
export function yearLag(freq: Frequency): number {
  switch (freq) {
    case "year":
      return 1;
    case "quarter":
      return 4;
    case "month":
      return 12;
    case "week":
      return 52;
    case "day":
      return 364;
    default:
      throw new DpmError("INVALID_ARGUMENT", `yearLag: unknown frequency ${describe(freq)}; use year, quarter, month, week or day.`, { path: "freq" });
  }
}

/**
 * Year-over-year change of a series: each value against the one a year earlier
 * ({@link yearLag} periods back), which removes seasonality from the comparison.
 * The result starts one year after the series.
 *
 * - **Unit:** ratio for `"growth"` (default) and `"ratio"`, the series' unit for `"difference"`.
 * - **Direction:** that of the underlying KPI.
 *
 * @param series - the series (at least one year and one period long)
 * @param options - mode (default `"growth"`), missing-value policy, name
 * @returns the change per period
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` for a series of a year or less; `INVALID_ARGUMENT` for a
 *   zero base value (growth/ratio), naming its period
 *
 * @example
 * ```ts
 * import { formatPeriod, timeSeries } from "@dpm/core";
 * import { yearOverYear } from "@dpm/kpi";
 *
 * const sales = timeSeries("2024-Q1", [100, 80, 90, 120, 110, 84]);
 * const yoy = yearOverYear(sales);
 * formatPeriod(yoy.start); // => "2025-Q1"
 * Array.from(yoy.values, (v) => v.toFixed(2)); // => ["0.10", "0.05"]
 * ```
 *
 * @category Series
 */
export function yearOverYear(series: TimeSeries, options: YearOverYearOptions = {}): TimeSeries {
  checkOptions(options, ["mode", "name", "whenUndefined"], "yearOverYear");
  if (!isTimeSeries(series)) {
    throw new DpmError("INVALID_ARGUMENT", `yearOverYear: series must be a TimeSeries (see timeSeries()), got ${describe(series)}.`, { path: "series" });
  }
  return changeOverLag("yearOverYear", series, yearLag(series.freq), options);
}
