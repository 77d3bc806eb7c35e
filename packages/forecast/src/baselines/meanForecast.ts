import { checkOptions, studentTQuantile } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import type { SeriesInput } from "../internal/input.js";
import type { BaselineOptions } from "./BaselineOptions.js";
import { runBaseline } from "./runBaseline.js";

/**
 * The mean forecast: every future value equals the historical mean, as R's `forecast::meanf`.
 * Intervals use Student's t with n − 1 degrees of freedom: `mean ± t·s·√(1 + 1/n)`.
 *
 * @param series - a TimeSeries or an array of numbers (at least 2 values)
 * @param options - `horizon`, interval `levels`
 * @returns a {@link Forecast} with method `"Mean"`
 * @throws {@link @dpm/core!DpmError} `TOO_SHORT` for fewer than 2 values, `NON_FINITE`, `INVALID_ARGUMENT`
 *
 * @example
 * ```ts
 * import { meanForecast } from "@dpm/forecast";
 *
 * const f = meanForecast([4, 6, 5, 7, 3], { horizon: 2, levels: [95] });
 * f.point; // => Float64Array [5, 5]
 * f.intervals[0].lower[0].toFixed(3); // => "0.191"
 * ```
 *
 * @category Baselines
 */
export function meanForecast(series: SeriesInput, options: BaselineOptions): Forecast {
  checkOptions(options, ["horizon", "levels", "period"], "meanForecast");
  return runBaseline(
    "meanForecast",
    "Mean",
    series,
    options,
    () => 2,
    (d, horizon) => {
      const y = d.values;
      const n = y.length;
      let mean = 0;
      for (let i = 0; i < n; i++) mean += y[i] as number;
      mean /= n;
      let ss = 0;
      for (let i = 0; i < n; i++) ss += ((y[i] as number) - mean) ** 2;
      const sd = Math.sqrt(ss / (n - 1));
      return {
        point: new Float64Array(horizon).fill(mean),
        se: new Float64Array(horizon).fill(sd * Math.sqrt(1 + 1 / n)),
        fitted: new Float64Array(n).fill(mean),
        residuals: y.map((v) => v - mean),
      };
    },
    (p, n) => studentTQuantile(p, n - 1),
  );
}
