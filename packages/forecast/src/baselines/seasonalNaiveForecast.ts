import { checkOptions } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import type { SeriesInput } from "../internal/input.js";
import type { BaselineOptions } from "./BaselineOptions.js";
import { lagWalkKernel } from "./lagWalk.js";
import { runBaseline } from "./runBaseline.js";

/**
 * The seasonal naive forecast: each future value equals the observation one season earlier
 * (`y_{n+h} = y_{n+h−m}`), as R's `forecast::snaive`. The natural benchmark for seasonal data;
 * with period 1 it is the naive forecast.
 *
 * @param series - a TimeSeries (its frequency gives the period) or an array with `period`
 * @param options - `horizon`, interval `levels`, `period` (the seasonal period m)
 * @returns a {@link Forecast} with method `"Seasonal naive"`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` with fewer than m + 1 values, `NON_FINITE`,
 *   `INVALID_ARGUMENT` for a bad horizon or period
 *
 * @example
 * ```ts
 * import { seasonalNaiveForecast } from "@dpm/forecast";
 *
 * const quarterly = [10, 20, 30, 40, 12, 22, 33, 41];
 * seasonalNaiveForecast(quarterly, { horizon: 5, period: 4 }).point;
 * // => Float64Array [12, 22, 33, 41, 12]
 * ```
 *
 * @category Baselines
 */
export function seasonalNaiveForecast(series: SeriesInput, options: BaselineOptions): Forecast {
  checkOptions(options, ["horizon", "levels", "period"], "seasonalNaiveForecast");
  return runBaseline("seasonalNaiveForecast", "Seasonal naive", series, options, (m) => m + 1, (d, h) =>
    lagWalkKernel(d.values, d.period, h, false),
  );
}
