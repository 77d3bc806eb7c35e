import { checkOptions } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import type { SeriesInput } from "../internal/input.js";
import type { BaselineOptions } from "./BaselineOptions.js";
import { lagWalkKernel } from "./lagWalk.js";
import { runBaseline } from "./runBaseline.js";

/**
 * The naive forecast: every future value equals the last observation (a random walk), as R's
 * `forecast::naive`. Intervals widen with √h; σ² is the mean squared one-step change. The
 * benchmark every other method must beat.
 *
 * @param series - a TimeSeries or an array of numbers (at least 2 values)
 * @param options - `horizon`, interval `levels`
 * @returns a {@link Forecast} with method `"Naive"`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` for fewer than 2 values, `NON_FINITE` for NaN/±Infinity,
 *   `INVALID_ARGUMENT` for a horizon that is not an integer ≥ 1
 *
 * @example
 * ```ts
 * import { naiveForecast } from "@dpm/forecast";
 *
 * const f = naiveForecast([12, 15, 14, 18], { horizon: 3 });
 * f.point; // => Float64Array [18, 18, 18]
 * f.intervals[1].upper[0].toFixed(2); // => "23.77"
 * ```
 *
 * @category Baselines
 */
export function naiveForecast(series: SeriesInput, options: BaselineOptions): Forecast {
  checkOptions(options, ["horizon", "levels", "period"], "naiveForecast");
  return runBaseline("naiveForecast", "Naive", series, options, () => 2, (d, h) => lagWalkKernel(d.values, 1, h, false));
}
