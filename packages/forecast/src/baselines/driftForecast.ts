import { checkOptions } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import type { SeriesInput } from "../internal/input.js";
import type { BaselineOptions } from "./BaselineOptions.js";
import { lagWalkKernel } from "./lagWalk.js";
import { runBaseline } from "./runBaseline.js";

/**
 * The drift forecast: a random walk with drift, i.e. the line through the first and last
 * observations extended ahead (`y_n + h·(y_n − y_1)/(n − 1)`), as R's `rwf(drift = TRUE)`.
 * Intervals include the uncertainty of the estimated drift.
 *
 * @param series - a TimeSeries or an array of numbers (at least 3 values)
 * @param options - `horizon`, interval `levels`
 * @returns a {@link Forecast} with method `"Drift"`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` for fewer than 3 values, `NON_FINITE`, `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { driftForecast } from "@dpm/forecast";
 *
 * driftForecast([100, 104, 110, 112], { horizon: 2 }).point; // => Float64Array [116, 120]
 * ```
 *
 * @category Baselines
 */
export function driftForecast(series: SeriesInput, options: BaselineOptions): Forecast {
  checkOptions(options, ["horizon", "levels", "period"], "driftForecast");
  return runBaseline("driftForecast", "Drift", series, options, () => 3, (d, h) => lagWalkKernel(d.values, 1, h, true));
}
